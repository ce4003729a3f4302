import { calendarDay, dateFormat, DEFAULT_TIME_ZONE } from './calendar';
import { localInstant } from './service-levels';

const DAY = 24 * 60 * 60 * 1000;

/** How a message reaches the customer. */
export enum MessageChannel {
  SMS = 'SMS',
  APP_PUSH = 'APP_PUSH',
  WECHAT = 'WECHAT',
}

/**
 * What a message is: marketing (sells), a reminder (maturity and the like: still an approach to the customer), or
 * transactional (an order confirmation — never anything that sells), which is exempt from caps and quiet hours.
 */
export enum MessageCategory {
  MARKETING = 'MARKETING',
  REMINDER = 'REMINDER',
  TRANSACTIONAL = 'TRANSACTIONAL',
}

/** Why a message was not sent (kept with it), or held. */
export type NotSentReason = 'NO_CONSENT' | 'CAP_REACHED' | 'QUIET_HOURS_HELD' | 'COOLING_OFF' | 'SUPPRESSED' | 'DUPLICATE' | 'STALE';

export interface FrequencyCap {
  channel: MessageChannel;
  category: MessageCategory;
  /** At most this many a calendar day (the customer's time zone). */
  perDay: number | null;
  /** At most this many in the 7 calendar days ending on the day of sending. */
  perWeek: number | null;
}

/** The institution's contact policy. */
export interface ContactPolicy {
  caps: readonly FrequencyCap[];
  /** Local wall-clock "HH:MM" window (it may cross midnight) when nothing but transactional messages goes out. */
  quietHours: { start: string; end: string } | null;
  /** After `ignored` messages ignored within `withinDays`, the customer rests `restDays` from the last of them. */
  suppression: { ignored: number; withinDays: number; restDays: number } | null;
}

export const DEFAULT_CONTACT_POLICY: ContactPolicy = {
  caps: [
    { channel: MessageChannel.SMS, category: MessageCategory.MARKETING, perDay: 2, perWeek: 5 },
    { channel: MessageChannel.APP_PUSH, category: MessageCategory.MARKETING, perDay: 3, perWeek: 10 },
    { channel: MessageChannel.WECHAT, category: MessageCategory.MARKETING, perDay: 2, perWeek: 6 },
  ],
  quietHours: { start: '21:00', end: '08:00' },
  suppression: { ignored: 3, withinDays: 30, restDays: 30 },
};

/** What is known of the customer when the message would go out (re-read at that moment). */
export interface ContactFacts {
  /** The channel's marketing consent in force. */
  consented: boolean;
  inCoolingOff: boolean;
  /** The messages already sent, for the caps. */
  sent: readonly { channel: MessageChannel; category: MessageCategory; sentAt: Date }[];
  /** When the customer ignored an approach (no open or click within its window). */
  ignoredAt: readonly Date[];
  /** The same reminder (holding, offset, channel) went out already. */
  duplicate: boolean;
  /** What the message is about no longer holds (the holding does not mature then any more). */
  stale: boolean;
  /** The customer's time zone (the institution's unless known). */
  timeZone?: string;
}

export type ContactDecision =
  { outcome: 'SEND' } | { outcome: 'HOLD'; reason: 'QUIET_HOURS_HELD'; until: Date } | { outcome: 'DROP'; reason: Exclude<NotSentReason, 'QUIET_HOURS_HELD'> };

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** The local minute of the day of an instant in a time zone. */
function localMinute(at: Date, timeZone: string): number {
  const parts = dateFormat('en-US', { timeZone, hourCycle: 'h23', hour: 'numeric', minute: 'numeric' }).formatToParts(at);
  const n = (t: string) => Number(parts.find((p) => p.type === t)!.value);
  return n('hour') * 60 + n('minute');
}

/** When quiet hours holding `at` end (null when `at` is outside them). */
export function quietHoursEnd(at: Date, quiet: ContactPolicy['quietHours'], timeZone: string): Date | null {
  if (!quiet) return null;
  const start = minutesOf(quiet.start);
  const end = minutesOf(quiet.end);
  const now = localMinute(at, timeZone);
  const inside = start <= end ? now >= start && now < end : now >= start || now < end;
  if (!inside) return null;
  const today = calendarDay(at, timeZone);
  const endToday = localInstant(today, end, timeZone);
  return endToday > at ? endToday : localInstant(calendarDay(new Date(at.getTime() + DAY), timeZone), end, timeZone);
}

/** The end of the rest a run of ignored approaches imposes, if `at` falls within it. */
function suppressedUntil(at: Date, ignoredAt: readonly Date[], rule: ContactPolicy['suppression']): Date | null {
  if (!rule) return null;
  const sorted = [...ignoredAt].filter((d) => d <= at).sort((a, b) => a.getTime() - b.getTime());
  let until: Date | null = null;
  for (let i = rule.ignored - 1; i < sorted.length; i++) {
    const last = sorted[i];
    const first = sorted[i - rule.ignored + 1];
    if (last.getTime() - first.getTime() <= rule.withinDays * DAY) {
      const end = new Date(last.getTime() + rule.restDays * DAY);
      if (end > at && (!until || end > until)) until = end;
    }
  }
  return until;
}

/**
 * The one contact-policy decision, for every message at the moment it would go out: a transactional message goes
 * (unless a duplicate or stale); any other needs the channel's consent, never goes during cooling-off or a rest after
 * ignored approaches, is held (not dropped) through quiet hours, and counts against the caps of the customer's
 * calendar day — and week — it is sent on.
 */
export function contactDecision(
  message: { channel: MessageChannel; category: MessageCategory; at: Date },
  facts: ContactFacts,
  policy: ContactPolicy = DEFAULT_CONTACT_POLICY,
): ContactDecision {
  if (facts.duplicate) return { outcome: 'DROP', reason: 'DUPLICATE' };
  if (facts.stale) return { outcome: 'DROP', reason: 'STALE' };
  if (message.category === MessageCategory.TRANSACTIONAL) return { outcome: 'SEND' };
  if (!facts.consented) return { outcome: 'DROP', reason: 'NO_CONSENT' };
  if (facts.inCoolingOff) return { outcome: 'DROP', reason: 'COOLING_OFF' };
  if (suppressedUntil(message.at, facts.ignoredAt, policy.suppression)) return { outcome: 'DROP', reason: 'SUPPRESSED' };
  const timeZone = facts.timeZone ?? DEFAULT_TIME_ZONE;
  const held = quietHoursEnd(message.at, policy.quietHours, timeZone);
  if (held) return { outcome: 'HOLD', reason: 'QUIET_HOURS_HELD', until: held };
  const cap = policy.caps.find((c) => c.channel === message.channel && c.category === message.category);
  if (cap) {
    const today = calendarDay(message.at, timeZone);
    const weekStart = calendarDay(new Date(Date.parse(`${today}T00:00:00Z`) - 6 * DAY), 'UTC');
    const same = facts.sent.filter((s) => s.channel === message.channel && s.category === message.category);
    const days = same.map((s) => calendarDay(s.sentAt, timeZone));
    if (cap.perDay !== null && days.filter((d) => d === today).length >= cap.perDay) return { outcome: 'DROP', reason: 'CAP_REACHED' };
    if (cap.perWeek !== null && days.filter((d) => d >= weekStart && d <= today).length >= cap.perWeek) return { outcome: 'DROP', reason: 'CAP_REACHED' };
  }
  return { outcome: 'SEND' };
}
