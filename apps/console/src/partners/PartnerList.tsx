import { Datagrid, EmailField, List, SearchInput, SelectInput, TextField, useTranslate } from 'react-admin';
import { choices } from '../choices';
import { EmptyState, ListActions } from '../common';
import { EnumField, LocalNameField, useLocalFormat, useLocalName } from '../fields';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the card texts read the record's fields by name
import { ConsoleList, ResponsiveDatagrid } from '../lists';
type R = Record<string, any>;

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={choices.PartnerKind} />,
  <SelectInput key="status" source="status" choices={choices.PartnerStatus} />,
];

export function PartnerList() {
  const t = useTranslate();
  const name = useLocalName();
  const format = useLocalFormat();
  return (
    <ConsoleList filters={filters} sort={{ field: 'code', order: 'ASC' }} actions={<ListActions />} empty={<EmptyState />}>
      <ResponsiveDatagrid primaryText={(r: R) => name(r)} secondaryText={(r: R) => `${r.code} · ${t(`enums.PartnerKind.${r.kind}`, { _: r.kind ?? '' })}`} tertiaryText={(r: R) => t(`enums.PartnerStatus.${r.status}`, { _: r.status ?? '' })} rowClick="show" bulkActionButtons={false} empty={<EmptyState />}>
        <TextField source="code" />
        <LocalNameField label="tierwise.fields.localName" />
        <EnumField source="kind" enumName="PartnerKind" />
        <EmailField source="contactEmail" emptyText="—" />
        <EnumField source="status" enumName="PartnerStatus" />
      </ResponsiveDatagrid>
    </ConsoleList>
  );
}
