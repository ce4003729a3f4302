import ManageSearch from '@mui/icons-material/ManageSearch';
import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { Datagrid, FunctionField, List, SelectInput, Show, SimpleShowLayout, TextField, TextInput, useRecordContext, useTranslate } from 'react-admin';
import { EmptyState } from '../common';
import { DateField, EnumField } from '../fields';

const ENTITY_TYPES = ['Product', 'Tier', 'Benefit', 'PartnerInstitution', 'User', 'Customer'].map((id) => ({ id, name: `resources.${id}.name` }));
const ACTIONS = ['CREATE', 'UPDATE', 'DELETE'].map((id) => ({ id, name: `enums.AuditAction.${id}` }));

const filters = [
  <SelectInput key="entityType" source="entityType" choices={ENTITY_TYPES} alwaysOn />,
  <TextInput key="entityId" source="entityId" alwaysOn />,
  <TextInput key="actor" source="actor" alwaysOn />,
  <SelectInput key="action" source="action" choices={ACTIONS} />,
];

const show = (v: unknown) => (v === null || v === undefined ? null : typeof v === 'object' ? JSON.stringify(v) : String(v));

/** Before and after of every changed field, side by side. */
function ChangesTable() {
  const record = useRecordContext<{ changes: Record<string, { before: unknown; after: unknown }> }>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Table size="small" data-testid="audit-changes">
      <TableHead>
        <TableRow>
          <TableCell>{translate('tierwise.audit.field')}</TableCell>
          <TableCell>{translate('tierwise.audit.before')}</TableCell>
          <TableCell>{translate('tierwise.audit.after')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {Object.entries(record.changes).map(([field, { before, after }]) => (
          <TableRow key={field}>
            <TableCell>{field}</TableCell>
            <TableCell sx={{ color: 'error.main', wordBreak: 'break-all' }}>{show(before) ?? translate('tierwise.audit.empty')}</TableCell>
            <TableCell sx={{ color: 'success.main', wordBreak: 'break-all' }}>{show(after) ?? translate('tierwise.audit.empty')}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function AuditList() {
  return (
    <List filters={filters} sort={{ field: 'occurredAt', order: 'DESC' }} empty={<EmptyState />} exporter={false}>
      <Datagrid rowClick="show" bulkActionButtons={false} empty={<EmptyState />}>
        <DateField source="occurredAt" showTime />
        <TextField source="actor" />
        <EnumField source="action" enumName="AuditAction" />
        <FunctionField source="entityType" render={(r: { entityType: string }) => <ResourceName type={r.entityType} />} />
        <TextField source="entityId" sortable={false} />
        <FunctionField source="changes" sortable={false} render={(r: { changes: Record<string, unknown> }) => Object.keys(r.changes).join(', ')} />
      </Datagrid>
    </List>
  );
}

function ResourceName({ type }: { type: string }) {
  const translate = useTranslate();
  return <>{translate(`resources.${type}.name`, { smart_count: 1, _: type })}</>;
}

function AuditShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <DateField source="occurredAt" showTime />
        <TextField source="actor" />
        <EnumField source="action" enumName="AuditAction" />
        <TextField source="entityType" />
        <TextField source="entityId" />
        <ChangesTable />
      </SimpleShowLayout>
    </Show>
  );
}

export default { list: AuditList, show: AuditShow, icon: ManageSearch, recordRepresentation: (r: { id: string }) => r.id };
