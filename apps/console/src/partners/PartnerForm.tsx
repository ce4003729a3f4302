import { SelectInput, SimpleForm, TextInput } from 'react-admin';
import { choices } from '../choices';
import { ConflictBanner } from '../conflict';
import { validateCatalogueRecord } from '../validate';

export function PartnerForm() {
  return (
    <SimpleForm validate={validateCatalogueRecord('kind')}>
      <ConflictBanner />
      <TextInput source="code" sx={{ maxWidth: 320 }} />
      <TextInput source="name" fullWidth />
      <TextInput source="nameEn" fullWidth />
      <SelectInput source="kind" choices={choices.PartnerKind} />
      <SelectInput source="status" choices={choices.PartnerStatus} defaultValue="ACTIVE" />
      <TextInput source="contactName" />
      <TextInput source="contactEmail" type="email" />
      <TextInput source="contactPhone" />
      <TextInput source="website" fullWidth />
    </SimpleForm>
  );
}
