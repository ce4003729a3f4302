import { Chip } from '@mui/material';
import {
  DateField as RaDateField,
  FunctionField,
  NumberField as RaNumberField,
  useLocaleState,
  useRecordContext,
  useTranslate,
  type DateFieldProps,
  type FieldProps,
  type NumberFieldProps,
} from 'react-admin';
import { i18nProvider } from './i18n';
import { codedText } from './i18n/coded';

export const RISK_COLOURS: Record<string, string> = { R1: '#2e7d32', R2: '#689f38', R3: '#f9a825', R4: '#ef6c00', R5: '#c62828' };

/** A product risk level as a coloured chip, R1 green … R5 red. */
export function RiskLevelField({ source = 'riskLevel' }: FieldProps) {
  const record = useRecordContext();
  const value = record?.[source] as string | undefined;
  if (!value) return null;
  return <Chip size="small" label={value} sx={{ bgcolor: RISK_COLOURS[value], color: '#fff', fontWeight: 600 }} />;
}

/** An enum value with its translated label. */
export function EnumField({ source, enumName }: FieldProps & { source: string; enumName: string }) {
  const translate = useTranslate();
  return <FunctionField source={source} render={(r: Record<string, string>) => (r[source] ? translate(`enums.${enumName}.${r[source]}`) : '')} />;
}

/** An exact decimal string shown with thousands separators (never through a float for the digits). */
export function formatDecimal(value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  const [whole, fraction] = value.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction && !/^0+$/.test(fraction) ? `${grouped}.${fraction}` : grouped;
}

export function MoneyField({ source, currencySource }: FieldProps & { source: string; currencySource?: string }) {
  return (
    <FunctionField
      source={source}
      render={(r: Record<string, string>) => (r[source] == null ? '—' : `${formatDecimal(r[source])}${currencySource ? ` ${r[currencySource] ?? ''}` : ''}`)}
    />
  );
}

type Named = { name?: string | null; nameEn?: string | null; code?: string | null };

/** A record's name in a language: the Chinese name, or the English one when set and English is chosen. */
export const nameIn = (locale: string, r: Named | undefined | null): string => (r ? ((locale.startsWith('zh') ? r.name : r.nameEn || r.name) ?? '') : '');

/** The name in the language chosen now: for react-admin's `optionText` and `recordRepresentation`, which take a plain function. */
export const localName = (r: Named | undefined | null) => nameIn(i18nProvider.getLocale(), r);

/** "CODE · name" in the chosen language (products, whose codes people search by). */
export const localCodeAndName = (r: Named | undefined | null) => (r ? `${r.code} · ${localName(r)}` : '');

export function useLocalName() {
  const [locale] = useLocaleState();
  return (r: Named | undefined | null) => nameIn(locale, r);
}

/**
 * A list column of names in the chosen language; head it "tierwise.fields.localName" ("Name", not "Name (Chinese)"):
 * Datagrid reads the label from the props.
 */
export function LocalNameField({ label }: { label: string; sortBy?: string }) {
  const name = useLocalName();
  return <FunctionField label={label} sortBy="name" render={(r: Named) => name(r)} />;
}

/** A referenced record's name as a chip, in the chosen language. */
export function LocalNameChip() {
  const record = useRecordContext<Named>();
  const name = useLocalName();
  return record ? <Chip size="small" label={name(record)} sx={{ m: 0.25 }} /> : null;
}

/** A text the server sent as a code with parameters, in the console's language (see i18n/coded.ts). */
export function useCodedText() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (family: Parameters<typeof codedText>[2], text: Parameters<typeof codedText>[3]) => codedText(translate, locale, family, text);
}

/** Dates and numbers written the way the console's language writes them (not the browser's locale). */
export function useLocalFormat() {
  const [locale] = useLocaleState();
  return {
    locale,
    date: (v: string | Date | null | undefined) => (v ? new Date(v).toLocaleDateString(locale) : '—'),
    dateTime: (v: string | Date | null | undefined) => (v ? new Date(v).toLocaleString(locale) : '—'),
    number: (n: number | null | undefined) => (n == null ? '—' : n.toLocaleString(locale)),
  };
}

/** react-admin's DateField in the console's language (react-admin's own follows the browser). */
export function DateField(props: DateFieldProps) {
  const [locale] = useLocaleState();
  return <RaDateField locales={locale} {...props} />;
}

/** react-admin's NumberField in the console's language. */
export function NumberField(props: NumberFieldProps) {
  const [locale] = useLocaleState();
  return <RaNumberField locales={locale} {...props} />;
}

/** A description in the chosen language (the English one when set and English is chosen). */
export function LocalDescriptionField({ label }: { label: string }) {
  const [locale] = useLocaleState();
  return (
    <FunctionField
      label={label}
      render={(r: { description?: string | null; descriptionEn?: string | null }) =>
        (locale.startsWith('zh') ? r.description : r.descriptionEn || r.description) || '—'
      }
    />
  );
}
