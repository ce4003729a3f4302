import { AutocompleteInput, FunctionField, ReferenceField, ReferenceInput, SelectInput, TextField, useTranslate } from 'react-admin';
import { choices } from '../choices';
import { EmptyState, ListActions } from '../common';
import { DateField, EnumField, useLocalFormat } from '../fields';
import { ConsoleList, ResponsiveDatagrid, type CardRecord as R } from '../lists';

const FILTERS = [
  <ReferenceInput key="customerId" source="customerId" reference="Customer" alwaysOn>
    <AutocompleteInput optionText="externalRef" />
  </ReferenceInput>,
  <ReferenceInput key="campaignId" source="campaignId" reference="Campaign">
    <AutocompleteInput optionText="code" />
  </ReferenceInput>,
  <SelectInput key="status" source="status" choices={choices.MessageStatus} />,
  <SelectInput key="channel" source="channel" choices={choices.MessageChannel} />,
  <SelectInput key="reason" source="reason" choices={choices.NotSentReason} />,
];

/** Every message, what became of it and why any was not sent: filter by a customer for their contact history. */
function MessageList() {
  const t = useTranslate();
  const format = useLocalFormat();
  const cards = {
    primaryText: (r: R) => `${t(`enums.MessageChannel.${r.channel}`)} · ${t(`enums.MessageStatus.${r.status}`)}`,
    secondaryText: (r: R) => r.body,
    tertiaryText: (r: R) => format.dateTime(r.createdAt),
  };
  return (
    <ConsoleList filters={FILTERS} sort={{ field: 'createdAt', order: 'DESC' }} actions={<ListActions />}>
      <ResponsiveDatagrid {...cards} bulkActionButtons={false} empty={<EmptyState />}>
        <DateField source="createdAt" showTime />
        <ReferenceField source="customerId" reference="Customer" sortable={false} />
        <ReferenceField source="campaignId" reference="Campaign" emptyText="—" sortable={false} />
        <EnumField source="channel" enumName="MessageChannel" />
        <EnumField source="status" enumName="MessageStatus" />
        <FunctionField source="reason" sortable={false} render={(r: { reason: string | null }) => (r.reason ? t(`enums.NotSentReason.${r.reason}`) : '')} />
        <TextField source="body" sortable={false} />
        <DateField source="sentAt" showTime emptyText="—" />
      </ResponsiveDatagrid>
    </ConsoleList>
  );
}

export default { list: MessageList };
