import { SelectInput, SimpleForm, TextInput } from 'react-admin';
import { choices } from '../choices';
import { ConflictBanner } from '../conflict';
import { validateCatalogueRecord } from '../validate';
import { identityInputs } from '../common';
import { FourEyesInputs } from '../approvals/fourEyes';

export function PartnerForm() {
  return (
    <SimpleForm validate={validateCatalogueRecord('kind')}>
      <ConflictBanner />
      {identityInputs()}
      <SelectInput source="kind" choices={choices.PartnerKind} />
      <SelectInput source="status" choices={choices.PartnerStatus} defaultValue="ACTIVE" />
      <TextInput source="contactName" />
      <TextInput source="contactEmail" type="email" />
      <TextInput source="contactPhone" />
      <TextInput source="website" fullWidth />
      <FourEyesInputs />
    </SimpleForm>
  );
}
