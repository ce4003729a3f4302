import { Datagrid, List, TextField } from 'react-admin';
import { EmptyState, ListActions } from '../common';
import { EnumField, LocalNameField, MoneyField, NumberField } from '../fields';
import { RetierStatus } from './RetierStatus';

export function TierList() {
  return (
    <List sort={{ field: 'minAum', order: 'ASC' }} pagination={false} perPage={100} actions={<ListActions filters={false} />} empty={<EmptyState />}>
      <RetierStatus />
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="code" />
        <LocalNameField label="resources.Tier.fields.name" />
        <MoneyField source="minAum" />
        <MoneyField source="maxAum" />
        <NumberField source="responseSlaMinutes" />
        <EnumField source="advisorModel" enumName="AdvisorModel" />
        <NumberField source="followUpIntervalDays" emptyText="—" />
      </Datagrid>
    </List>
  );
}
