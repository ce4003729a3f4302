import { useState } from 'react';
import { Stack, TextField as MuiTextField } from '@mui/material';
import {
  BooleanField,
  BooleanInput,
  FunctionField,
  NumberInput,
  ReferenceArrayInput,
  ReferenceField,
  SearchInput,
  SelectArrayInput,
  SelectInput,
  SimpleForm,
  TextField,
  TextInput,
  maxValue,
  minValue,
  required,
  useLocaleState,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { choices } from '../choices';
import { ActionDialog, EmptyState, formPages, identityInputs, ListActions } from '../common';
import { ConflictBanner } from '../conflict';
import { useTierwise } from '../dataProvider';
import { DateField, EnumField, LocalNameField, useLocalName } from '../fields';
import { formatAmount } from '../i18n/coded';
import { ConsoleList, ResponsiveDatagrid, type CardRecord as R } from '../lists';
import { FourEyesInputs } from '../approvals/fourEyes';
import { useCreditReason } from './reason';

const signedPercent = (v: unknown) =>
  v === undefined || v === null || v === '' || (Number(v) !== 0 && Number(v) >= -90 && Number(v) <= 100) ? undefined : 'tierwise.credit.percentRange';

function RuleList() {
  const t = useTranslate();
  const name = useLocalName();
  const cards = {
    primaryText: (r: R) => name(r),
    secondaryText: (r: R) => `${r.code} · ${t(`enums.CreditRuleCondition.${r.condition}`)}`,
    tertiaryText: (r: R) => `${Number(r.changePercent) > 0 ? '+' : ''}${Number(r.changePercent)}%`,
  };
  return (
    <ConsoleList filters={[<SearchInput key="q" source="q" alwaysOn />]} sort={{ field: 'priority', order: 'ASC' }} actions={<ListActions />}>
      <ResponsiveDatagrid {...cards} rowClick="edit" bulkActionButtons={false} empty={<EmptyState />}>
        <TextField source="code" />
        <LocalNameField label="tierwise.fields.localName" />
        <EnumField source="condition" enumName="CreditRuleCondition" />
        <FunctionField source="threshold" render={(r: R) => Number(r.threshold)} />
        <FunctionField source="changePercent" render={(r: R) => `${Number(r.changePercent) > 0 ? '+' : ''}${Number(r.changePercent)}%`} />
        <TextField source="minLimit" emptyText="—" />
        <TextField source="maxLimit" emptyText="—" />
        <TextField source="priority" />
        <BooleanField source="active" />
      </ResponsiveDatagrid>
    </ConsoleList>
  );
}

/** "When the condition holds (in these tiers), change the limit by a percent, within bounds." */
function RuleForm() {
  return (
    <SimpleForm>
      <ConflictBanner />
      {identityInputs()}
      <SelectInput source="condition" choices={choices.CreditRuleCondition} validate={required()} />
      <NumberInput source="threshold" helperText="tierwise.credit.thresholdHelp" defaultValue={0} />
      <ReferenceArrayInput source="tierIds" reference="Tier">
        <SelectArrayInput optionText={(r: R) => String(r.name)} helperText="tierwise.credit.tiersHelp" />
      </ReferenceArrayInput>
      <NumberInput source="changePercent" validate={[required(), signedPercent]} helperText="tierwise.credit.changeHelp" />
      <NumberInput source="minLimit" validate={minValue(1)} />
      <NumberInput source="maxLimit" validate={minValue(1)} />
      <NumberInput source="priority" defaultValue={100} validate={[minValue(1), maxValue(1000)]} />
      <BooleanInput source="active" defaultValue />
      <FourEyesInputs />
    </SimpleForm>
  );
}

/** A credit checker decides (the server checks the permission and that it is not the proposer), with a note. */
function Decide() {
  const record = useRecordContext<R>();
  const tierwise = useTierwise();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const [note, setNote] = useState('');
  if (!record || record.status !== 'PROPOSED') return null;
  const decide = (approve: boolean) => async () => {
    const id = String(record.id);
    const version = Number(record.version);
    if (approve) await tierwise.approveCreditLimitChange(id, version, note.trim() || undefined);
    else await tierwise.rejectCreditLimitChange(id, version, note.trim() || undefined);
    notify(approve ? 'tierwise.credit.applied' : 'tierwise.credit.rejected', { type: 'info' });
    refresh();
  };
  const noteField = (
    <MuiTextField label={translate('tierwise.credit.note')} value={note} onChange={(e) => setNote(e.target.value)} fullWidth multiline sx={{ mt: 1 }} />
  );
  return (
    <Stack direction="row" spacing={1} onClick={(e) => e.stopPropagation()}>
      <ActionDialog label="tierwise.credit.approve" confirmLabel="tierwise.credit.approve" onConfirm={decide(true)}>
        {noteField}
      </ActionDialog>
      <ActionDialog label="tierwise.credit.reject" confirmLabel="tierwise.credit.reject" onConfirm={decide(false)}>
        {noteField}
      </ActionDialog>
    </Stack>
  );
}

function ChangeList() {
  const t = useTranslate();
  const reason = useCreditReason();
  const [locale] = useLocaleState();
  const money = (v: unknown) => formatAmount(String(v ?? '0'), locale);
  const cards = {
    primaryText: (r: R) => `${money(r.fromLimit)} → ${money(r.toLimit)}`,
    secondaryText: (r: R) => reason(r.reason as { code: string; params: Record<string, string> }),
    tertiaryText: (r: R) => t(`enums.CreditLimitChangeStatus.${r.status}`),
  };
  return (
    <ConsoleList
      filters={[<SelectInput key="status" source="status" choices={choices.CreditLimitChangeStatus} alwaysOn />]}
      filterDefaultValues={{ status: 'PROPOSED' }}
      sort={{ field: 'createdAt', order: 'DESC' }}
    >
      <ResponsiveDatagrid {...cards} bulkActionButtons={false} empty={<EmptyState />}>
        <DateField source="createdAt" showTime />
        <ReferenceField source="customerId" reference="Customer" link="show" />
        <TextField source="period" />
        <FunctionField source="fromLimit" render={(r: R) => money(r.fromLimit)} />
        <FunctionField source="toLimit" render={(r: R) => money(r.toLimit)} />
        <FunctionField source="reason" render={(r: R) => reason(r.reason as { code: string; params: Record<string, string> })} />
        <EnumField source="status" enumName="CreditLimitChangeStatus" />
        <TextField source="proposedBy" />
        <TextField source="decidedBy" emptyText="—" />
        <Decide />
      </ResponsiveDatagrid>
    </ConsoleList>
  );
}

export const rules = { list: RuleList, ...formPages(RuleForm) };
export const changes = { list: ChangeList };
