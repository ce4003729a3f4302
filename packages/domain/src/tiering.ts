import Decimal from 'decimal.js';
import { compareDecimal } from './money';
import { tierForAum, type TierRange } from './tier-ranges';

/** How a customer's tier is decided: on current AUM, or on the average daily AUM of the last N days (banks' default, to avoid flapping). */
export interface TieringPolicy {
  basis: 'CURRENT_AUM' | 'AVERAGE_DAILY_AUM';
  /** Days averaged for AVERAGE_DAILY_AUM (default 90). */
  averageDays: number;
  /** Days the basis must stay below the tier's floor before a downgrade (default 90). Upgrades are immediate. */
  downgradeGraceDays: number;
}

export const DEFAULT_TIERING_POLICY: TieringPolicy = { basis: 'AVERAGE_DAILY_AUM', averageDays: 90, downgradeGraceDays: 90 };

/** Milliseconds in a day; days are UTC throughout. */
export const DAY_MS = 24 * 60 * 60 * 1000;

/** Midnight UTC of the day `date` falls in. */
export const startOfUtcDay = (date: Date): Date => new Date(Math.floor(date.getTime() / DAY_MS) * DAY_MS);
const dayIndex = (d: Date) => Math.floor(d.getTime() / DAY_MS);

/**
 * The AUM the tier is decided on. With AVERAGE_DAILY_AUM, the mean of the daily snapshots of the last
 * `averageDays` days up to `today`; a day without a snapshot carries the previous day's value forward, and days
 * before the first snapshot do not count (a new customer is averaged over the days they have been here).
 */
export function tieringBasis(snapshots: readonly { day: Date; aum: string }[], currentAum: string, policy: TieringPolicy, today: Date): string {
  if (policy.basis === 'CURRENT_AUM') return new Decimal(currentAum).toFixed(2);
  const end = dayIndex(today);
  const start = end - policy.averageDays + 1;
  const byDay = new Map<number, string>();
  for (const s of snapshots) byDay.set(dayIndex(s.day), s.aum);
  const known = [...byDay.keys()].filter((d) => d <= end).sort((a, b) => a - b);
  if (known.length === 0) return new Decimal(currentAum).toFixed(2);
  // The value in force on the window's first day is the last snapshot at or before it.
  let carried: string | null = null;
  for (const d of known) if (d <= start) carried = byDay.get(d)!;
  let sum = new Decimal(0);
  let days = 0;
  for (let d = start; d <= end; d++) {
    if (byDay.has(d)) carried = byDay.get(d)!;
    if (carried === null) continue;
    sum = sum.plus(carried);
    days++;
  }
  return sum.dividedBy(days).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}

export interface TierState {
  /** The customer's current tier code, or null if never tiered. */
  tier: string | null;
  /** Since when the basis has been below the current tier's floor (the downgrade grace clock), or null. */
  belowFloorSince: Date | null;
}

export interface TierDecision extends TierState {
  changed: boolean;
  /** Why, for the tier history: the basis and the rule applied (English). */
  reason: string;
  /** The same as a code with its parameters (tier codes, amounts, days), which clients translate. */
  reasonCode: TierDecisionCode;
  reasonParams: Record<string, string>;
}

export type TierDecisionCode = 'PLACED' | 'STAYS' | 'UPGRADED' | 'DOWNGRADED' | 'GRACE_PERIOD';

function tierReason(code: TierDecisionCode, reasonParams: Record<string, string | number>): Pick<TierDecision, 'reason' | 'reasonCode' | 'reasonParams'> {
  const p = Object.fromEntries(Object.entries(reasonParams).map(([k, v]) => [k, String(v)]));
  const reason = {
    PLACED: () => `Placed in ${p.to}: basis ${p.basis}`,
    STAYS: () => `Stays in ${p.from}: basis ${p.basis}`,
    UPGRADED: () => `Upgraded from ${p.from} to ${p.to}: basis ${p.basis} reached ${p.threshold}`,
    DOWNGRADED: () => `Downgraded from ${p.from} to ${p.to}: basis ${p.basis} below ${p.threshold} for ${p.days} days (grace ${p.grace})`,
    GRACE_PERIOD: () => `Stays in ${p.from} during the downgrade grace period: basis ${p.basis} below ${p.threshold} for ${p.days} of ${p.grace} days`,
  }[code]();
  return { reason, reasonCode: code, reasonParams: p };
}

/**
 * Place a customer: upgrades take effect at once; a downgrade only after the basis has stayed below the
 * current tier's floor for the grace period. Pure: the caller keeps the state and the history.
 */
export function decideTier<T extends TierRange>(ranges: readonly T[], state: TierState, basis: string, policy: TieringPolicy, today: Date): TierDecision {
  const target = tierForAum(ranges, basis);
  if (!target) throw new Error(`No tier holds AUM ${basis}: the tier ranges do not partition [0, ∞)`);
  const current = state.tier === null ? undefined : ranges.find((r) => r.code === state.tier);
  if (!current) {
    return { tier: target.code, belowFloorSince: null, changed: state.tier !== target.code, ...tierReason('PLACED', { to: target.code, basis }) };
  }
  if (target.code === current.code) {
    return { tier: current.code, belowFloorSince: null, changed: false, ...tierReason('STAYS', { from: current.code, basis }) };
  }
  if (new Decimal(target.minAum).greaterThan(current.minAum)) {
    return {
      tier: target.code,
      belowFloorSince: null,
      changed: true,
      ...tierReason('UPGRADED', { from: current.code, to: target.code, basis, threshold: target.minAum }),
    };
  }
  const since = state.belowFloorSince ?? today;
  const daysBelow = dayIndex(today) - dayIndex(since);
  if (daysBelow >= policy.downgradeGraceDays) {
    return {
      tier: target.code,
      belowFloorSince: null,
      changed: true,
      ...tierReason('DOWNGRADED', { from: current.code, to: target.code, basis, threshold: current.minAum, days: daysBelow, grace: policy.downgradeGraceDays }),
    };
  }
  return {
    tier: current.code,
    belowFloorSince: since,
    changed: false,
    ...tierReason('GRACE_PERIOD', { from: current.code, basis, threshold: current.minAum, days: daysBelow, grace: policy.downgradeGraceDays }),
  };
}

/**
 * The tier for a new AUM entered by hand or by a batch load: a first placement or an upgrade takes effect at once; a
 * downgrade waits for the re-tiering run, which applies the grace period (undefined: no change now).
 */
export function placementAfterAumChange<T extends TierRange & { id: string }>(
  ranges: readonly T[],
  aum: string,
  currentTierId: string | null,
): string | undefined {
  const target = tierForAum(ranges, aum);
  const current = ranges.find((t) => t.id === currentTierId);
  if (!target) return undefined;
  return !current || compareDecimal(target.minAum, current.minAum) > 0 ? target.id : undefined;
}
