import { DAY_MS } from './tiering';
import type { NeedType } from './enums';
import type { RuleViolation } from './rule-violation';

/** What a customer did in the institution's app or branch, as the app backend reports it. */
export enum BehaviourType {
  PAGE_VIEW = 'PAGE_VIEW',
  SEARCH = 'SEARCH',
  CONSULTATION = 'CONSULTATION',
  CALCULATOR_USE = 'CALCULATOR_USE',
  TRANSACTION = 'TRANSACTION',
  OTHER = 'OTHER',
}

export interface BehaviourSignal {
  id: string;
  type: BehaviourType;
  topic: string;
  occurredAt: Date;
}

/**
 * A need rule: at least `minEvents` events of `eventType` (any type when null) on `topic` within the last
 * `windowDays` days → the customer has `need`, with `weight` (1–100).
 */
export interface NeedRuleSpec {
  eventType: BehaviourType | null;
  topic: string;
  minEvents: number;
  windowDays: number;
  need: NeedType;
  weight: number;
}

export interface NeedRuleOutcome {
  met: boolean;
  /** The qualifying events in the window, newest first: the need's evidence. */
  evidence: BehaviourSignal[];
  /**
   * When the need lapses if no further signal arrives: the moment the `minEvents`-th newest qualifying event
   * leaves the window. Null when the rule is not met.
   */
  expiresAt: Date | null;
}

/** Topics are lower-case words joined by underscores (e.g. `mortgage_rate`). */
export const TOPIC_PATTERN = /^[a-z][a-z0-9_]{0,63}$/;

/**
 * Evaluate a need rule on a customer's events at `now`. The window is the last `windowDays` days up to `now`:
 * an event exactly `windowDays` days old has left it; events after `now` are not counted.
 */
export function evaluateNeedRule(rule: NeedRuleSpec, events: readonly BehaviourSignal[], now: Date): NeedRuleOutcome {
  const start = now.getTime() - rule.windowDays * DAY_MS;
  const evidence = events
    .filter((e) => e.topic === rule.topic && (rule.eventType === null || e.type === rule.eventType))
    .filter((e) => e.occurredAt.getTime() > start && e.occurredAt.getTime() <= now.getTime())
    .sort((a, b) => b.occurredAt.getTime() - a.occurredAt.getTime());
  if (evidence.length < rule.minEvents) return { met: false, evidence, expiresAt: null };
  const last = evidence[rule.minEvents - 1];
  return { met: true, evidence, expiresAt: new Date(last.occurredAt.getTime() + rule.windowDays * DAY_MS) };
}

export function needRuleViolations(rule: Partial<NeedRuleSpec>): RuleViolation[] {
  const problems: RuleViolation[] = [];
  if (rule.topic !== undefined && !TOPIC_PATTERN.test(rule.topic)) {
    problems.push({
      code: 'INVALID_TOPIC',
      field: 'topic',
      message: 'A topic is lower-case letters, digits and "_", starting with a letter (e.g. mortgage_rate)',
    });
  }
  if (rule.minEvents !== undefined && !(Number.isInteger(rule.minEvents) && rule.minEvents >= 1 && rule.minEvents <= 1000)) {
    problems.push({ code: 'INVALID_THRESHOLD', field: 'minEvents', message: 'At least 1 and at most 1,000 events' });
  }
  if (rule.windowDays !== undefined && !(Number.isInteger(rule.windowDays) && rule.windowDays >= 1 && rule.windowDays <= 730)) {
    problems.push({ code: 'INVALID_WINDOW', field: 'windowDays', message: 'A window of 1 to 730 days' });
  }
  if (rule.weight !== undefined && !(Number.isInteger(rule.weight) && rule.weight >= 1 && rule.weight <= 100)) {
    problems.push({ code: 'INVALID_WEIGHT', field: 'weight', message: 'A weight from 1 to 100' });
  }
  return problems;
}

/** What editing a need rule does to the needs it detected that are still in force. */
export type NeedRuleEdit = 'LAPSE' | 'RECHECK' | 'REWEIGHT' | 'NONE';

/**
 * A rule switched off, or given another topic, event type or need, stops vouching for its needs: they lapse now. New
 * thresholds (events or window) re-check them on the customers' events; a new weight applies to them at once.
 */
export function needRuleEdit(before: NeedRuleSpec & { active: boolean }, after: NeedRuleSpec & { active: boolean }): NeedRuleEdit {
  if (!after.active || after.topic !== before.topic || after.eventType !== before.eventType || after.need !== before.need) return 'LAPSE';
  if (after.minEvents !== before.minEvents || after.windowDays !== before.windowDays) return 'RECHECK';
  if (after.weight !== before.weight) return 'REWEIGHT';
  return 'NONE';
}

/** How long a need from an advisor's interview holds unless confirmed again: until the next quarterly interview is overdue. */
export const INTERVIEW_NEED_VALID_DAYS = 120;

/** When a need recorded (or confirmed) in an interview at `now` lapses. */
export function interviewNeedExpiry(now: Date, validDays = INTERVIEW_NEED_VALID_DAYS): Date {
  return new Date(now.getTime() + validDays * DAY_MS);
}
