import { useState } from 'react';
import { Button, ReferenceField, SelectInput, TextField, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { EmptyState, ListActions, useCanWrite } from '../common';
import { DateField, EnumField, useLocalFormat } from '../fields';
import { useTierwise } from '../dataProvider';
import type { ReferralStatus } from '@tierwise/client';
import { ConsoleList, ResponsiveDatagrid, type CardRecord as R } from '../lists';
import { choices } from '../choices';

const REFERRAL_FILTERS = [<SelectInput key="status" source="status" choices={choices.ReferralStatus} alwaysOn />];

/** Move a referral on from the queue. */
function ReferralActions() {
  const record = useRecordContext<{ id: string; version: number; status: string }>();
  const canWrite = useCanWrite();
  const [pending, setPending] = useState(false);
  const notify = useNotify();
  const refresh = useRefresh();
  const tierwise = useTierwise();
  if (!record || !canWrite || ['CONVERTED', 'CLOSED'].includes(record.status)) return null;
  const next = record.status === 'NEW' ? ['CONTACTED', 'CLOSED'] : ['CONVERTED', 'CLOSED'];
  return (
    <>
      {next.map((status) => (
        <Button
          key={status}
          label={`enums.ReferralStatus.${status}`}
          disabled={pending}
          onClick={async () => {
            setPending(true);
            try {
              await tierwise.setReferralStatus(record.id, record.version, status as ReferralStatus);
              refresh();
            } catch (err) {
              notify((err as Error).message, { type: 'error' });
            } finally {
              setPending(false);
            }
          }}
        />
      ))}
    </>
  );
}

function ReferralList() {
  const t = useTranslate();
  const format = useLocalFormat();
  const cards = {
    primaryText: (r: R) => `${t(`enums.NeedType.${r.scenario}`, { _: r.scenario ?? '' })} · ${t(`enums.ReferralStatus.${r.status}`, { _: r.status ?? '' })}`,
    secondaryText: (r: R) => r.notes,
    tertiaryText: (r: R) => format.dateTime(r.createdAt),
  };
  return (
    <ConsoleList filters={REFERRAL_FILTERS} sort={{ field: 'createdAt', order: 'DESC' }} actions={<ListActions />}>
      <ResponsiveDatagrid {...cards} rowClick={false} bulkActionButtons={false} empty={<EmptyState />}>
        <DateField source="createdAt" showTime />
        <ReferenceField source="partnerId" reference="PartnerInstitution" />
        <ReferenceField source="customerId" reference="Customer" />
        <EnumField source="scenario" enumName="NeedType" />
        <TextField source="notes" />
        <EnumField source="status" enumName="ReferralStatus" />
        <ReferralActions />
      </ResponsiveDatagrid>
    </ConsoleList>
  );
}

export default { list: ReferralList };
