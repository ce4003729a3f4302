import type { RuleViolation } from './rule-violation';
import Decimal from 'decimal.js';

/** Exact decimals at 2 places (money, percentages); the database stores them as scaled integers. */
export const MONEY_SCALE = 2;
/** Largest amount a BIGINT of minor units holds exactly in every driver (safe-integer range). */
export const MAX_MONEY = '90071992547409.91';

const DECIMAL_PATTERN = /^(-?)(\d{1,16})(?:\.(\d{1,2}))?$/;

export class MoneyFormatError extends Error {}

/**
 * Parse a decimal string such as "9999999999999.99" to its integer minor units as a string, exactly.
 * Pure string work, like `fromMinorUnits`: it runs for every money value written.
 */
export function toMinorUnits(value: string): string {
  const text = value.trim().replace(/,/g, '');
  const match = DECIMAL_PATTERN.exec(text);
  if (!match) throw new MoneyFormatError(`"${value}" is not a decimal amount with at most ${MONEY_SCALE} decimal places`);
  const [, sign, whole, fraction = ''] = match;
  const digits = `${whole}${fraction.padEnd(MONEY_SCALE, '0')}`.replace(/^0+(?=\d)/, '');
  if (digits.length > 16 || (digits.length === 16 && digits > String(Number.MAX_SAFE_INTEGER))) {
    throw new MoneyFormatError(`"${value}" is larger than the largest supported amount ${MAX_MONEY}`);
  }
  return sign && digits !== '0' ? `-${digits}` : digits;
}

/**
 * Integer minor units (number, bigint or string from a driver) back to a fixed-point decimal string.
 * Pure string work: it runs for every money column of every row read, so no decimal objects here.
 */
export function fromMinorUnits(units: string | number | bigint, scale = MONEY_SCALE): string {
  const text = typeof units === 'string' ? units.trim() : units.toString();
  if (!/^-?\d+$/.test(text)) throw new MoneyFormatError(`${text} is not a whole number of minor units`);
  const negative = text.startsWith('-');
  const digits = (negative ? text.slice(1) : text).replace(/^0+(?=\d)/, '').padStart(scale + 1, '0');
  const result = `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return negative && /[1-9]/.test(digits) ? `-${result}` : result;
}

export function isDecimalString(value: string): boolean {
  return DECIMAL_PATTERN.test(value.trim().replace(/,/g, ''));
}

/** Compare two decimal strings exactly: negative, zero or positive. */
export function compareDecimal(a: string, b: string): number {
  return new Decimal(a).comparedTo(new Decimal(b));
}

/** Why `text` is not an amount this platform can hold (null when it is): the rule the API's Decimal scalar and the import share. */
export function moneyProblem(text: string): string | null {
  if (!isDecimalString(text)) return `"${text}" is not an amount with at most ${MONEY_SCALE} decimals`;
  try {
    toMinorUnits(text);
    return null;
  } catch (e) {
    if (e instanceof MoneyFormatError) return e.message;
    throw e;
  }
}

/** Whether a decimal string is below zero (an amount such as a minimum investment, an AUM or an income cannot be). */
export function isNegativeAmount(value: string | null | undefined): boolean {
  return value !== null && value !== undefined && isDecimalString(value) && compareDecimal(value.replace(/,/g, ''), '0') < 0;
}

/** One violation per amount that is below zero: the rule the API and the console apply to money that cannot be negative. */
export function negativeAmountViolations(amounts: Record<string, string | null | undefined>): RuleViolation[] {
  return Object.entries(amounts)
    .filter(([, v]) => isNegativeAmount(v))
    .map(([field]) => ({ code: 'NEGATIVE_AMOUNT', field, message: `${field} cannot be negative` }));
}
