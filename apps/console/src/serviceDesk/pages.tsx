import { useState } from 'react';
import { Alert, Box, Chip, Stack, TextField as MuiTextField, Typography, FormControlLabel, Checkbox } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  AutocompleteInput,
  BooleanInput,
  Button,
  Create,
  FunctionField,
  ReferenceField,
  ReferenceInput,
  SelectInput,
  Show,
  SimpleForm,
  SimpleShowLayout,
  TextField,
  TextInput,
  required,
  useGetIdentity,
  useGetList,
  useNotify,
  usePermissions,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import type { ServiceRequestStatus } from '@tierwise/client';
import { Role } from '@tierwise/domain';
import { choices } from '../choices';
import { BranchQueuePanel } from './BranchQueuePanel';
import { EmptyState, ListActions, useCanWrite } from '../common';
import { useTierwise } from '../dataProvider';
import { DateField, EnumField, useLocalFormat } from '../fields';
import { ConsoleList, ResponsiveDatagrid, type CardRecord as R } from '../lists';

const FILTERS = [
  <BooleanInput key="open" source="open" alwaysOn />,
  <BooleanInput key="breached" source="breached" alwaysOn />,
  <SelectInput key="status" source="status" choices={choices.ServiceRequestStatus} />,
  <ReferenceInput key="customerId" source="customerId" reference="Customer">
    <AutocompleteInput optionText="externalRef" />
  </ReferenceInput>,
];

type Clocks = { firstResponseDueAt: string | null; resolutionDueAt: string | null; minutesLeft: number | null };

/** Time left on the next clock, in working minutes: red once breached, amber under an hour. */
export function TimeLeft({ clocks }: { clocks: Clocks | undefined }) {
  const translate = useTranslate();
  if (!clocks || clocks.minutesLeft === null) return <Typography variant="body2">—</Typography>;
  const m = clocks.minutesLeft;
  const duration = (minutes: number) =>
    minutes >= 60
      ? translate('tierwise.service.hoursMinutes', { h: Math.floor(minutes / 60), m: minutes % 60 })
      : translate('tierwise.service.minutes', { m: minutes });
  const text = m < 0 ? translate('tierwise.service.breachedBy', { time: duration(-m) }) : translate('tierwise.service.left', { time: duration(m) });
  return <Chip size="small" color={m < 0 ? 'error' : m < 60 ? 'warning' : 'default'} label={text} data-testid="time-left" />;
}

function ServiceRequestList() {
  const t = useTranslate();
  const format = useLocalFormat();
  const cards = {
    primaryText: (r: R) => `${t(`enums.ServiceCategory.${r.category}`)} · ${t(`enums.ServiceRequestStatus.${r.status}`)}`,
    secondaryText: (r: R) => r.description,
    tertiaryText: (r: R) => format.dateTime(r.createdAt),
  };
  return (
    <ConsoleList filters={FILTERS} filterDefaultValues={{ open: true }} sort={{ field: 'dueOrder', order: 'ASC' }} actions={<ListActions />}>
      <ResponsiveDatagrid {...cards} rowClick="show" bulkActionButtons={false} empty={<EmptyState />}>
        <DateField source="createdAt" showTime />
        <ReferenceField source="customerId" reference="Customer" />
        <EnumField source="category" enumName="ServiceCategory" />
        <EnumField source="channel" enumName="ServiceChannel" />
        <EnumField source="priority" enumName="ServicePriority" />
        <EnumField source="status" enumName="ServiceRequestStatus" />
        <ReferenceField source="assigneeId" reference="User" emptyText="—" sortable={false} />
        <FunctionField label="tierwise.service.timeLeft" render={(r: { clocks?: Clocks }) => <TimeLeft clocks={r.clocks} />} />
      </ResponsiveDatagrid>
      <BranchQueuePanel />
    </ConsoleList>
  );
}

function ServiceRequestCreate() {
  return (
    <Create redirect="show">
      <SimpleForm>
        <ReferenceInput source="customerId" reference="Customer">
          <AutocompleteInput optionText="externalRef" validate={required()} />
        </ReferenceInput>
        <SelectInput source="category" choices={choices.ServiceCategory} validate={required()} />
        <SelectInput source="channel" choices={choices.ServiceChannel} validate={required()} defaultValue="BRANCH" />
        <SelectInput source="priority" choices={choices.ServicePriority} defaultValue="NORMAL" />
        <TextInput source="description" multiline fullWidth validate={required()} />
      </SimpleForm>
    </Create>
  );
}

/** The conversation (replies and internal notes) and a box to add to it. */
function Conversation() {
  const record = useRecordContext<{ id: string; status: string }>();
  const translate = useTranslate();
  const format = useLocalFormat();
  const tierwise = useTierwise();
  const queryClient = useQueryClient();
  const refresh = useRefresh();
  const canWrite = useCanWrite();
  const [body, setBody] = useState('');
  const [internal, setInternal] = useState(false);
  const { data } = useQuery({ queryKey: ['serviceRequest', record?.id], enabled: !!record, queryFn: () => tierwise.serviceRequest(record!.id) });
  if (!record || !data) return null;
  const send = async () => {
    await tierwise.replyToServiceRequest(record.id, body.trim(), internal);
    setBody('');
    await queryClient.invalidateQueries({ queryKey: ['serviceRequest', record.id] });
    refresh();
  };
  return (
    <Stack spacing={1} sx={{ width: '100%' }} data-testid="conversation">
      {data.messages.length === 0 && <Typography color="text.secondary">{translate('tierwise.service.noMessages')}</Typography>}
      {data.messages.map((m) => (
        <Alert key={m.id} severity={m.internal ? 'warning' : 'info'} icon={false}>
          <Typography variant="caption">
            {m.author} · {format.dateTime(m.createdAt)} {m.internal && `· ${translate('tierwise.service.internal')}`}
          </Typography>
          <Typography sx={{ whiteSpace: 'pre-wrap' }}>{m.body}</Typography>
        </Alert>
      ))}
      {canWrite && record.status !== 'CLOSED' && (
        <Box>
          <MuiTextField label={translate('tierwise.service.message')} value={body} onChange={(e) => setBody(e.target.value)} multiline fullWidth minRows={2} />
          <Stack direction="row" sx={{ alignItems: 'center', mt: 1 }} spacing={2}>
            <FormControlLabel
              control={<Checkbox checked={internal} onChange={(e) => setInternal(e.target.checked)} />}
              label={translate('tierwise.service.internalNote')}
            />
            <Button variant="contained" label={internal ? 'tierwise.service.addNote' : 'tierwise.service.reply'} disabled={!body.trim()} onClick={send} />
          </Stack>
        </Box>
      )}
      {data.slaEvents.length > 0 && (
        <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap' }} data-testid="sla-events">
          {data.slaEvents.map((e) => (
            <Chip
              key={e.id}
              size="small"
              color={e.percent >= 100 ? 'error' : 'warning'}
              label={`${translate(`enums.SlaMetric.${e.metric}`)} · ${e.percent >= 100 ? translate('tierwise.service.breach') : `${e.percent}%`} · ${format.dateTime(e.dueAt)}`}
            />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

const NEXT: Record<string, string[]> = {
  NEW: ['IN_PROGRESS', 'WAITING_FOR_CUSTOMER', 'RESOLVED'],
  ASSIGNED: ['IN_PROGRESS', 'WAITING_FOR_CUSTOMER', 'RESOLVED'],
  WAITING_FOR_CUSTOMER: ['IN_PROGRESS', 'RESOLVED'],
  IN_PROGRESS: ['WAITING_FOR_CUSTOMER', 'RESOLVED'],
  RESOLVED: ['CLOSED', 'IN_PROGRESS'],
  CLOSED: [],
};

/** The next steps, and assignment to a colleague. */
function Steps() {
  const record = useRecordContext<{ id: string; version: number; status: string; assigneeId: string | null }>();
  const tierwise = useTierwise();
  const notify = useNotify();
  const refresh = useRefresh();
  const canWrite = useCanWrite();
  const translate = useTranslate();
  const { permissions } = usePermissions<Role | null>();
  const { identity } = useGetIdentity();
  // Only administrators list users: the others take a request themselves.
  const { data: users = [] } = useGetList(
    'User',
    { pagination: { page: 1, perPage: 100 }, sort: { field: 'email', order: 'ASC' } },
    { enabled: permissions === Role.ADMIN },
  );
  if (!record || !canWrite) return null;
  const run = (call: () => Promise<unknown>) => async () => {
    try {
      await call();
      refresh();
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    }
  };
  return (
    <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', alignItems: 'center' }} data-testid="service-steps">
      {(NEXT[record.status] ?? []).map((s) => (
        <Button
          key={s}
          label={`tierwise.service.to.${s}`}
          onClick={run(() => tierwise.setServiceRequestStatus(record.id, record.version, s as ServiceRequestStatus))}
        />
      ))}
      {identity && record.assigneeId !== identity.id && !['CLOSED', 'RESOLVED'].includes(record.status) && (
        <Button label="tierwise.service.takeIt" onClick={run(() => tierwise.assignServiceRequest(record.id, record.version, String(identity.id)))} />
      )}
      {users.length > 0 && record.status !== 'CLOSED' && record.status !== 'RESOLVED' && (
        <MuiTextField
          select
          size="small"
          label={translate('resources.ServiceRequest.fields.assigneeId')}
          value={record.assigneeId ?? ''}
          onChange={(e) => void run(() => tierwise.assignServiceRequest(record.id, record.version, e.target.value || null))()}
          sx={{ minWidth: 220 }}
          slotProps={{ select: { native: true } }}
        >
          <option value="" />
          {users.map((u) => (
            <option key={u.id} value={u.id}>
              {u.email}
            </option>
          ))}
        </MuiTextField>
      )}
    </Stack>
  );
}

function ServiceRequestShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <ReferenceField source="customerId" reference="Customer" link="show" />
        <EnumField source="status" enumName="ServiceRequestStatus" />
        <EnumField source="category" enumName="ServiceCategory" />
        <EnumField source="channel" enumName="ServiceChannel" />
        <EnumField source="priority" enumName="ServicePriority" />
        <TextField source="description" />
        <FunctionField label="tierwise.service.timeLeft" render={(r: { clocks?: Clocks }) => <TimeLeft clocks={r.clocks} />} />
        <DateField source="firstResponseAt" showTime emptyText="—" />
        <DateField source="resolvedAt" showTime emptyText="—" />
        <TextField source="satisfaction" emptyText="—" />
        <FunctionField label={false} render={() => <Steps />} />
        <FunctionField label="tierwise.service.conversation" render={() => <Conversation />} />
      </SimpleShowLayout>
    </Show>
  );
}

export default { list: ServiceRequestList, show: ServiceRequestShow, create: ServiceRequestCreate };
