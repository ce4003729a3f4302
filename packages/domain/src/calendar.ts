/** Whether year-month-day names a day that exists (no 30 February, no 29 February outside leap years). */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day) || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const DATE_OR_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * A calendar date (`2026-01-31`, midnight UTC) or an ISO 8601 time with its offset (`2026-01-31T10:00:00+08:00`), refusing days
 * that do not exist and out-of-range times rather than rolling them over into the next month as `new Date` does.
 */
export function parseDateOrTime(text: string): Date | null {
  const m = DATE_OR_TIME.exec(text.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m;
  if (!isRealDate(Number(y), Number(mo), Number(d))) return null;
  if (h !== undefined && (Number(h) > 23 || Number(mi) > 59 || (s !== undefined && Number(s) > 59))) return null;
  // A time without its offset is ambiguous (the institution's zone? UTC?): it is refused, not guessed.
  if (h !== undefined && m[7] === undefined) return null;
  const date = new Date(h === undefined ? `${y}-${mo}-${d}T00:00:00Z` : text.trim().replace(' ', 'T'));
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The institution's time zone unless it sets another: calendar days, business hours and quiet hours are counted in it. */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

const formats = new Map<string, Intl.DateTimeFormat>();

/** A date format, made once per locale, options and zone (making one costs far more than using it; an unknown zone throws). */
export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

/** The calendar day (YYYY-MM-DD) an instant falls on in a time zone. */
export function calendarDay(at: Date, timeZone: string = DEFAULT_TIME_ZONE): string {
  const parts = dateFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Whether a real calendar day (YYYY-MM-DD) is meant: 2026-02-30 is not one. */
export function isCalendarDay(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return !!m && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}
