import { EmailField, SearchInput, SelectInput, TextField, useTranslate } from 'react-admin';
import { choices } from '../choices';
import { EmptyState, ListActions } from '../common';
import { EnumField, LocalNameField, useLocalName } from '../fields';

import { ConsoleList, ResponsiveDatagrid, type CardRecord as R } from '../lists';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={choices.PartnerKind} />,
  <SelectInput key="status" source="status" choices={choices.PartnerStatus} />,
];

export function PartnerList() {
  const t = useTranslate();
  const name = useLocalName();
  const cards = {
    primaryText: (r: R) => name(r),
    secondaryText: (r: R) => `${r.code} · ${t(`enums.PartnerKind.${r.kind}`, { _: r.kind ?? '' })}`,
    tertiaryText: (r: R) => t(`enums.PartnerStatus.${r.status}`, { _: r.status ?? '' }),
  };
  return (
    <ConsoleList filters={filters} sort={{ field: 'code', order: 'ASC' }} actions={<ListActions />}>
      <ResponsiveDatagrid {...cards} rowClick="show" bulkActionButtons={false} empty={<EmptyState />}>
        <TextField source="code" />
        <LocalNameField label="tierwise.fields.localName" />
        <EnumField source="kind" enumName="PartnerKind" />
        <EmailField source="contactEmail" emptyText="—" />
        <EnumField source="status" enumName="PartnerStatus" />
      </ResponsiveDatagrid>
    </ConsoleList>
  );
}
