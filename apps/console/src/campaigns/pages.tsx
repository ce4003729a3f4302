import { Alert, Box, Card, CardContent, Chip, Stack, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  AutocompleteInput,
  Button,
  CheckboxGroupInput,
  Create,
  DateTimeInput,
  Edit,
  FormDataConsumer,
  FunctionField,
  NumberInput,
  ReferenceField,
  ReferenceInput,
  SelectInput,
  Show,
  SimpleForm,
  SimpleShowLayout,
  TextField,
  TextInput,
  TopToolbar,
  EditButton,
  required,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { choices } from '../choices';
import { EmptyState, identityInputs, ListActions, useCanWrite } from '../common';
import { useTierwise } from '../dataProvider';
import { PendingChanges } from '../approvals/fourEyes';
import { DateField, EnumField, useLocalFormat } from '../fields';
import { ConsoleList, ResponsiveDatagrid, type CardRecord as R } from '../lists';
import { MessageTable } from '../outreachMessages/MessageTable';

const FILTERS = [
  <SelectInput key="status" source="status" choices={choices.CampaignStatus} alwaysOn />,
  <SelectInput key="trigger" source="trigger" choices={choices.TriggerKind} />,
];

/** Offsets typed as "7, 3, 1". */
const offsetList = {
  format: (days?: number[] | null) => (days ?? []).join(', '),
  parse: (text: string) =>
    text
      .split(/[\s,，]+/)
      .filter(Boolean)
      .map(Number),
};

const VARIABLES = '{{name}} {{product}} {{date}} {{amount}} {{tier}}';

/** Who it is for: the reference the audience kind names. */
function AudienceInput() {
  return (
    <FormDataConsumer<{ audienceKind?: string }>>
      {({ formData }) => {
        switch (formData.audienceKind) {
          case 'SEGMENT':
            return (
              <ReferenceInput source="audienceRef" reference="SavedSegment">
                <AutocompleteInput optionText="name" validate={required()} />
              </ReferenceInput>
            );
          case 'TIER':
            return (
              <ReferenceInput source="audienceRef" reference="Tier">
                <AutocompleteInput optionText="code" validate={required()} />
              </ReferenceInput>
            );
          case 'PRODUCT_HOLDERS':
            return (
              <ReferenceInput source="audienceRef" reference="Product">
                <AutocompleteInput optionText="code" validate={required()} />
              </ReferenceInput>
            );
          case 'NEED':
            return <SelectInput source="audienceRef" choices={choices.NeedType} validate={required()} />;
          default:
            return null;
        }
      }}
    </FormDataConsumer>
  );
}

function CampaignForm() {
  const translate = useTranslate();
  return (
    <SimpleForm>
      {identityInputs()}
      <SelectInput source="category" choices={choices.MessageCategory} defaultValue="MARKETING" validate={required()} />
      <SelectInput source="audienceKind" choices={choices.AudienceKind} validate={required()} />
      <AudienceInput />
      <CheckboxGroupInput source="channels" choices={choices.MessageChannel} validate={required()} defaultValue={['APP_PUSH']} />
      <TextInput
        source="templateZh"
        multiline
        fullWidth
        validate={required()}
        helperText={translate('tierwise.outreach.variables', { variables: VARIABLES })}
      />
      <TextInput source="templateEn" multiline fullWidth />
      <ReferenceInput source="productId" reference="Product">
        <AutocompleteInput optionText="code" />
      </ReferenceInput>
      <SelectInput source="trigger" choices={choices.TriggerKind} emptyText="tierwise.outreach.oneOff" />
      <FormDataConsumer<{ trigger?: string }>>
        {({ formData }) => {
          if (!formData.trigger) return <DateTimeInput source="sendAt" helperText="tierwise.outreach.sendAtHelp" />;
          if (formData.trigger === 'MATURITY') return <TextInput source="offsets" {...offsetList} helperText="tierwise.outreach.offsetsHelp" />;
          if (formData.trigger === 'NEW_NEED') return <SelectInput source="triggerNeed" choices={choices.NeedType} validate={required()} />;
          if (formData.trigger === 'RECOMMENDATION') return <NumberInput source="minScore" min={0} max={100} validate={required()} />;
          return null;
        }}
      </FormDataConsumer>
    </SimpleForm>
  );
}

function CampaignList() {
  const t = useTranslate();
  const format = useLocalFormat();
  const cards = {
    primaryText: (r: R) => `${r.code} · ${r.name}`,
    secondaryText: (r: R) => t(`enums.CampaignStatus.${r.status}`),
    tertiaryText: (r: R) => (r.sendAt ? format.dateTime(r.sendAt) : r.trigger ? t(`enums.TriggerKind.${r.trigger}`) : ''),
  };
  return (
    <ConsoleList filters={FILTERS} sort={{ field: 'createdAt', order: 'DESC' }} actions={<ListActions />}>
      <ResponsiveDatagrid {...cards} rowClick="show" bulkActionButtons={false} empty={<EmptyState />}>
        <TextField source="code" />
        <TextField source="name" />
        <EnumField source="status" enumName="CampaignStatus" />
        <EnumField source="category" enumName="MessageCategory" />
        <FunctionField
          source="trigger"
          render={(r: { trigger: string | null }) => (r.trigger ? t(`enums.TriggerKind.${r.trigger}`) : t('tierwise.outreach.oneOff'))}
        />
        <FunctionField
          source="channels"
          sortable={false}
          render={(r: { channels: string[] }) => r.channels.map((c) => t(`enums.MessageChannel.${c}`)).join(' · ')}
        />
        <DateField source="sendAt" showTime emptyText="—" />
        <TextField source="ownerEmail" sortable={false} />
      </ResponsiveDatagrid>
    </ConsoleList>
  );
}

/** The funnel, as rows from the audience down to conversions, with every reason a message was not sent. */
function Funnel({ funnel }: { funnel: { [k: string]: number | { reason: string; count: number }[] } & { notSent: { reason: string; count: number }[] } }) {
  const translate = useTranslate();
  const steps = ['audience', 'messages', 'eligible', 'held', 'sent', 'failed', 'delivered', 'opened', 'clicked', 'converted'] as const;
  return (
    <Stack direction={{ xs: 'column', md: 'row' }} spacing={3} data-testid="funnel">
      <Table size="small" sx={{ maxWidth: 360 }}>
        <TableBody>
          {steps.map((s) => (
            <TableRow key={s}>
              <TableCell>{translate(`tierwise.outreach.funnel.${s}`)}</TableCell>
              <TableCell align="right" data-testid={`funnel-${s}`}>
                {String(funnel[s])}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Box>
        <Typography variant="subtitle2">{translate('tierwise.outreach.notSent')}</Typography>
        {funnel.notSent.length === 0 ? (
          <Typography color="text.secondary">{translate('tierwise.outreach.noneNotSent')}</Typography>
        ) : (
          funnel.notSent.map((n) => (
            <Chip key={n.reason} sx={{ m: 0.5 }} label={`${translate(`enums.NotSentReason.${n.reason}`)}: ${n.count}`} data-testid={`not-sent-${n.reason}`} />
          ))
        )}
      </Box>
    </Stack>
  );
}

/** Who the audience is: the segment, tier or product by name, or the need. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the show layout reads the label
function AudienceRefField(_: { label: string }) {
  const record = useRecordContext<{ audienceKind: string; audienceRef: string }>();
  const translate = useTranslate();
  if (!record) return null;
  const reference = { SEGMENT: 'SavedSegment', TIER: 'Tier', PRODUCT_HOLDERS: 'Product' }[record.audienceKind];
  if (!reference) return <Typography variant="body2">{translate(`enums.NeedType.${record.audienceRef}`)}</Typography>;
  return <ReferenceField source="audienceRef" reference={reference} link={false} />;
}

/** Submit for approval, pause, resume, cancel — as the campaign's state allows. */
function CampaignActions() {
  const record = useRecordContext<{ id: string; version: number; status: string; approvedAt: string | null }>();
  const tierwise = useTierwise();
  const notify = useNotify();
  const refresh = useRefresh();
  const queryClient = useQueryClient();
  const canWrite = useCanWrite();
  if (!record || !canWrite) return <TopToolbar />;
  const act = (label: string, run: () => Promise<{ status: string; pendingChanges?: { id: string }[] }>) => (
    <Button
      label={`tierwise.outreach.actions.${label}`}
      onClick={async () => {
        try {
          const after = await run();
          notify(after.pendingChanges?.length && after.status === 'DRAFT' ? 'tierwise.approvals.sentForApproval' : `tierwise.outreach.done.${label}`, {
            type: 'info',
          });
          await queryClient.invalidateQueries({ queryKey: ['campaign', record.id] });
          refresh();
        } catch (e) {
          notify((e as Error).message, { type: 'error' });
        }
      }}
    />
  );
  return (
    <TopToolbar>
      {['DRAFT', 'PAUSED'].includes(record.status) && <EditButton />}
      {record.status === 'DRAFT' && act('schedule', () => tierwise.scheduleCampaign(record.id, record.version))}
      {['SCHEDULED', 'RUNNING'].includes(record.status) && act('pause', () => tierwise.pauseCampaign(record.id))}
      {record.status === 'PAUSED' && record.approvedAt && act('resume', () => tierwise.resumeCampaign(record.id))}
      {!['COMPLETED', 'CANCELLED'].includes(record.status) && act('cancel', () => tierwise.cancelCampaign(record.id))}
    </TopToolbar>
  );
}

function CampaignDetails() {
  const record = useRecordContext<{ id: string }>();
  const translate = useTranslate();
  const tierwise = useTierwise();
  const { data } = useQuery({ queryKey: ['campaign', record?.id], enabled: !!record, queryFn: () => tierwise.campaign(record!.id) });
  if (!record || !data) return null;
  return (
    <Stack spacing={2} sx={{ width: '100%' }}>
      <Card variant="outlined">
        <CardContent>
          <Typography variant="subtitle1">{translate('tierwise.outreach.preview', { count: data.preview.audience })}</Typography>
          <Alert severity="info" icon={false} sx={{ mt: 1, whiteSpace: 'pre-wrap' }} data-testid="preview-zh">
            {data.preview.zh}
          </Alert>
          {data.preview.en && (
            <Alert severity="info" icon={false} sx={{ mt: 1, whiteSpace: 'pre-wrap' }}>
              {data.preview.en}
            </Alert>
          )}
        </CardContent>
      </Card>
      <Card variant="outlined">
        <CardContent>
          <Typography variant="subtitle1" gutterBottom>
            {translate('tierwise.outreach.funnelTitle')}
          </Typography>
          <Funnel funnel={data.funnel as never} />
        </CardContent>
      </Card>
      <Typography variant="subtitle1">{translate('resources.OutreachMessage.name', { smart_count: 2 })}</Typography>
      <MessageTable filter={{ campaignId: record.id }} />
    </Stack>
  );
}

function CampaignShow() {
  const translate = useTranslate();
  return (
    <Show actions={<CampaignActions />}>
      <SimpleShowLayout>
        <PendingChanges />
        <TextField source="code" />
        <TextField source="name" />
        <EnumField source="status" enumName="CampaignStatus" />
        <EnumField source="category" enumName="MessageCategory" />
        <EnumField source="audienceKind" enumName="AudienceKind" />
        <AudienceRefField label="resources.Campaign.fields.audienceRef" />
        <FunctionField source="channels" render={(r: { channels: string[] }) => r.channels.map((c) => translate(`enums.MessageChannel.${c}`)).join(' · ')} />
        <ReferenceField source="productId" reference="Product" emptyText="—" />
        <FunctionField
          source="trigger"
          render={(r: { trigger: string | null; offsets: number[] }) =>
            r.trigger
              ? `${translate(`enums.TriggerKind.${r.trigger}`)}${r.trigger === 'MATURITY' ? ` (${r.offsets.join(', ')})` : ''}`
              : translate('tierwise.outreach.oneOff')
          }
        />
        <DateField source="sendAt" showTime emptyText="—" />
        <TextField source="ownerEmail" />
        <FunctionField source="approvedBy" render={(r: { approvedBy: string | null }) => r.approvedBy ?? translate('tierwise.outreach.notApproved')} />
        <CampaignDetails />
      </SimpleShowLayout>
    </Show>
  );
}

export default {
  list: CampaignList,
  show: CampaignShow,
  edit: () => (
    <Edit mutationMode="pessimistic" redirect="show">
      <CampaignForm />
    </Edit>
  ),
  create: () => (
    <Create redirect="show">
      <CampaignForm />
    </Create>
  ),
};
