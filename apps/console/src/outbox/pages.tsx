import { ReferenceField, SelectInput, TextField, useTranslate } from 'react-admin';
import { choices } from '../choices';
import { EmptyState, ListActions } from '../common';
import { DateField, EnumField, useLocalFormat } from '../fields';
import { ConsoleList, ResponsiveDatagrid, type CardRecord as R } from '../lists';

/** The development channel: what would have gone out to customers. */
function OutboxList() {
  const t = useTranslate();
  const format = useLocalFormat();
  const cards = {
    primaryText: (r: R) => t(`enums.MessageChannel.${r.channel}`),
    secondaryText: (r: R) => r.body,
    tertiaryText: (r: R) => format.dateTime(r.createdAt),
  };
  return (
    <ConsoleList
      filters={[<SelectInput key="channel" source="channel" choices={choices.MessageChannel} alwaysOn />]}
      sort={{ field: 'createdAt', order: 'DESC' }}
      actions={<ListActions />}
    >
      <ResponsiveDatagrid {...cards} bulkActionButtons={false} empty={<EmptyState />}>
        <DateField source="createdAt" showTime />
        <EnumField source="channel" enumName="MessageChannel" />
        <ReferenceField source="customerId" reference="Customer" sortable={false} />
        <TextField source="body" sortable={false} />
      </ResponsiveDatagrid>
    </ConsoleList>
  );
}

export default { list: OutboxList };
