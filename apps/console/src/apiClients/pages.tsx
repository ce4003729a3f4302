import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { Alert, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import {
  Button,
  Create,
  DateTimeInput,
  FunctionField,
  Labeled,
  NumberInput,
  ReferenceField,
  ReferenceInput,
  SelectArrayInput,
  SelectInput,
  Show,
  SimpleForm,
  SimpleShowLayout,
  TextField,
  TextInput,
  TopToolbar,
  minValue,
  required,
  useNotify,
  useRecordContext,
  useRedirect,
  useRefresh,
  useTranslate,
  useUpdate,
} from 'react-admin';
import { EmptyState, HistoryButton, ListActions } from '../common';
import { DateField, NumberField, localName, useLocalFormat } from '../fields';
import { ConsoleList, ResponsiveDatagrid, type CardRecord as R } from '../lists';
import { ApiScope, INTERNAL_SCOPES } from '@tierwise/domain';

/** The scopes by their GraphQL names (the domain enum's keys), split as the API splits them. */
const SCOPE_NAMES = Object.keys(ApiScope) as (keyof typeof ApiScope)[];
const INTERNAL = SCOPE_NAMES.filter((name) => INTERNAL_SCOPES.includes(ApiScope[name]));
const PARTNER = SCOPE_NAMES.filter((name) => !INTERNAL_SCOPES.includes(ApiScope[name]));
const scopeChoices = (ids: string[]) => ids.map((id) => ({ id, name: `enums.ApiScope.${id}` }));

/** A partner's key takes partner scopes; a key of the institution's own systems (no partner) the internal ones. */
function ScopesInput() {
  const partnerId = useWatch({ name: 'partnerId' });
  return <SelectArrayInput source="scopes" choices={scopeChoices(partnerId ? PARTNER : INTERNAL)} validate={required()} />;
}

/** The key's partner, or the institution's own systems. */
function Owner(_props: { label?: string }) {
  const translate = useTranslate();
  const record = useRecordContext<{ partnerId?: string | null }>();
  if (!record) return null;
  return record.partnerId ? (
    <ReferenceField source="partnerId" reference="PartnerInstitution" />
  ) : (
    <Typography variant="body2">{translate('tierwise.apiClients.internal')}</Typography>
  );
}
const inAYear = () => new Date(Date.now() + 365 * 86_400_000).toISOString();

/** A key's state at a glance: active, expired or revoked. */
function KeyState(_props: { label?: string }) {
  const translate = useTranslate();
  const record = useRecordContext<{ revokedAt?: string | null; expiresAt: string }>();
  if (!record) return null;
  const state = record.revokedAt ? 'revoked' : new Date(record.expiresAt) <= new Date() ? 'expired' : 'active';
  return (
    <Typography variant="body2" color={state === 'active' ? 'success.main' : 'error'}>
      {translate(`tierwise.apiClients.${state}`)}
    </Typography>
  );
}

function ApiClientList() {
  const t = useTranslate();
  const format = useLocalFormat();
  const translate = t;
  const cards = {
    primaryText: (r: R) => r.name,
    secondaryText: (r: R) => `tw_${r.keyPrefix}_…`,
    tertiaryText: (r: R) => format.date(r.expiresAt),
  };
  return (
    <ConsoleList sort={{ field: 'createdAt', order: 'DESC' }} actions={<ListActions filters={false} />}>
      <ResponsiveDatagrid {...cards} rowClick="show" bulkActionButtons={false} empty={<EmptyState />}>
        <TextField source="name" />
        <Owner label="resources.ApiClient.fields.partnerId" />
        <FunctionField source="keyPrefix" render={(r: { keyPrefix: string }) => `tw_${r.keyPrefix}_…`} />
        <FunctionField
          source="scopes"
          sortable={false}
          render={(r: { scopes: string[] }) => r.scopes.map((s) => translate(`enums.ApiScope.${s}`)).join(' · ')}
        />
        <NumberField source="pointsPerMinute" />
        <DateField source="expiresAt" />
        <DateField source="lastUsedAt" showTime emptyText="—" />
        <KeyState label="tierwise.apiClients.state" />
      </ResponsiveDatagrid>
    </ConsoleList>
  );
}

function RevokeButton() {
  const record = useRecordContext<{ id: string; version: number; revokedAt?: string | null }>();
  const [update, { isPending }] = useUpdate();
  const notify = useNotify();
  const refresh = useRefresh();
  if (!record || record.revokedAt) return null;
  const revoke = () => {
    if (!window.confirm('Revoke this key now? Calls with it will be refused at once, for good.')) return;
    update(
      'ApiClient',
      { id: record.id, data: { id: record.id, version: record.version, revoked: true }, previousData: record },
      {
        onSuccess: () => {
          notify('tierwise.apiClients.revokedNow', { type: 'success' });
          refresh();
        },
        onError: (e) => notify((e as Error).message, { type: 'error' }),
      },
    );
  };
  return <Button label="tierwise.apiClients.revoke" color="error" disabled={isPending} onClick={revoke} />;
}

function ApiClientShow() {
  const translate = useTranslate();
  return (
    <Show
      actions={
        <TopToolbar>
          <HistoryButton />
          <RevokeButton />
        </TopToolbar>
      }
    >
      <SimpleShowLayout>
        <TextField source="name" />
        <Labeled label="resources.ApiClient.fields.partnerId">
          <Owner />
        </Labeled>
        <FunctionField source="keyPrefix" render={(r: { keyPrefix: string }) => `tw_${r.keyPrefix}_…`} />
        <FunctionField source="scopes" render={(r: { scopes: string[] }) => r.scopes.map((s) => translate(`enums.ApiScope.${s}`)).join(' · ')} />
        <NumberField source="pointsPerMinute" />
        <DateField source="expiresAt" showTime />
        <DateField source="lastUsedAt" showTime emptyText="—" />
        <DateField source="revokedAt" showTime emptyText="—" />
        <TextField source="createdBy" />
        <KeyState />
      </SimpleShowLayout>
    </Show>
  );
}

/** Creating a key shows it once, in a dialog: only its hash is kept. */
function ApiClientCreate() {
  const translate = useTranslate();
  const redirect = useRedirect();
  const [created, setCreated] = useState<{ id: string; key: string } | null>(null);
  const [copied, setCopied] = useState(false);
  return (
    <>
      <Create redirect={false} mutationOptions={{ onSuccess: (data: { id: string; key: string }) => setCreated(data) }}>
        <SimpleForm defaultValues={{ expiresAt: inAYear(), pointsPerMinute: 1000, scopes: [] }}>
          <ReferenceInput source="partnerId" reference="PartnerInstitution" perPage={100} sort={{ field: 'name', order: 'ASC' }}>
            <SelectInput optionText={localName} emptyText="tierwise.apiClients.internal" helperText="tierwise.apiClients.partnerHelp" />
          </ReferenceInput>
          <TextInput source="name" validate={required()} />
          <ScopesInput />
          <DateTimeInput source="expiresAt" helperText="tierwise.apiClients.expiryHelp" />
          <NumberInput source="pointsPerMinute" validate={minValue(10)} helperText="tierwise.apiClients.pointsHelp" />
        </SimpleForm>
      </Create>
      <Dialog open={!!created} maxWidth="md">
        <DialogTitle>{translate('tierwise.apiClients.keyTitle')}</DialogTitle>
        <DialogContent>
          <Alert severity="warning" sx={{ mb: 2 }}>
            {translate('tierwise.apiClients.keyOnce')}
          </Alert>
          <Typography data-testid="new-api-key" sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }}>
            {created?.key}
          </Typography>
        </DialogContent>
        <DialogActions>
          <Button
            label={copied ? 'tierwise.apiClients.copied' : 'tierwise.apiClients.copy'}
            onClick={() => {
              void navigator.clipboard?.writeText(created?.key ?? '').then(
                () => setCopied(true),
                () => setCopied(false),
              );
            }}
          />
          <Button label="ra.action.close" variant="contained" onClick={() => redirect('show', 'ApiClient', created!.id)} />
        </DialogActions>
      </Dialog>
    </>
  );
}

export default { list: ApiClientList, show: ApiClientShow, create: ApiClientCreate };
