import Decimal from 'decimal.js';

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
