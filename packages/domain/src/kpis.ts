import Decimal from 'decimal.js';
import { calendarDay, DEFAULT_TIME_ZONE } from './calendar';
import { OrderStatus } from './orders';
import { localInstant } from './service-levels';

/** The plan's targets (../shared/PRODUCT.md), each computed from recorded data. */
export enum Kpi {
  PROFILED = 'PROFILED',
  DATA_COVERAGE = 'DATA_COVERAGE',
  RECOMMENDATION_ACCURACY = 'RECOMMENDATION_ACCURACY',
  NEED_ACCURACY = 'NEED_ACCURACY',
  RESPONSE_TIME = 'RESPONSE_TIME',
  AUM_GROWTH = 'AUM_GROWTH',
  HNW_REPEAT_PURCHASE = 'HNW_REPEAT_PURCHASE',
  CHURN = 'CHURN',
  SATISFACTION = 'SATISFACTION',
  PERSONALISED_REVENUE = 'PERSONALISED_REVENUE',
  SELF_SERVICE = 'SELF_SERVICE',
  SMART_SERVICE = 'SMART_SERVICE',
  PUSH_ACCURACY = 'PUSH_ACCURACY',
}

/**
 * How a target is met:
 * - AT_LEAST: the value is at least the target (a standing level: data coverage ≥ 90%);
 * - REACH_BY: the value reaches the target within `months` of the first month measured (80% profiled within 6 months) —
 *   on track while it is on or above the straight path from the baseline to the target;
 * - RELATIVE_FALL: the value falls by the target's share of the baseline within `months` (churn −15% in 2 years) — on
 *   track while it is on or below the straight path down.
 */
export type TargetKind = 'AT_LEAST' | 'REACH_BY' | 'RELATIVE_FALL';

export interface KpiTarget {
  kind: TargetKind;
  /** Percent: the level to reach (AT_LEAST, REACH_BY) or the relative fall (RELATIVE_FALL: 15 for −15%). */
  value: string;
  /** The period the target applies to, in months (null: a standing level). */
  months: number | null;
}

export const KPI_TARGETS: Readonly<Record<Kpi, KpiTarget>> = {
  PROFILED: { kind: 'REACH_BY', value: '80', months: 6 },
  DATA_COVERAGE: { kind: 'AT_LEAST', value: '90', months: null },
  RECOMMENDATION_ACCURACY: { kind: 'REACH_BY', value: '75', months: 12 },
  NEED_ACCURACY: { kind: 'AT_LEAST', value: '80', months: null },
  // The share of requests first answered within their tier's deadline (HNW 30 minutes, ordinary 2 hours): all of them.
  RESPONSE_TIME: { kind: 'AT_LEAST', value: '100', months: null },
  AUM_GROWTH: { kind: 'AT_LEAST', value: '20', months: 12 },
  HNW_REPEAT_PURCHASE: { kind: 'AT_LEAST', value: '85', months: null },
  CHURN: { kind: 'RELATIVE_FALL', value: '15', months: 24 },
  SATISFACTION: { kind: 'AT_LEAST', value: '90', months: null },
  PERSONALISED_REVENUE: { kind: 'AT_LEAST', value: '35', months: null },
  SELF_SERVICE: { kind: 'AT_LEAST', value: '70', months: null },
  SMART_SERVICE: { kind: 'AT_LEAST', value: '80', months: null },
  PUSH_ACCURACY: { kind: 'AT_LEAST', value: '75', months: null },
};

/** A share as a percent with 2 decimals (null when there is nothing to divide by: no data is not 0%). */
export function percent(part: number | string, whole: number | string): string | null {
  const w = new Decimal(whole);
  if (w.isZero()) return null;
  return new Decimal(part).times(100).dividedBy(w).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}

/**
 * What the value should be by now on the way to the target: the target itself for a standing level (and for a level to
 * reach when nothing was measured before), else the point that the months elapsed have reached on the straight path
 * from the baseline (month 0) to the target — the target itself once they are past. A relative fall needs its baseline:
 * without one, null.
 */
export function expectedByNow(target: KpiTarget, baseline: string | null, monthsElapsed: number): string | null {
  const level = new Decimal(target.value);
  if (target.kind === 'AT_LEAST') return level.toFixed(2);
  if (baseline === null) return target.kind === 'REACH_BY' ? level.toFixed(2) : null;
  const base = new Decimal(baseline);
  const goal = target.kind === 'REACH_BY' ? level : base.times(new Decimal(100).minus(level)).dividedBy(100);
  const progress = target.months ? Decimal.min(1, Decimal.max(0, new Decimal(monthsElapsed).dividedBy(target.months))) : new Decimal(1);
  return base.plus(goal.minus(base).times(progress)).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}

/** Whether a value is on track (null: nothing measured yet, or a relative fall without its baseline). */
export function onTrack(kpi: Kpi, value: string | null, baseline: string | null, monthsElapsed: number): boolean | null {
  if (value === null) return null;
  const target = KPI_TARGETS[kpi];
  const expected = expectedByNow(target, baseline, monthsElapsed);
  if (expected === null) return null;
  return target.kind === 'RELATIVE_FALL' ? new Decimal(value).lte(expected) : new Decimal(value).gte(expected);
}

/** A calendar month as YYYY-MM. */
export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The calendar month (YYYY-MM) an instant falls in, in the institution's time zone. */
export function monthOf(at: Date, timeZone: string = DEFAULT_TIME_ZONE): string {
  return calendarDay(at, timeZone).slice(0, 7);
}

/** The month `count` months after `month` (before, when negative). */
export function addMonths(month: string, count: number): string {
  const [y, m] = month.split('-').map(Number);
  const index = y * 12 + (m - 1) + count;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Months from `from` to `to` (0 when equal, negative when `to` is earlier). */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  return ty * 12 + tm - (fy * 12 + fm);
}

/** The months from `from` to `to`, both included, in order. */
export function monthRange(from: string, to: string): string[] {
  const n = monthsBetween(from, to);
  return Array.from({ length: Math.max(0, n + 1) }, (_, i) => addMonths(from, i));
}

/** The instants a month runs between in the institution's time zone: [start, end). */
export function monthBounds(month: string, timeZone: string = DEFAULT_TIME_ZONE): { start: Date; end: Date } {
  return { start: localInstant(`${month}-01`, 0, timeZone), end: localInstant(`${addMonths(month, 1)}-01`, 0, timeZone) };
}

/**
 * The fields of the 360° profile the data coverage counts, each filled or not per customer (the risk level only while
 * its assessment is valid).
 */
export const PROFILE_FIELDS = ['phone', 'idNumber', 'birthDate', 'occupation', 'lifeStage', 'language', 'riskLevel', 'tierId'] as const;

/**
 * An order came from a recommendation, a package or outreach (the personalised revenue share) when it was placed under
 * a scenario package, converted an outreach message (placed within ATTRIBUTION_DAYS of it, see outreach), or was placed
 * within ATTRIBUTION_DAYS after the product was shown to the customer as a recommendation.
 */

/** Where an order's revenue is attributed (the personalised revenue share): the first that applies, in this order. */
export enum Attribution {
  PACKAGE = 'PACKAGE',
  OUTREACH = 'OUTREACH',
  RECOMMENDATION = 'RECOMMENDATION',
}

/** A rating (of 1–5) that counts as satisfied: 4 or 5. */
export const SATISFIED_RATING = 4;

/** The statuses of an order that was paid for and stands (a sale that brings revenue and counts as a purchase). */
export const PURCHASE_STATUSES: readonly OrderStatus[] = [OrderStatus.PAID, OrderStatus.IN_COOLING_OFF, OrderStatus.CONFIRMED];
