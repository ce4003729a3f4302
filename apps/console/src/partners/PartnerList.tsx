import { Datagrid, EmailField, List, SearchInput, SelectInput, TextField } from 'react-admin';
import { choices } from '../choices';
import { EmptyState, ListActions } from '../common';
import { EnumField, LocalNameField } from '../fields';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={choices.PartnerKind} />,
  <SelectInput key="status" source="status" choices={choices.PartnerStatus} />,
];

export function PartnerList() {
  return (
    <List filters={filters} sort={{ field: 'code', order: 'ASC' }} actions={<ListActions />} empty={<EmptyState />}>
      <Datagrid rowClick="show" bulkActionButtons={false} empty={<EmptyState />}>
        <TextField source="code" />
        <LocalNameField label="resources.PartnerInstitution.fields.name" />
        <EnumField source="kind" enumName="PartnerKind" />
        <EmailField source="contactEmail" emptyText="—" />
        <EnumField source="status" enumName="PartnerStatus" />
      </Datagrid>
    </List>
  );
}
