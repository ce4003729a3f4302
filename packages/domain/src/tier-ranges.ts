import Decimal from 'decimal.js';
import type { RuleViolation } from './rule-violation';

/** A tier's AUM range, half-open: minAum ≤ AUM < maxAum; maxAum null means no upper bound. */
export interface TierRange {
  code: string;
  minAum: string;
  maxAum: string | null;
}

export interface TierPartitionViolation extends RuleViolation {
  code: 'NO_TIERS' | 'INVALID_RANGE' | 'GAP' | 'OVERLAP';
  /** The tiers involved, by code. */
  tiers: string[];
  from?: string;
  to?: string | null;
}

const fmt = (v: Decimal | null): string => (v === null ? '∞' : v.toNumber().toLocaleString('en-US', { minimumFractionDigits: 0, maximumFractionDigits: 2 }));

/**
 * Check that the ranges cover every AUM from 0 upward exactly once. Returns every gap, overlap
 * and malformed range found (empty when the ranges form a partition of [0, ∞)).
 */
export function tierPartitionViolations(ranges: readonly TierRange[]): TierPartitionViolation[] {
  if (ranges.length === 0) {
    return [{ code: 'NO_TIERS', tiers: [], message: 'At least one tier must remain: every AUM from 0 upward needs a tier' }];
  }
  const violations: TierPartitionViolation[] = [];
  const parsed = ranges.map((r) => ({
    code: r.code,
    min: new Decimal(r.minAum),
    max: r.maxAum === null ? null : new Decimal(r.maxAum),
  }));
  for (const r of parsed) {
    if (r.min.isNegative()) {
      violations.push({ code: 'INVALID_RANGE', field: 'minAum', tiers: [r.code], message: `Tier ${r.code}: minimum AUM cannot be negative` });
    } else if (r.max !== null && r.max.lessThanOrEqualTo(r.min)) {
      violations.push({
        code: 'INVALID_RANGE',
        field: 'maxAum',
        tiers: [r.code],
        message: `Tier ${r.code}: maximum AUM (${fmt(r.max)}) must be greater than its minimum (${fmt(r.min)})`,
      });
    }
  }
  if (violations.length > 0) return violations;

  const sorted = [...parsed].sort((a, b) => a.min.comparedTo(b.min) || (a.max === null ? 1 : b.max === null ? -1 : a.max.comparedTo(b.max)));
  let cursor: Decimal | null = new Decimal(0); // null: everything up to ∞ is covered
  let coveredBy: string | null = null;
  for (const r of sorted) {
    if (cursor === null) {
      violations.push({
        code: 'OVERLAP',
        field: 'minAum',
        tiers: [coveredBy!, r.code],
        from: r.min.toFixed(2),
        to: r.max?.toFixed(2) ?? null,
        message: `Overlap: AUM from ${fmt(r.min)} to ${fmt(r.max)} would be in both ${coveredBy} and ${r.code}`,
      });
      continue;
    }
    if (r.min.greaterThan(cursor)) {
      const between = coveredBy ? `between ${coveredBy} and ${r.code}` : `below ${r.code}`;
      violations.push({
        code: 'GAP',
        field: 'minAum',
        tiers: coveredBy ? [coveredBy, r.code] : [r.code],
        from: cursor.toFixed(2),
        to: r.min.toFixed(2),
        message: `Gap: AUM from ${fmt(cursor)} to ${fmt(r.min)} would be in no tier (${between})`,
      });
    } else if (r.min.lessThan(cursor)) {
      const end: Decimal = r.max === null || r.max.greaterThan(cursor) ? cursor : r.max;
      violations.push({
        code: 'OVERLAP',
        field: 'minAum',
        tiers: [coveredBy!, r.code],
        from: r.min.toFixed(2),
        to: end.toFixed(2),
        message: `Overlap: AUM from ${fmt(r.min)} to ${fmt(end)} would be in both ${coveredBy} and ${r.code}`,
      });
    }
    if (r.max === null) {
      cursor = null;
      coveredBy = r.code;
    } else if (r.max.greaterThan(cursor)) {
      cursor = r.max;
      coveredBy = r.code;
    }
  }
  if (cursor !== null) {
    violations.push({
      code: 'GAP',
      field: 'maxAum',
      tiers: [coveredBy!],
      from: cursor.toFixed(2),
      to: null,
      message: `Gap: AUM of ${fmt(cursor)} and above would be in no tier (the top tier needs no maximum)`,
    });
  }
  return violations;
}

/** The tier whose range holds this AUM, or undefined when none does. */
export function tierForAum<T extends TierRange>(ranges: readonly T[], aum: string): T | undefined {
  const value = new Decimal(aum);
  return ranges.find((r) => value.greaterThanOrEqualTo(r.minAum) && (r.maxAum === null || value.lessThan(r.maxAum)));
}
