import { useState } from 'react';
import { Alert, Box, Chip, Stack, Tab, Table, TableBody, TableCell, TableHead, TableRow, Tabs, TextField as MuiTextField, Typography } from '@mui/material';
import {
  Button,
  FunctionField,
  SelectInput,
  Show,
  SimpleShowLayout,
  TextField,
  useGetList,
  useListContext,
  useNotify,
  usePermissions,
  useRecordContext,
  useRefresh,
  useTranslate,
  useGetIdentity,
} from 'react-admin';
import { Role, tierPartitionViolations } from '@tierwise/domain';
import type { ChangeResource } from '@tierwise/client';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { choices } from '../choices';
import { ActionDialog, EmptyState } from '../common';
import { useTierwise } from '../dataProvider';
import { DateField, EnumField, useLocalFormat } from '../fields';
import { ConsoleList, ResponsiveDatagrid, type CardRecord as R } from '../lists';
import { TierMovesPreview } from '../tiers/TierMovesPreview';
import { FOUR_EYES_RESOURCES } from './fourEyes';

interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}
interface TargetDiff {
  recordId: string | null;
  label: string;
  baseVersion: number | null;
  changes: FieldChange[];
}
interface Request {
  id: string;
  version: number;
  resource: ChangeResource;
  operation: string;
  status: string;
  makerId: string;
  makerEmail: string;
  effectiveFrom: string | null;
  diff: TargetDiff[];
}

const CONSOLE_RESOURCE = Object.fromEntries(Object.entries(FOUR_EYES_RESOURCES).map(([console, change]) => [change, console])) as Record<string, string>;

/** A value as a checker reads it: lists joined, nothing as a dash, structures as their JSON. */
function shown(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.length ? value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join(', ') : '—';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** The queues: what awaits my approval, my own changes, what is scheduled, everything. */
const QUEUES = {
  awaiting: { awaitingMe: true },
  mine: { mine: true },
  scheduled: { status: 'APPROVED' },
  all: {},
} as const;
type Queue = keyof typeof QUEUES;

function QueueTabs() {
  const translate = useTranslate();
  const { filterValues, setFilters } = useListContext();
  const current: Queue = filterValues.awaitingMe
    ? 'awaiting'
    : filterValues.mine
      ? 'mine'
      : filterValues.status === 'APPROVED' && !filterValues.resource
        ? 'scheduled'
        : 'all';
  return (
    <Tabs value={current} onChange={(_e, q: Queue) => setFilters({ ...QUEUES[q] }, [])} sx={{ px: 2 }}>
      {(Object.keys(QUEUES) as Queue[]).map((q) => (
        <Tab key={q} value={q} label={translate(`tierwise.approvals.queues.${q}`)} data-testid={`queue-${q}`} />
      ))}
    </Tabs>
  );
}

const FILTERS = [
  <SelectInput key="status" source="status" choices={choices.ChangeRequestStatus} />,
  <SelectInput key="resource" source="resource" choices={choices.ChangeResource} />,
];

/** Approved changes waiting for their instant, by day: the institution's calendar of what will change. */
function ScheduledCalendar() {
  const translate = useTranslate();
  const format = useLocalFormat();
  const { data = [] } = useGetList('ChangeRequest', {
    filter: { status: 'APPROVED' },
    sort: { field: 'effectiveFrom', order: 'ASC' },
    pagination: { page: 1, perPage: 100 },
  });
  const byDay = new Map<string, typeof data>();
  for (const r of data) {
    const day = r.effectiveFrom ? format.date(r.effectiveFrom) : translate('tierwise.approvals.asSoonAsApproved');
    byDay.set(day, [...(byDay.get(day) ?? []), r]);
  }
  if (data.length === 0) return null;
  return (
    <Box sx={{ p: 2 }} data-testid="scheduled-calendar">
      <Typography variant="subtitle1">{translate('tierwise.approvals.calendar')}</Typography>
      {[...byDay.entries()].map(([day, rows]) => (
        <Box key={day} sx={{ mt: 1 }}>
          <Typography variant="subtitle2">{day}</Typography>
          {rows.map((r) => (
            <Typography key={r.id} variant="body2" sx={{ ml: 2 }}>
              {r.effectiveFrom ? new Date(r.effectiveFrom).toLocaleTimeString(format.locale, { hour: '2-digit', minute: '2-digit' }) : ''}{' '}
              {translate(`enums.ChangeResource.${r.resource}`)} · {r.summary} · {r.makerEmail}
            </Typography>
          ))}
        </Box>
      ))}
    </Box>
  );
}

function ChangeRequestList() {
  const t = useTranslate();
  const format = useLocalFormat();
  const cards = {
    primaryText: (r: R) => `${t(`enums.ChangeResource.${r.resource}`)} · ${r.summary}`,
    secondaryText: (r: R) => `${t(`enums.ChangeRequestStatus.${r.status}`)} · ${r.makerEmail}`,
    tertiaryText: (r: R) => format.dateTime(r.createdAt),
  };
  return (
    <ConsoleList filters={FILTERS} filterDefaultValues={QUEUES.awaiting} sort={{ field: 'createdAt', order: 'DESC' }} empty={false}>
      <QueueTabs />
      <ResponsiveDatagrid {...cards} rowClick="show" bulkActionButtons={false} empty={<EmptyState />}>
        <DateField source="createdAt" showTime />
        <EnumField source="resource" enumName="ChangeResource" />
        <EnumField source="operation" enumName="ChangeOperation" />
        <TextField source="summary" sortable={false} />
        <TextField source="makerEmail" sortable={false} />
        <EnumField source="status" enumName="ChangeRequestStatus" />
        <DateField source="effectiveFrom" showTime emptyText="—" />
      </ResponsiveDatagrid>
      <ScheduledCalendar />
      <FourEyesSettingsPanel />
    </ConsoleList>
  );
}

/** The diff side by side: each record, each field, before and after. */
function DiffTable() {
  const record = useRecordContext<Request>();
  const translate = useTranslate();
  if (!record) return null;
  const resource = CONSOLE_RESOURCE[record.resource];
  const label = (field: string) => translate(`resources.${resource}.fields.${field}`, { _: field });
  return (
    <Stack spacing={2} sx={{ width: '100%' }} data-testid="diff">
      {record.diff.map((target) => (
        <Box key={target.recordId ?? 'new'}>
          <Typography variant="subtitle2">
            {target.label}
            {target.baseVersion !== null && ` · ${translate('tierwise.approvals.baseVersion', { version: target.baseVersion })}`}
          </Typography>
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate('tierwise.approvals.field')}</TableCell>
                <TableCell>{translate('tierwise.approvals.before')}</TableCell>
                <TableCell>{translate('tierwise.approvals.after')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {target.changes.map((c) => (
                <TableRow key={c.field} data-testid={`diff-${c.field}`}>
                  <TableCell>{label(c.field)}</TableCell>
                  <TableCell sx={{ color: 'error.main', wordBreak: 'break-word' }}>{shown(c.before)}</TableCell>
                  <TableCell sx={{ color: 'success.main', wordBreak: 'break-word' }}>{shown(c.after)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      ))}
    </Stack>
  );
}

/** For a change of tier ranges: how many customers each move would take from tier to tier. */
function TierImpact() {
  const record = useRecordContext<Request>();
  const translate = useTranslate();
  const { data: tiers = [] } = useGetList(
    'Tier',
    { pagination: { page: 1, perPage: 100 }, sort: { field: 'minAum', order: 'ASC' } },
    { enabled: record?.resource === 'TIER' },
  );
  if (!record || record.resource !== 'TIER' || !['SUBMITTED', 'DRAFT'].includes(record.status)) return null;
  const moved = record.diff.filter((d) => d.changes.some((c) => c.field === 'minAum' || c.field === 'maxAum'));
  if (moved.length === 0 || tiers.length === 0) return null;
  const after = (id: string, field: string, current: unknown) => {
    const change = record.diff.find((d) => d.recordId === id)?.changes.find((c) => c.field === field);
    return change ? change.after : current;
  };
  const ranges = tiers
    .filter((t) => !(record.operation === 'DELETE' && t.id === record.diff[0].recordId))
    .map((t) => ({
      id: t.id as string,
      code: t.code as string,
      minAum: String(after(t.id as string, 'minAum', t.minAum)),
      maxAum: (after(t.id as string, 'maxAum', t.maxAum) as string | null) ?? null,
    }));
  return (
    <Box>
      <Typography variant="caption" color="text.secondary">
        {translate('tierwise.approvals.impact')}
      </Typography>
      <TierMovesPreview proposal={{ ranges, adjustments: [], violations: tierPartitionViolations(ranges) }} />
    </Box>
  );
}

/** Approve, reject (saying why), submit a draft or withdraw it: each button only for whom it is meant. */
function Decisions() {
  const record = useRecordContext<Request>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const queryClient = useQueryClient();
  const tierwise = useTierwise();
  const { identity } = useGetIdentity();
  const [reason, setReason] = useState('');
  const { data: me } = useQuery({
    queryKey: ['me', identity?.id],
    enabled: !!identity?.id,
    queryFn: () => tierwise.currentUser(),
  });
  if (!record || !identity) return null;
  const mine = record.makerId === identity.id;
  const checker = !mine && !!me?.approves.includes(record.resource);
  const done = (message: string) => () => {
    notify(message, { type: 'info' });
    void queryClient.invalidateQueries();
    refresh();
  };
  const run = (call: () => Promise<unknown>, message: string) => async () => {
    try {
      await call();
      done(message)();
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
      refresh();
    }
  };
  return (
    <Stack direction="row" spacing={1} sx={{ my: 2 }} data-testid="decisions">
      {record.status === 'SUBMITTED' && checker && (
        <>
          <Button
            variant="contained"
            label="tierwise.approvals.approve"
            onClick={run(() => tierwise.approveChange(record.id, record.version), 'tierwise.approvals.approved')}
          />
          <ActionDialog
            label="tierwise.approvals.reject"
            confirmLabel="tierwise.approvals.reject"
            disabled={!reason.trim()}
            onConfirm={async () => {
              await tierwise.rejectChange(record.id, record.version, reason.trim());
              done('tierwise.approvals.rejected')();
            }}
          >
            <MuiTextField
              label={translate('tierwise.approvals.reason')}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              multiline
              fullWidth
              sx={{ mt: 1 }}
            />
          </ActionDialog>
        </>
      )}
      {record.status === 'SUBMITTED' && mine && <Alert severity="info">{translate('tierwise.approvals.waitingForChecker')}</Alert>}
      {record.status === 'SUBMITTED' && !mine && !checker && <Alert severity="info">{translate('tierwise.approvals.notAChecker')}</Alert>}
      {record.status === 'DRAFT' && mine && (
        <Button label="tierwise.approvals.submit" onClick={run(() => tierwise.submitChange(record.id, record.version), 'tierwise.approvals.submitted')} />
      )}
      {['DRAFT', 'SUBMITTED', 'APPROVED'].includes(record.status) && mine && (
        <Button label="tierwise.approvals.cancel" onClick={run(() => tierwise.cancelChange(record.id, record.version), 'tierwise.approvals.cancelled')} />
      )}
    </Stack>
  );
}

function ChangeRequestShow() {
  const translate = useTranslate();
  return (
    <Show>
      <SimpleShowLayout>
        <EnumField source="status" enumName="ChangeRequestStatus" />
        <EnumField source="resource" enumName="ChangeResource" />
        <EnumField source="operation" enumName="ChangeOperation" />
        <TextField source="summary" />
        <TextField source="makerEmail" />
        <TextField source="note" emptyText="—" />
        <DateField source="effectiveFrom" showTime emptyText={translate('tierwise.approvals.asSoonAsApproved')} />
        <FunctionField label="tierwise.approvals.diff" render={() => <DiffTable />} />
        <FunctionField label={false} render={() => <TierImpact />} />
        <FunctionField label={false} render={() => <Decisions />} />
        <TextField source="checkerEmail" emptyText="—" />
        <DateField source="decidedAt" showTime emptyText="—" />
        <TextField source="rejectionReason" emptyText="—" />
        <DateField source="appliedAt" showTime emptyText="—" />
        <TextField source="outcome" emptyText="—" />
      </SimpleShowLayout>
    </Show>
  );
}

/** Administrators: four eyes per resource (on by default; turning it off is audited). */
export function FourEyesSettingsPanel() {
  const translate = useTranslate();
  const tierwise = useTierwise();
  const queryClient = useQueryClient();
  const { permissions } = usePermissions<Role | null>();
  const { data = [] } = useQuery({ queryKey: ['fourEyesSettings'], queryFn: () => tierwise.fourEyesSettings() });
  if (permissions !== Role.ADMIN) return null;
  return (
    <Box sx={{ p: 2 }} data-testid="four-eyes-settings">
      <Typography variant="subtitle1">{translate('tierwise.approvals.settings')}</Typography>
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', mt: 1 }}>
        {data.map((s) => (
          <Chip
            key={s.resource}
            color={s.enabled ? 'success' : 'default'}
            label={`${translate(`enums.ChangeResource.${s.resource}`)} · ${translate(s.enabled ? 'tierwise.approvals.on' : 'tierwise.approvals.off')}`}
            onClick={async () => {
              await tierwise.setFourEyes(s.resource, !s.enabled);
              await queryClient.invalidateQueries({ queryKey: ['fourEyesSettings'] });
            }}
          />
        ))}
      </Stack>
    </Box>
  );
}

export default { list: ChangeRequestList, show: ChangeRequestShow };
