import { Datagrid, List, TextField, useTranslate } from 'react-admin';
import { EmptyState, ListActions } from '../common';
import { EnumField, LocalNameField, MoneyField, NumberField, formatDecimal, useLocalFormat, useLocalName } from '../fields';
import { RetierStatus } from './RetierStatus';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the card texts read the record's fields by name
import { ConsoleList, ResponsiveDatagrid } from '../lists';
type R = Record<string, any>;

export function TierList() {
  const t = useTranslate();
  const name = useLocalName();
  const format = useLocalFormat();
  return (
    <ConsoleList sort={{ field: 'minAum', order: 'ASC' }} pagination={false} perPage={100} actions={<ListActions filters={false} />} empty={<EmptyState />}>
      <RetierStatus />
      <ResponsiveDatagrid primaryText={(r: R) => name(r)} secondaryText={(r: R) => `${r.code} · ${formatDecimal(r.minAum)} – ${r.maxAum ? formatDecimal(r.maxAum) : '∞'}`} tertiaryText={(r: R) => t('tierwise.cards.minutes', { count: r.responseSlaMinutes })} rowClick="show" bulkActionButtons={false}>
        <TextField source="code" />
        <LocalNameField label="tierwise.fields.localName" />
        <MoneyField source="minAum" />
        <MoneyField source="maxAum" />
        <NumberField source="responseSlaMinutes" />
        <EnumField source="advisorModel" enumName="AdvisorModel" />
        <NumberField source="followUpIntervalDays" emptyText="—" />
      </ResponsiveDatagrid>
    </ConsoleList>
  );
}
