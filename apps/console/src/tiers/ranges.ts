import { compareDecimal, isDecimalString, tierPartitionViolations, type TierPartitionViolation, type TierRange } from '@tierwise/domain';

export interface TierRecord {
  id: string;
  code: string;
  version: number;
  minAum: string;
  maxAum: string | null;
}
export interface Adjustment {
  id: string;
  version: number;
  minAum: string;
  maxAum: string | null;
}

export interface Proposal {
  /** Every tier's range after the change (this tier included, unless deleted). */
  ranges: (TierRange & { id?: string })[];
  /** The neighbours' new ranges, sent with the save. */
  adjustments: Adjustment[];
  /** Gaps and overlaps the change would cause (the server's own rule). */
  violations: TierPartitionViolation[];
  /** A neighbour the new range would swallow whole (cannot be fixed by moving a boundary). */
  swallowed?: string;
}

const same = (a: string | null, b: string | null) => (a === null || b === null ? a === b : compareDecimal(a, b) === 0);
const below = (a: string, b: string | null) => b === null || compareDecimal(a, b) < 0;

/**
 * What a create or edit of one tier does to all the ranges. With `moveNeighbours`, the tier below ends where
 * this one starts and the tier above starts where it ends, so that the ranges stay whole.
 */
export function proposeRanges(
  tiers: readonly TierRecord[],
  edited: { id?: string; code: string; minAum: string; maxAum: string | null },
  moveNeighbours: boolean,
): Proposal {
  const usable = (v: string | null | undefined) => v === null || v === undefined || v === '' || isDecimalString(v);
  if (![edited, ...tiers].every((t) => usable(t.minAum) && usable(t.maxAum)) || !edited.minAum) {
    // Still being typed: nothing to check yet.
    return { ranges: [...tiers.filter((t) => t.id !== edited.id), edited], adjustments: [], violations: [] };
  }
  tiers = tiers.map((t) => ({ ...t, maxAum: t.maxAum ?? null }));
  edited = { ...edited, maxAum: edited.maxAum || null };
  const original = edited.id ? tiers.find((t) => t.id === edited.id) : undefined;
  const others = tiers.filter((t) => t.id !== edited.id).map((t) => ({ ...t }));
  const adjustments: Adjustment[] = [];
  let swallowed: string | undefined;
  const adjust = (t: TierRecord, minAum: string, maxAum: string | null) => {
    t.minAum = minAum;
    t.maxAum = maxAum;
    adjustments.push({ id: t.id, version: t.version, minAum, maxAum });
  };
  if (moveNeighbours) {
    if (original) {
      const lower = others.find((t) => t.maxAum !== null && same(t.maxAum, original.minAum));
      if (lower && !same(edited.minAum, original.minAum)) adjust(lower, lower.minAum, edited.minAum);
      const upper = original.maxAum === null ? undefined : others.find((t) => same(t.minAum, original.maxAum));
      if (upper && !same(edited.maxAum, original.maxAum) && edited.maxAum !== null) adjust(upper, edited.maxAum, upper.maxAum);
    } else {
      for (const t of others) {
        const startsInside = !below(t.minAum, edited.minAum) && (edited.maxAum === null || below(t.minAum, edited.maxAum));
        const endsInside = t.maxAum !== null ? !below(edited.maxAum ?? t.maxAum, t.maxAum) : edited.maxAum === null;
        if (startsInside && endsInside) swallowed = t.code;
        else if (below(t.minAum, edited.minAum) && below(edited.minAum, t.maxAum)) adjust(t, t.minAum, edited.minAum);
        else if (edited.maxAum !== null && startsInside) adjust(t, edited.maxAum, t.maxAum);
      }
    }
  }
  const ranges = [...others.map((t) => ({ id: t.id, code: t.code, minAum: t.minAum, maxAum: t.maxAum })), { ...edited }];
  return { ranges, adjustments, violations: tierPartitionViolations(ranges), swallowed };
}
