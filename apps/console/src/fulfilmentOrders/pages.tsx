import { AutocompleteInput, Create, ReferenceField, ReferenceInput, SelectInput, SimpleForm, TextField, TextInput, required, useTranslate } from 'react-admin';
import { EmptyState, ListActions } from '../common';
import { DateField, EnumField, localName, useLocalFormat } from '../fields';
import { ConsoleList, ResponsiveDatagrid, type CardRecord as R } from '../lists';

function FulfilmentOrderList() {
  const t = useTranslate();
  const format = useLocalFormat();
  const cards = {
    primaryText: (r: R) => t(`enums.FulfilmentStatus.${r.status}`, { _: r.status ?? '' }),
    secondaryText: (r: R) => r.partnerNote,
    tertiaryText: (r: R) => format.dateTime(r.createdAt),
  };
  return (
    <ConsoleList sort={{ field: 'createdAt', order: 'DESC' }} actions={<ListActions filters={false} />}>
      <ResponsiveDatagrid {...cards} rowClick={false} bulkActionButtons={false} empty={<EmptyState />}>
        <DateField source="createdAt" showTime />
        <ReferenceField source="customerId" reference="Customer" />
        <ReferenceField source="benefitId" reference="Benefit" />
        <ReferenceField source="partnerId" reference="PartnerInstitution" />
        <EnumField source="status" enumName="FulfilmentStatus" />
        <TextField source="partnerNote" emptyText="—" />
      </ResponsiveDatagrid>
    </ConsoleList>
  );
}

/** Send a benefit to the service partner who provides it, to deliver for a customer. */
function FulfilmentOrderCreate() {
  return (
    <Create redirect="list">
      <SimpleForm>
        <ReferenceInput source="customerId" reference="Customer" sort={{ field: 'externalRef', order: 'ASC' }}>
          <AutocompleteInput
            optionText={(r: { externalRef: string; name: string }) => `${r.externalRef} · ${r.name}`}
            filterToQuery={(q: string) => ({ q })}
            validate={required()}
          />
        </ReferenceInput>
        <ReferenceInput source="benefitId" reference="Benefit" sort={{ field: 'code', order: 'ASC' }} perPage={100}>
          <SelectInput optionText={localName} validate={required()} />
        </ReferenceInput>
        <TextInput source="notes" multiline fullWidth helperText="tierwise.orders.notesHelp" />
      </SimpleForm>
    </Create>
  );
}

export default { list: FulfilmentOrderList, create: FulfilmentOrderCreate };
