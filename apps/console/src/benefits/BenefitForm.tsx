import { AutocompleteInput, ReferenceInput, SelectInput, SimpleForm, TextInput } from 'react-admin';
import { choices } from '../choices';
import { ConflictBanner } from '../conflict';
import { validateCatalogueRecord } from '../validate';
import { localName } from '../fields';

export function BenefitForm() {
  return (
    <SimpleForm validate={validateCatalogueRecord('category')}>
      <ConflictBanner />
      <TextInput source="code" sx={{ maxWidth: 320 }} />
      <TextInput source="name" fullWidth />
      <TextInput source="nameEn" fullWidth />
      <SelectInput source="category" choices={choices.BenefitCategory} />
      <ReferenceInput source="providerId" reference="PartnerInstitution" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput optionText={localName} />
      </ReferenceInput>
      <SelectInput source="status" choices={choices.BenefitStatus} defaultValue="ACTIVE" />
      <TextInput source="description" multiline fullWidth />
    </SimpleForm>
  );
}
