import { Datagrid, List, ReferenceField, SearchInput, SelectInput, TextField } from 'react-admin';
import { choices } from '../choices';
import { EmptyState, ListActions } from '../common';
import { EnumField, LocalNameField } from '../fields';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="category" source="category" choices={choices.BenefitCategory} />,
  <SelectInput key="status" source="status" choices={choices.BenefitStatus} />,
];

export function BenefitList() {
  return (
    <List filters={filters} sort={{ field: 'code', order: 'ASC' }} actions={<ListActions />} empty={<EmptyState />}>
      <Datagrid rowClick="show" bulkActionButtons={false} empty={<EmptyState />}>
        <TextField source="code" />
        <LocalNameField label="resources.Benefit.fields.name" />
        <EnumField source="category" enumName="BenefitCategory" />
        <ReferenceField source="providerId" reference="PartnerInstitution" emptyText="—" />
        <EnumField source="status" enumName="BenefitStatus" />
      </Datagrid>
    </List>
  );
}
