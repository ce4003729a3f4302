import { ReferenceField, SearchInput, SelectInput, TextField, useTranslate } from 'react-admin';
import { choices } from '../choices';
import { EmptyState, ListActions } from '../common';
import { EnumField, LocalNameField, useLocalName } from '../fields';

import { ConsoleList, ResponsiveDatagrid, type CardRecord as R } from '../lists';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="category" source="category" choices={choices.BenefitCategory} />,
  <SelectInput key="status" source="status" choices={choices.BenefitStatus} />,
];

export function BenefitList() {
  const t = useTranslate();
  const name = useLocalName();
  const cards = {
    primaryText: (r: R) => name(r),
    secondaryText: (r: R) => `${r.code} · ${t(`enums.BenefitCategory.${r.category}`, { _: r.category ?? '' })}`,
    tertiaryText: (r: R) => t(`enums.BenefitStatus.${r.status}`, { _: r.status ?? '' }),
  };
  return (
    <ConsoleList filters={filters} sort={{ field: 'code', order: 'ASC' }} actions={<ListActions />}>
      <ResponsiveDatagrid {...cards} rowClick="show" bulkActionButtons={false} empty={<EmptyState />}>
        <TextField source="code" />
        <LocalNameField label="tierwise.fields.localName" />
        <EnumField source="category" enumName="BenefitCategory" />
        <ReferenceField source="providerId" reference="PartnerInstitution" emptyText="—" />
        <EnumField source="status" enumName="BenefitStatus" />
      </ResponsiveDatagrid>
    </ConsoleList>
  );
}
