import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { FunctionField, SelectInput, Show, SimpleShowLayout, TextField, TextInput, useRecordContext, useTranslate } from 'react-admin';
import { EmptyState } from '../common';
import { DateField, EnumField, useLocalFormat } from '../fields';
import { AUDITED_RESOURCES, AuditEntity, AuditField, AuditValue, ChangeSummary } from './AuditParts';
import { ConsoleList, ResponsiveDatagrid, type CardRecord as R } from '../lists';

type AuditRow = { entityType: string; entityId: string; changes: Record<string, { before: unknown; after: unknown }> };

const ENTITY_TYPES = AUDITED_RESOURCES.map((id) => ({ id, name: `resources.${id}.name` }));
const ACTIONS = ['CREATE', 'UPDATE', 'DELETE'].map((id) => ({ id, name: `enums.AuditAction.${id}` }));

const filters = [
  <SelectInput key="entityType" source="entityType" choices={ENTITY_TYPES} alwaysOn />,
  <TextInput key="entityId" source="entityId" alwaysOn />,
  <TextInput key="actor" source="actor" alwaysOn />,
  <SelectInput key="action" source="action" choices={ACTIONS} />,
];

/** Before and after of every changed field, side by side. */
function ChangesTable() {
  const record = useRecordContext<{ entityType: string; changes: Record<string, { before: unknown; after: unknown }> }>();
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
            <TableCell>
              <AuditField entityType={record.entityType} field={field} />
            </TableCell>
            <TableCell sx={{ color: 'error.main', wordBreak: 'break-word' }}>
              <AuditValue entityType={record.entityType} field={field} value={before} />
            </TableCell>
            <TableCell sx={{ color: 'success.main', wordBreak: 'break-word' }}>
              <AuditValue entityType={record.entityType} field={field} value={after} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function AuditList() {
  const t = useTranslate();
  const format = useLocalFormat();
  const cards = {
    primaryText: (r: R) =>
      `${t(`enums.AuditAction.${r.action}`, { _: r.action ?? '' })} · ${t(`resources.${r.entityType}.name`, { smart_count: 1, _: r.entityType })}`,
    secondaryText: (r: R) => <ChangeSummary entityType={r.entityType} changes={r.changes} max={2} />,
    tertiaryText: (r: R) => format.dateTime(r.occurredAt),
  };
  return (
    <ConsoleList filters={filters} sort={{ field: 'occurredAt', order: 'DESC' }} exporter={false}>
      <ResponsiveDatagrid {...cards} rowClick="show" bulkActionButtons={false} empty={<EmptyState />}>
        <DateField source="occurredAt" showTime />
        <TextField source="actor" />
        <EnumField source="action" enumName="AuditAction" />
        <FunctionField source="entityType" render={(r: { entityType: string }) => <ResourceName type={r.entityType} />} />
        <FunctionField source="entityId" sortable={false} render={(r: AuditRow) => <AuditEntity entityType={r.entityType} entityId={r.entityId} />} />
        <FunctionField source="changes" sortable={false} render={(r: AuditRow) => <ChangeSummary entityType={r.entityType} changes={r.changes} />} />
      </ResponsiveDatagrid>
    </ConsoleList>
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
        <FunctionField source="entityType" render={(r: AuditRow) => <ResourceName type={r.entityType} />} />
        <FunctionField source="entityId" render={(r: AuditRow) => <AuditEntity entityType={r.entityType} entityId={r.entityId} />} />
        <ChangesTable />
      </SimpleShowLayout>
    </Show>
  );
}

export default { list: AuditList, show: AuditShow };
