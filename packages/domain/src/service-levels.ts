import { calendarDay, dateFormat, DEFAULT_TIME_ZONE } from './calendar';
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
  const parts = dateFormat('en-US', {
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
export function localInstant(day: string, minuteOfDay: number, timeZone: string): Date {
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

/** A service request's life: NEW → ASSIGNED → (WAITING_FOR_CUSTOMER ⇄ IN_PROGRESS) → RESOLVED → CLOSED, reopened from RESOLVED. */
export enum ServiceRequestStatus {
  NEW = 'NEW',
  ASSIGNED = 'ASSIGNED',
  WAITING_FOR_CUSTOMER = 'WAITING_FOR_CUSTOMER',
  IN_PROGRESS = 'IN_PROGRESS',
  RESOLVED = 'RESOLVED',
  CLOSED = 'CLOSED',
}

export const SERVICE_TRANSITIONS: Readonly<Record<ServiceRequestStatus, readonly ServiceRequestStatus[]>> = {
  NEW: [ServiceRequestStatus.ASSIGNED, ServiceRequestStatus.IN_PROGRESS, ServiceRequestStatus.WAITING_FOR_CUSTOMER, ServiceRequestStatus.RESOLVED],
  ASSIGNED: [ServiceRequestStatus.IN_PROGRESS, ServiceRequestStatus.WAITING_FOR_CUSTOMER, ServiceRequestStatus.RESOLVED],
  WAITING_FOR_CUSTOMER: [ServiceRequestStatus.IN_PROGRESS, ServiceRequestStatus.RESOLVED],
  IN_PROGRESS: [ServiceRequestStatus.WAITING_FOR_CUSTOMER, ServiceRequestStatus.RESOLVED],
  RESOLVED: [ServiceRequestStatus.CLOSED, ServiceRequestStatus.IN_PROGRESS],
  CLOSED: [],
};

export function serviceTransitionViolation(from: ServiceRequestStatus, to: ServiceRequestStatus): RuleViolation | null {
  if (SERVICE_TRANSITIONS[from].includes(to)) return null;
  const next = SERVICE_TRANSITIONS[from];
  return {
    field: 'status',
    code: 'INVALID_SERVICE_TRANSITION',
    message: `A ${from} request cannot become ${to}${next.length ? ` (it can become ${next.join(' or ')})` : ' (it is closed)'}`,
  };
}

export enum ServiceCategory {
  CONSULTATION = 'CONSULTATION',
  COMPLAINT = 'COMPLAINT',
  TRANSACTION_HELP = 'TRANSACTION_HELP',
  BENEFIT_BOOKING = 'BENEFIT_BOOKING',
  DOCUMENT = 'DOCUMENT',
  OTHER = 'OTHER',
}

export enum ServiceChannel {
  APP = 'APP',
  PHONE = 'PHONE',
  BRANCH = 'BRANCH',
  WECHAT = 'WECHAT',
}

/** Online channels run their clocks 24×7; the branch runs on its business calendar. */
export const runsOnBusinessHours = (channel: ServiceChannel) => channel === ServiceChannel.BRANCH;

/** Resolution targets per category (minutes of working time), the default policy. */
export const DEFAULT_RESOLUTION_MINUTES: Readonly<Record<ServiceCategory, number>> = {
  CONSULTATION: 24 * 60,
  COMPLAINT: 2 * 24 * 60,
  TRANSACTION_HELP: 8 * 60,
  BENEFIT_BOOKING: 24 * 60,
  DOCUMENT: 3 * 24 * 60,
  OTHER: 3 * 24 * 60,
};

/**
 * The service-level policy a request is held to, pinned when it is created (a later edit of the tier, the calendar or
 * the targets never re-times it): first-response and resolution targets, the calendar (null: 24×7), the warning shares.
 */
export interface PinnedPolicy {
  firstResponseMinutes: number;
  resolutionMinutes: number;
  calendar: BusinessCalendar | null;
  warningShares: readonly number[];
}

export function pinPolicy(
  tierResponseMinutes: number,
  category: ServiceCategory,
  channel: ServiceChannel,
  branch: BusinessCalendar,
  shares = DEFAULT_WARNING_SHARES,
): PinnedPolicy {
  return {
    firstResponseMinutes: tierResponseMinutes,
    resolutionMinutes: DEFAULT_RESOLUTION_MINUTES[category],
    calendar: runsOnBusinessHours(channel) ? branch : null,
    warningShares: [...shares],
  };
}

/** The waiting-for-customer pauses of a request from its status history: each stretch in WAITING_FOR_CUSTOMER. */
export function pausesFrom(history: readonly { status: ServiceRequestStatus; at: Date }[]): Interval[] {
  const pauses: Interval[] = [];
  let open: Date | null = null;
  for (const h of [...history].sort((a, b) => a.at.getTime() - b.at.getTime())) {
    if (h.status === ServiceRequestStatus.WAITING_FOR_CUSTOMER && !open) open = h.at;
    else if (h.status !== ServiceRequestStatus.WAITING_FOR_CUSTOMER && open) {
      pauses.push({ from: open, to: h.at });
      open = null;
    }
  }
  if (open) pauses.push({ from: open, to: null });
  return pauses;
}

export enum ServicePriority {
  LOW = 'LOW',
  NORMAL = 'NORMAL',
  HIGH = 'HIGH',
  URGENT = 'URGENT',
}

/** The clocks of a request: the first response, and the resolution. */
export enum SlaMetric {
  FIRST_RESPONSE = 'FIRST_RESPONSE',
  RESOLUTION = 'RESOLUTION',
}

/** Exclusive services a high-net-worth customer is promised each calendar year (redemptions of exclusive benefits and needs interviews). */
export const EXCLUSIVE_SERVICES_PER_YEAR = 4;

/**
 * How many of an annual target are due by `at`, pro rata through the calendar year in the institution's time zone
 * (whole services: 4 a year → 1 due from the end of the first quarter on).
 */
export function proRataTarget(annual: number, at: Date, timeZone: string): number {
  const day = calendarDay(at, timeZone);
  const year = Number(day.slice(0, 4));
  const start = Date.UTC(year, 0, 1);
  const days = (Date.UTC(year + 1, 0, 1) - start) / DAY;
  const elapsed = (Date.parse(`${day}T00:00:00Z`) - start) / DAY + 1;
  return Math.floor((annual * elapsed) / days);
}

/** A branch window: a general one (priority calling: the higher tier first), or the dedicated one of priority tiers (专属窗口). */
export enum BranchWindow {
  GENERAL = 'GENERAL',
  DEDICATED = 'DEDICATED',
}

export interface WaitingTicket {
  id: string;
  /** The tier's rank: higher is called first (0 for a walk-in without a tier). */
  priority: number;
  /** May use the dedicated window (a tier served by a private banker). */
  dedicated: boolean;
  issuedAt: Date;
}

/**
 * The ticket a window calls next: the dedicated window only the dedicated tickets, first come first served; a general
 * window the highest priority first, then the earliest (优先叫号).
 */
export function nextTicket<T extends WaitingTicket>(waiting: readonly T[], window: BranchWindow): T | null {
  const candidates = window === BranchWindow.DEDICATED ? waiting.filter((t) => t.dedicated) : [...waiting];
  candidates.sort(
    (a, b) => (window === BranchWindow.DEDICATED ? 0 : b.priority - a.priority) || a.issuedAt.getTime() - b.issuedAt.getTime() || a.id.localeCompare(b.id),
  );
  return candidates[0] ?? null;
}
