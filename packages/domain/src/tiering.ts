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
 * What the tiering basis is made of: the basis, the lowest and highest daily values it averages (the value carried
 * into the window included), and the number of days averaged. With no movement possible (the current AUM, or one
 * value over the whole window) `low` equals `high`.
 */
export interface TieringWindow {
  basis: string;
  low: string;
  high: string;
  days: number;
}

/**
 * The AUM the tier is decided on, with the window it comes from. With AVERAGE_DAILY_AUM, the mean of the daily
 * snapshots of the last `averageDays` days up to `today`; a day without a snapshot carries the previous day's value
 * forward, and days before the first snapshot do not count (a new customer is averaged over the days they have been here).
 */
export function tieringWindow(snapshots: readonly { day: Date; aum: string }[], currentAum: string, policy: TieringPolicy, today: Date): TieringWindow {
  const constant = (aum: string): TieringWindow => {
    const v = new Decimal(aum).toFixed(2);
    return { basis: v, low: v, high: v, days: 1 };
  };
  if (policy.basis === 'CURRENT_AUM') return constant(currentAum);
  const end = dayIndex(today);
  const start = end - policy.averageDays + 1;
  const byDay = new Map<number, string>();
  for (const s of snapshots) byDay.set(dayIndex(s.day), s.aum);
  const known = [...byDay.keys()].filter((d) => d <= end).sort((a, b) => a - b);
  if (known.length === 0) return constant(currentAum);
  // The value in force on the window's first day is the last snapshot at or before it.
  let carried: string | null = null;
  for (const d of known) if (d <= start) carried = byDay.get(d)!;
  let sum = new Decimal(0);
  let low: Decimal | null = null;
  let high: Decimal | null = null;
  let days = 0;
  for (let d = start; d <= end; d++) {
    if (byDay.has(d)) carried = byDay.get(d)!;
    if (carried === null) continue;
    const value = new Decimal(carried);
    sum = sum.plus(value);
    low = low === null || value.lessThan(low) ? value : low;
    high = high === null || value.greaterThan(high) ? value : high;
    days++;
  }
  return { basis: sum.dividedBy(days).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2), low: low!.toFixed(2), high: high!.toFixed(2), days };
}

/** The AUM the tier is decided on (see `tieringWindow`). */
export function tieringBasis(snapshots: readonly { day: Date; aum: string }[], currentAum: string, policy: TieringPolicy, today: Date): string {
  return tieringWindow(snapshots, currentAum, policy, today).basis;
}

/** Days a tier review may be put off at most, even when nothing can move the basis (a yearly look at everyone). */
export const MAX_TIER_REVIEW_DAYS = 366;

/**
 * The first day on which a customer's tier decision could come out differently from today's, if no new AUM arrives
 * (missing days carry the last value forward): the end of the downgrade grace period, or the first day the basis could
 * cross a floor or ceiling of the current tier. Each day the average moves by at most (high − low) ÷ days — the value
 * entering and the value leaving both lie in [low, high] — and it never leaves [low, high]; rounding to the cent is
 * allowed for. Before that day the decision cannot change, so re-tiering may leave the customer alone until then
 * (or until their AUM changes). Never later than `MAX_TIER_REVIEW_DAYS`, never earlier than tomorrow.
 */
export function nextTierReview<T extends TierRange>(ranges: readonly T[], state: TierState, window: TieringWindow, policy: TieringPolicy, today: Date): Date {
  const day = dayIndex(today);
  let due = day + MAX_TIER_REVIEW_DAYS;
  if (state.belowFloorSince) due = Math.min(due, dayIndex(state.belowFloorSince) + policy.downgradeGraceDays);
  const current = ranges.find((r) => r.code === state.tier);
  if (!current) return new Date((day + 1) * DAY_MS);
  const basis = new Decimal(window.basis);
  const low = new Decimal(window.low);
  const high = new Decimal(window.high);
  if (high.greaterThan(low)) {
    const perDay = high.minus(low).dividedBy(window.days);
    const cent = new Decimal('0.01');
    /** The first day a move of `distance` could be seen. */
    const reach = (distance: Decimal) => Math.max(1, distance.minus(cent).dividedBy(perDay).ceil().toNumber());
    const floor = new Decimal(current.minAum);
    if (state.belowFloorSince) {
      // Below the floor during the grace period: back above it clears the clock.
      if (high.greaterThanOrEqualTo(floor)) due = Math.min(due, day + reach(floor.minus(basis)));
    } else {
      if (low.lessThan(floor)) due = Math.min(due, day + reach(basis.minus(floor)));
      if (current.maxAum !== null && high.greaterThanOrEqualTo(current.maxAum)) due = Math.min(due, day + reach(new Decimal(current.maxAum).minus(basis)));
    }
  }
  return new Date(Math.max(due, day + 1) * DAY_MS);
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
