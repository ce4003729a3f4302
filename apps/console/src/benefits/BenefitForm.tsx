import { AutocompleteInput, ReferenceInput, SelectInput, SimpleForm, TextInput } from 'react-admin';
import { choices } from '../choices';
import { ConflictBanner } from '../conflict';
import { validateCatalogueRecord } from '../validate';
import { localName } from '../fields';
import { identityInputs } from '../common';
import { FourEyesInputs } from '../approvals/fourEyes';

export function BenefitForm() {
  return (
    <SimpleForm validate={validateCatalogueRecord('category')}>
      <ConflictBanner />
      {identityInputs()}
      <SelectInput source="category" choices={choices.BenefitCategory} />
      <ReferenceInput source="providerId" reference="PartnerInstitution" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput optionText={localName} />
      </ReferenceInput>
      <SelectInput source="status" choices={choices.BenefitStatus} defaultValue="ACTIVE" />
      <TextInput source="description" multiline fullWidth />
      <FourEyesInputs />
    </SimpleForm>
  );
}
