import { Chip, InputAdornment } from '@mui/material';
import { SelectInput, TextInput, useRecordContext, useTranslate, type SelectInputProps, type TextInputProps } from 'react-admin';
import { isDecimalString } from '@tierwise/domain';
import { nonNegative } from './validate';
import { choices } from './choices';
import { RISK_COLOURS, formatDecimal } from './fields';

const stripGrouping = (v: string) => (v === '' ? null : v.replace(/,/g, '').trim());

/** Decimal strings with at most 2 decimals (the API's Decimal scalar), validated as the server does. */
export const validDecimal = (value: unknown) =>
  value === null || value === undefined || value === '' || isDecimalString(String(value)) ? undefined : 'tierwise.validation.decimal';

/**
 * An exact money amount: typed and kept as a decimal string (never a float), shown with thousands separators
 * and the currency beside it. It cannot be negative.
 */
export function MoneyInput({ currency = 'CNY', validate, ...props }: TextInputProps & { currency?: string }) {
  const rules = [validDecimal, nonNegative, ...(Array.isArray(validate) ? validate : validate ? [validate] : [])];
  return (
    <TextInput
      {...props}
      validate={rules}
      format={(v: string | null) => (v === null || v === undefined ? '' : isDecimalString(v) ? formatDecimal(v).replace('—', '') : v)}
      parse={stripGrouping}
      slotProps={{ input: { endAdornment: <InputAdornment position="end">{currency}</InputAdornment>, inputMode: 'decimal' } }}
    />
  );
}

/** A percentage with at most 2 decimals, kept exact as a string. */
export function PercentInput(props: TextInputProps) {
  return (
    <TextInput
      {...props}
      validate={validDecimal}
      parse={stripGrouping}
      slotProps={{ input: { endAdornment: <InputAdornment position="end">%</InputAdornment>, inputMode: 'decimal' } }}
    />
  );
}

function RiskChoice() {
  const translate = useTranslate();
  const record = useRecordContext<{ id: string; name: string }>();
  if (!record) return null;
  return <Chip size="small" label={translate(record.name)} sx={{ bgcolor: RISK_COLOURS[record.id], color: '#fff', fontWeight: 600 }} />;
}

/** Product risk level, each choice a coloured chip (R1 green … R5 red). */
export function RiskLevelInput(props: Omit<SelectInputProps, 'choices'>) {
  return <SelectInput {...props} choices={choices.RiskLevel} optionText={<RiskChoice />} translateChoice={false} />;
}
