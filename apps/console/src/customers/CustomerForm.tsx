import { DateInput, SelectInput, SimpleForm, TextInput, required, regex, useRecordContext } from 'react-admin';
import { choices } from '../choices';
import { ConflictBanner } from '../conflict';
import { MoneyInput } from '../inputs';

const phone = regex(/^\+?[0-9 -]{5,32}$/, 'tierwise.validation.phone');
const idNumber = regex(/^[0-9]{17}[0-9X]$|^[A-Z0-9]{6,20}$/, 'tierwise.validation.idNumber');

/**
 * A customer's profile as an advisor maintains it. Personal data arrives masked; the edit sends only the fields
 * the user changed (see the data provider), so a masked value is never written back over the real one. The risk level,
 * declared assets and income, and professional status are not edited here: they come from assessments, declarations
 * and evidence, each recorded with its source.
 */
export function CustomerForm() {
  const record = useRecordContext();
  const editing = !!record?.id;
  return (
    <SimpleForm>
      <ConflictBanner />
      <TextInput
        source="externalRef"
        validate={required()}
        disabled={editing}
        helperText={editing ? 'tierwise.customers.externalRefFixed' : false}
        sx={{ maxWidth: 320 }}
      />
      <TextInput source="name" validate={required()} helperText={editing ? 'tierwise.customers.maskedHelp' : false} />
      <TextInput source="phone" validate={editing ? undefined : phone} helperText={editing ? 'tierwise.customers.maskedHelp' : false} />
      <TextInput source="idNumber" validate={editing ? undefined : idNumber} helperText={editing ? 'tierwise.customers.maskedHelp' : false} />
      <DateInput source="birthDate" />
      <SelectInput source="occupation" choices={choices.Occupation} />
      <SelectInput source="lifeStage" choices={choices.LifeStage} />
      <SelectInput source="language" choices={choices.Language} emptyText="tierwise.customers.languageDefault" helperText="tierwise.customers.languageHelp" />
      {!editing && <MoneyInput source="aum" />}
    </SimpleForm>
  );
}
