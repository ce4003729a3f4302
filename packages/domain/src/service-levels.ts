import { calendarDay, DEFAULT_TIME_ZONE } from './calendar';
import type { RuleViolation } from './rule-violation';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** Opening hours of one day, local wall-clock time "HH:MM" (close after open; "24:00" for midnight). */
export interface OpeningHours {
  open: string;
  close: string;
}

/**
 * A business calendar: opening hours per weekday (1 = Monday … 7 = Sunday; null = closed), public holidays (closed
 * whatever the weekday) and the make-up working days that move a weekend (调休: open, with the regular weekday hours),
 * in the institution's time zone.
 */
export interface BusinessCalendar {
  timeZone: string;
  weekdays: Record<1 | 2 | 3 | 4 | 5 | 6 | 7, OpeningHours | null>;
  /** YYYY-MM-DD days closed. */
  holidays: readonly string[];
  /** YYYY-MM-DD days open although they fall on a weekend; the hours of the first open weekday apply. */
  workdays: readonly string[];
}

/** A branch's default calendar: Monday to Friday 09:00–17:00, Asia/Shanghai, no holidays yet. */
export const DEFAULT_BUSINESS_CALENDAR: BusinessCalendar = {
  timeZone: DEFAULT_TIME_ZONE,
  weekdays: {
    1: { open: '09:00', close: '17:00' },
    2: { open: '09:00', close: '17:00' },
    3: { open: '09:00', close: '17:00' },
    4: { open: '09:00', close: '17:00' },
    5: { open: '09:00', close: '17:00' },
    6: null,
    7: null,
  },
  holidays: [],
  workdays: [],
};

const HHMM = /^([01]\d|2[0-4]):([0-5]\d)$/;
const minutesOf = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
};

/** What is wrong with a calendar (bad times, a close before its open, a day both a holiday and a workday). */
export function calendarViolations(cal: BusinessCalendar): RuleViolation[] {
  const problems: RuleViolation[] = [];
  for (const [day, hours] of Object.entries(cal.weekdays)) {
    if (!hours) continue;
    if (!HHMM.test(hours.open) || !HHMM.test(hours.close) || minutesOf(hours.close) <= minutesOf(hours.open) || minutesOf(hours.close) > 24 * 60) {
      problems.push({
        field: `weekdays.${day}`,
        code: 'BAD_OPENING_HOURS',
        message: `Opening hours of weekday ${day} must be HH:MM with the close after the open`,
      });
    }
  }
  const both = cal.holidays.filter((d) => cal.workdays.includes(d));
  if (both.length)
    problems.push({ field: 'workdays', code: 'HOLIDAY_AND_WORKDAY', message: `${both.join(', ')} cannot be both a holiday and a make-up working day` });
  return problems;
}

/** The offset (minutes east of UTC) of a time zone at an instant. */
function offsetMinutes(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(at);
  const n = (t: string) => Number(parts.find((p) => p.type === t)!.value);
  const local = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'));
  return Math.round((local - Math.floor(at.getTime() / MINUTE) * MINUTE) / MINUTE);
}

/** The instant a local wall-clock minute of a calendar day stands for in a time zone. */
function localInstant(day: string, minuteOfDay: number, timeZone: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  const guess = Date.UTC(y, m - 1, d) + minuteOfDay * MINUTE;
  return new Date(guess - offsetMinutes(new Date(guess), timeZone) * MINUTE);
}

const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + DAY).toISOString().slice(0, 10);
const isoWeekday = (day: string) => ((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;

/** The hours a calendar day is open (null when closed): holidays close, make-up days open with weekday hours. */
export function openingOn(day: string, cal: BusinessCalendar): OpeningHours | null {
  if (cal.holidays.includes(day)) return null;
  if (cal.workdays.includes(day)) return ([1, 2, 3, 4, 5] as const).map((w) => cal.weekdays[w]).find((h) => h) ?? null;
  return cal.weekdays[isoWeekday(day) as 1 | 2 | 3 | 4 | 5 | 6 | 7];
}

/** An interval of time, its end exclusive (null: open-ended). */
export interface Interval {
  from: Date;
  to: Date | null;
}

/** The working intervals from `start` on, day by day (at most `maxDays` ahead: a calendar with no opening at all ends). */
function* workingIntervals(start: Date, cal: BusinessCalendar | null, maxDays = 800): Generator<Interval> {
  if (!cal) {
    yield { from: start, to: null }; // 24×7
    return;
  }
  let day = calendarDay(start, cal.timeZone);
  for (let i = 0; i < maxDays; i++, day = nextDay(day)) {
    const hours = openingOn(day, cal);
    if (!hours) continue;
    const from = localInstant(day, minutesOf(hours.open), cal.timeZone);
    const to = localInstant(day, minutesOf(hours.close), cal.timeZone);
    if (to <= start) continue;
    yield { from: from < start ? start : from, to };
  }
}

/** `interval` minus the pauses, as the pieces left (pauses sorted or not; an open pause runs on for ever). */
function withoutPauses(interval: Interval, pauses: readonly Interval[]): Interval[] {
  let pieces: Interval[] = [interval];
  for (const p of pauses) {
    const next: Interval[] = [];
    for (const piece of pieces) {
      const pieceEnd = piece.to?.getTime() ?? Infinity;
      const pauseEnd = p.to?.getTime() ?? Infinity;
      if (pauseEnd <= piece.from.getTime() || p.from.getTime() >= pieceEnd) {
        next.push(piece);
        continue;
      }
      if (p.from > piece.from) next.push({ from: piece.from, to: p.from });
      if (pauseEnd < pieceEnd) next.push({ from: new Date(pauseEnd), to: piece.to });
    }
    pieces = next;
  }
  return pieces.sort((a, b) => a.from.getTime() - b.from.getTime());
}

/**
 * When a target of `minutes` of working time started at `start` falls due: on the business calendar (or 24×7 when
 * none), not counting the pauses (waiting for the customer). Null while an open-ended pause stops the clock before
 * the target is reached.
 */
export function slaDeadline(start: Date, minutes: number, cal: BusinessCalendar | null, pauses: readonly Interval[] = []): Date | null {
  let left = minutes * MINUTE;
  const stopped = pauses.find((p) => p.to === null);
  for (const interval of workingIntervals(start, cal)) {
    if (stopped && interval.from >= stopped.from) return null; // stopped before the target: no deadline until it resumes
    for (const piece of withoutPauses(interval, pauses)) {
      const length = (piece.to?.getTime() ?? Infinity) - piece.from.getTime();
      if (length >= left) return new Date(piece.from.getTime() + left);
      left -= length;
    }
  }
  return null;
}

/** Working minutes between two instants (negative when `to` is before `from`), pauses excluded. */
export function workingMinutesBetween(from: Date, to: Date, cal: BusinessCalendar | null, pauses: readonly Interval[] = []): number {
  if (to < from) return -workingMinutesBetween(to, from, cal, pauses);
  let total = 0;
  for (const interval of workingIntervals(from, cal)) {
    if (interval.from >= to) break;
    for (const piece of withoutPauses({ from: interval.from, to: interval.to && interval.to < to ? interval.to : to }, pauses)) {
      total += (piece.to!.getTime() - piece.from.getTime()) / MINUTE;
    }
  }
  return Math.round(total);
}

/** The shares of a target at which a warning is due (default 50% and 80%), then the breach at 100%. */
export const DEFAULT_WARNING_SHARES: readonly number[] = [0.5, 0.8];

/** The milestones of one clock: each warning share and the breach, with when each falls due (null while paused). */
export function slaMilestones(start: Date, minutes: number, cal: BusinessCalendar | null, pauses: readonly Interval[] = [], shares = DEFAULT_WARNING_SHARES) {
  return [...shares, 1].map((share) => ({
    share,
    kind: share >= 1 ? ('BREACH' as const) : ('WARNING' as const),
    dueAt: slaDeadline(start, Math.ceil(minutes * share), cal, pauses),
  }));
}
