import { TextField, useTranslate } from 'react-admin';
import { ListActions } from '../common';
import { EnumField, LocalNameField, MoneyField, NumberField, formatDecimal, useLocalName } from '../fields';
import { RetierStatus } from './RetierStatus';

import { ConsoleList, ResponsiveDatagrid, type CardRecord as R } from '../lists';

export function TierList() {
  const t = useTranslate();
  const name = useLocalName();
  const cards = {
    primaryText: (r: R) => name(r),
    secondaryText: (r: R) => `${r.code} · ${formatDecimal(r.minAum)} – ${r.maxAum ? formatDecimal(r.maxAum) : '∞'}`,
    tertiaryText: (r: R) => t('tierwise.cards.minutes', { count: r.responseSlaMinutes }),
  };
  return (
    <ConsoleList sort={{ field: 'minAum', order: 'ASC' }} pagination={false} perPage={100} actions={<ListActions filters={false} />}>
      <RetierStatus />
      <ResponsiveDatagrid {...cards} rowClick="show" bulkActionButtons={false}>
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
