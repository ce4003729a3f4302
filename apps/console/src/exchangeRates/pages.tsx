import { useState } from 'react';
import { calendarDay } from '@tierwise/domain';
import { Stack, TextField as MuiTextField, Typography } from '@mui/material';
import { TextField, TextInput, TopToolbar, FilterButton, useNotify, useRefresh, useTranslate } from 'react-admin';
import { ActionDialog, EmptyState, useCanWrite } from '../common';
import { ExportAllButton } from '../ExportAllButton';
import { useTierwise } from '../dataProvider';
import { DateField, useLocalFormat } from '../fields';
import { ConsoleList, ResponsiveDatagrid, type CardRecord as R } from '../lists';

const FILTERS = [<TextInput key="currency" source="currency" alwaysOn parse={(v: string) => v.toUpperCase()} />];

const CURRENCY = /^[A-Z]{3}$/;
const RATE = /^(?!0+(\.0+)?$)\d{1,6}(\.\d{1,8})?$/;

/** Record (or replace) a currency's rate for a day; the server refuses CNY, a day that does not exist, a rate ≤ 0. */
function RecordRateButton() {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const tierwise = useTierwise();
  const [currency, setCurrency] = useState('USD');
  const [day, setDay] = useState(() => calendarDay(new Date()));
  const [rate, setRate] = useState('');
  const valid = CURRENCY.test(currency) && currency !== 'CNY' && /^\d{4}-\d{2}-\d{2}$/.test(day) && RATE.test(rate);
  return (
    <ActionDialog
      label="tierwise.exchangeRates.record"
      confirmLabel="tierwise.exchangeRates.record"
      disabled={!valid}
      onConfirm={async () => {
        await tierwise.setExchangeRate(currency, day, rate);
        notify('tierwise.exchangeRates.recorded', { type: 'success', messageArgs: { currency, day } });
        refresh();
      }}
    >
      <Stack spacing={2} sx={{ mt: 1 }}>
        <Typography variant="body2" color="text.secondary">
          {translate('tierwise.exchangeRates.help')}
        </Typography>
        <MuiTextField
          label={translate('resources.ExchangeRate.fields.currency')}
          value={currency}
          onChange={(e) => setCurrency(e.target.value.toUpperCase())}
          slotProps={{ htmlInput: { maxLength: 3 } }}
          error={currency === 'CNY'}
          helperText={currency === 'CNY' ? translate('tierwise.exchangeRates.noCny') : ' '}
        />
        <MuiTextField
          label={translate('resources.ExchangeRate.fields.day')}
          type="date"
          value={day}
          onChange={(e) => setDay(e.target.value)}
          slotProps={{ inputLabel: { shrink: true } }}
        />
        <MuiTextField
          label={translate('resources.ExchangeRate.fields.cnyPerUnit')}
          value={rate}
          onChange={(e) => setRate(e.target.value.trim())}
          slotProps={{ htmlInput: { inputMode: 'decimal' } }}
          error={rate !== '' && !RATE.test(rate)}
          helperText={translate('tierwise.exchangeRates.rateHelp')}
        />
      </Stack>
    </ActionDialog>
  );
}

function ExchangeRateList() {
  const canWrite = useCanWrite();
  const format = useLocalFormat();
  const cards = {
    primaryText: (r: R) => `${r.currency} · ${r.day}`,
    secondaryText: (r: R) => `1 ${r.currency} = ${r.cnyPerUnit} CNY`,
    tertiaryText: (r: R) => `${r.recordedBy} · ${format.dateTime(r.recordedAt)}`,
  };
  return (
    <ConsoleList
      empty={false} // the toolbar (with "Record a rate") stays when there is no rate yet
      filters={FILTERS}
      sort={{ field: 'day', order: 'DESC' }}
      actions={
        <TopToolbar>
          <FilterButton />
          {canWrite && <RecordRateButton />}
          <ExportAllButton />
        </TopToolbar>
      }
    >
      <ResponsiveDatagrid {...cards} rowClick={false} bulkActionButtons={false} empty={<EmptyState />}>
        <TextField source="day" />
        <TextField source="currency" />
        <TextField source="cnyPerUnit" sortable={false} />
        <TextField source="recordedBy" sortable={false} />
        <DateField source="recordedAt" showTime />
      </ResponsiveDatagrid>
    </ConsoleList>
  );
}

export default { list: ExchangeRateList };
