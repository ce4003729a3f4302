import Visibility from '@mui/icons-material/Visibility';
import { useState } from 'react';
import { Alert, TextField as MuiTextField, Typography } from '@mui/material';
import {
  ArrayField,
  Button,
  Datagrid,
  EditButton,
  FunctionField,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectInput,
  Show,
  TabbedShowLayout,
  TextField,
  TopToolbar,
  usePermissions,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import type { RevealCustomerQuery } from '@tierwise/client';
import { Role } from '@tierwise/domain';
import { choices } from '../choices';
import { ActionDialog, EmptyState, formPages, HistoryButton, ListActions, useCanWrite, TIER_ORDER } from '../common';
import { ConsentsPanel } from './ConsentsPanel';
import { OrdersPanel } from './OrdersPanel';
import { PlansPanel } from './PlansPanel';
import { CreditLinesPanel } from './CreditLinesPanel';
import { InvestorProfilePanel } from './InvestorProfilePanel';
import { BenefitsPanel } from './BenefitsPanel';
import { ContactsPanel } from './ContactsPanel';
import { MessageTable } from '../outreachMessages/MessageTable';
import { CustomerInsights } from './CustomerInsights';
import { CustomerSummary } from './CustomerSummary';
import { CustomerForm } from './CustomerForm';
import { RiskAssessmentButton } from './RiskAssessmentDialog';
import { useTierwise } from '../dataProvider';
import { DateField, EnumField, MoneyField, formatDecimal, localName, useCodedText, useLocalFormat } from '../fields';
import { ConsoleList, ResponsiveDatagrid, type CardRecord as R } from '../lists';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="tierId" source="tierId" reference="Tier" sort={TIER_ORDER} alwaysOn>
    <SelectInput optionText={localName} />
  </ReferenceInput>,
  <SelectInput key="riskLevel" source="riskLevel" choices={choices.InvestorRiskLevel} />,
  <SelectInput key="lifeStage" source="lifeStage" choices={choices.LifeStage} />,
  <SelectInput key="occupation" source="occupation" choices={choices.Occupation} />,
];

function CustomerList() {
  const t = useTranslate();
  const cards = {
    primaryText: (r: R) => `${r.externalRef} · ${r.name}`,
    secondaryText: (r: R) =>
      [
        r.riskLevel && t(`enums.InvestorRiskLevel.${r.riskLevel}`, { _: r.riskLevel ?? '' }),
        r.lifeStage && t(`enums.LifeStage.${r.lifeStage}`, { _: r.lifeStage ?? '' }),
      ]
        .filter(Boolean)
        .join(' · '),
    tertiaryText: (r: R) => formatDecimal(r.aum),
  };
  return (
    <ConsoleList filters={filters} sort={{ field: 'externalRef', order: 'ASC' }} actions={<ListActions />}>
      <ResponsiveDatagrid {...cards} rowClick="show" bulkActionButtons={false} empty={<EmptyState />}>
        <TextField source="externalRef" />
        <TextField source="name" sortable={false} />
        <TextField source="phone" sortable={false} emptyText="—" />
        <ReferenceField source="tierId" reference="Tier" emptyText="—" sortable={false} />
        <MoneyField source="aum" />
        <EnumField source="riskLevel" enumName="InvestorRiskLevel" />
        <EnumField source="lifeStage" enumName="LifeStage" />
        <EnumField source="occupation" enumName="Occupation" />
      </ResponsiveDatagrid>
    </ConsoleList>
  );
}

/** Admins may see the personal data in full; the server audits every look. */
function RevealButton({ onReveal }: { onReveal: (data: RevealCustomerQuery['revealCustomer']) => void }) {
  const record = useRecordContext();
  const { permissions } = usePermissions<Role | null>();
  const tierwise = useTierwise();
  if (!record || permissions !== Role.ADMIN) return null;
  return (
    <Button label="tierwise.customers.reveal" onClick={async () => onReveal(await tierwise.revealCustomer(String(record.id)))}>
      <Visibility />
    </Button>
  );
}

/** Every message sent to the customer, and why any was not (the contact policy's reason). */
function CustomerMessages() {
  const record = useRecordContext<{ id: string }>();
  return record ? <MessageTable filter={{ customerId: record.id }} /> : null;
}

/** The customer closed their relationship with the institution (it counts as churn), or came back. */
function RelationshipButton() {
  const record = useRecordContext<{ id: string; version: number; closedAt?: string | null }>();
  const translate = useTranslate();
  const tierwise = useTierwise();
  const refresh = useRefresh();
  const [reason, setReason] = useState('');
  if (!record) return null;
  if (record.closedAt)
    return (
      <ActionDialog
        label="tierwise.customers.reopen"
        confirmLabel="tierwise.customers.reopen"
        onConfirm={async () => {
          await tierwise.reopenCustomerRelationship(String(record.id), record.version);
          refresh();
        }}
      >
        <Typography>{translate('tierwise.customers.reopenHelp')}</Typography>
      </ActionDialog>
    );
  return (
    <ActionDialog
      label="tierwise.customers.close"
      confirmLabel="tierwise.customers.close"
      disabled={!reason.trim() || reason.trim().length > 200}
      onConfirm={async () => {
        await tierwise.closeCustomerRelationship(String(record.id), record.version, reason.trim());
        setReason('');
        refresh();
      }}
    >
      <MuiTextField
        label={translate('tierwise.customers.closeReason')}
        helperText={translate('tierwise.customers.closeHelp')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        slotProps={{ htmlInput: { maxLength: 200 } }}
        fullWidth
        sx={{ mt: 1 }}
      />
    </ActionDialog>
  );
}

function ClosedNotice() {
  const record = useRecordContext<{ closedAt?: string | null; closedReason?: string | null }>();
  const translate = useTranslate();
  const format = useLocalFormat();
  if (!record?.closedAt) return null;
  return (
    <Alert severity="info" data-testid="relationship-closed" sx={{ m: 2, mb: 0 }}>
      {translate('tierwise.customers.closedOn', { date: format.date(record.closedAt), reason: record.closedReason ?? '—' })}
    </Alert>
  );
}

function CustomerShow() {
  const [revealed, setRevealed] = useState<RevealCustomerQuery['revealCustomer'] | null>(null);
  const canWrite = useCanWrite();
  const coded = useCodedText();
  const none = (
    <Typography variant="body2" color="text.secondary">
      —
    </Typography>
  );
  return (
    <Show
      actions={
        <TopToolbar>
          <RevealButton onReveal={setRevealed} />
          <RiskAssessmentButton />
          <HistoryButton />
          {canWrite && <RelationshipButton />}
          {canWrite && <EditButton />}
        </TopToolbar>
      }
    >
      <ClosedNotice />
      {revealed && (
        <Alert severity="warning" data-testid="revealed" sx={{ m: 2, mb: 0 }}>
          {revealed.name} · {revealed.phone ?? '—'} · {revealed.idNumber ?? '—'}
        </Alert>
      )}
      <CustomerSummary />
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="tierwise.customer360.profile">
          <TextField source="externalRef" />
          <TextField source="name" />
          <TextField source="phone" emptyText="—" />
          <TextField source="idNumber" emptyText="—" />
          <DateField source="birthDate" emptyText="—" options={{ timeZone: 'UTC' }} />
          <EnumField source="occupation" enumName="Occupation" />
          <EnumField source="lifeStage" enumName="LifeStage" />
          <EnumField source="language" enumName="Language" />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.Customer.fields.holdings" path="holdings">
          <MoneyField source="aum" />
          <ArrayField source="holdings" label={false}>
            <Datagrid
              bulkActionButtons={false}
              rowClick={false}
              empty={
                <Typography variant="body2" color="text.secondary">
                  {'—'}
                </Typography>
              }
              data-testid="holdings"
            >
              <ReferenceField source="productId" reference="Product" link="show" />
              <MoneyField source="amount" />
              <DateField source="startedAt" />
              <DateField source="maturesAt" emptyText="—" />
            </Datagrid>
          </ArrayField>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="tierwise.insights.title" path="insights">
          <CustomerInsights />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="tierwise.sales.title" path="orders">
          <OrdersPanel />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="tierwise.plans.title" path="plans">
          <PlansPanel />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="tierwise.credit.title" path="credit">
          <CreditLinesPanel />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="tierwise.advisory.contacts" path="contacts">
          <ContactsPanel />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="tierwise.outreach.contactHistory" path="messages">
          <CustomerMessages />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="tierwise.benefitsLedger.title" path="benefits">
          <BenefitsPanel />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.Customer.fields.consents" path="consents">
          <ConsentsPanel />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.Customer.fields.riskAssessments" path="assessments">
          <InvestorProfilePanel />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="tierwise.customer360.history" path="history">
          <ReferenceField source="tierId" reference="Tier" emptyText="—" />
          <DateField source="tierBelowFloorSince" emptyText="—" />
          <DateField source="tierReviewDue" emptyText="—" />
          <ArrayField source="tierHistory" label={false}>
            <Datagrid bulkActionButtons={false} rowClick={false} empty={none}>
              <DateField source="changedAt" showTime />
              <ReferenceField source="fromTierId" reference="Tier" emptyText="—" />
              <ReferenceField source="toTierId" reference="Tier" />
              <MoneyField source="basis" />
              <FunctionField
                source="reason"
                render={(c: { reason: string; reasonCode?: string | null; reasonParams?: Record<string, unknown> | null }) =>
                  coded('tierReasons', { code: c.reasonCode, params: c.reasonParams, fallback: c.reason })
                }
              />
            </Datagrid>
          </ArrayField>
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}

/**
 * Customers are loaded by the institution's systems (batch upserts); advisors complete the profile here, record
 * risk assessments and consents.
 */
export default {
  list: CustomerList,
  show: CustomerShow,
  ...formPages(CustomerForm),
};
