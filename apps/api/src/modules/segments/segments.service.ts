import { decideTier, DEFAULT_TIERING_POLICY, tierPartitionViolations } from '@tierwise/domain';
import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../common/context';
import { assertNoViolations } from '../../common/errors';
import { Tier } from '../tiers';
import { Customer } from '../customers';
import { tieringBatch, tieringWindows } from '../tiering';

/** Customers read per statement by the tier-change preview. */
const PREVIEW_BATCH_SIZE = 5000;

export interface ProposedRange {
  code: string;
  minAum: string;
  maxAum: string | null;
}

/** Segment dimensions: tier × risk level × life stage × occupation. */
export interface SegmentCount {
  tierId: string | null;
  riskLevel: string | null;
  lifeStage: string | null;
  occupation: string | null;
  count: number;
}

/** One GROUP BY over the segment columns (a covering index): every segment's count in one statement. */
export async function countSegments(manager: EntityManager): Promise<SegmentCount[]> {
  const rows: (Omit<SegmentCount, 'count'> & { count: string | number })[] = await manager
    .getRepository(Customer)
    .createQueryBuilder('c')
    .select('c.tierId', 'tierId')
    .addSelect('c.riskLevel', 'riskLevel')
    .addSelect('c.lifeStage', 'lifeStage')
    .addSelect('c.occupation', 'occupation')
    .addSelect('COUNT(*)', 'count')
    .groupBy('c.tierId')
    .addGroupBy('c.riskLevel')
    .addGroupBy('c.lifeStage')
    .addGroupBy('c.occupation')
    .orderBy('count', 'DESC')
    .getRawMany();
  return rows.map((r) => ({ ...r, count: Number(r.count) }));
}

export const SegmentService = {
  /** How many customers are in each segment (only segments that have customers). */
  segmentCounts: (ctx: RequestContext) => countSegments(ctx.manager),

  /**
   * The programme's first KPI: the share of customers whose profile is complete (a tier, a valid risk
   * assessment, a life stage and an occupation). The plan's target is 90%.
   */
  async profileCoverage(ctx: RequestContext, now = new Date()) {
    const total = await ctx.manager.count(Customer);
    const complete = await ctx.manager
      .getRepository(Customer)
      .createQueryBuilder('c')
      .where('c.tierId IS NOT NULL AND c.riskLevel IS NOT NULL AND c.lifeStage IS NOT NULL AND c.occupation IS NOT NULL')
      .andWhere('c.riskAssessmentExpiresAt > :now', { now })
      .getCount();
    return { total, complete, ratio: total === 0 ? '0.0000' : (complete / total).toFixed(4) };
  },

  /**
   * How many customers would move from each tier to each other under proposed ranges, without saving: exactly what a
   * re-tiering run would decide (the same basis, `tieringWindows`, and the same rule, `decideTier`, so a move down waits
   * for the grace period here too). It reads every customer in key order, a batch at a time.
   */
  async tierChangePreview(ctx: RequestContext, proposed: ProposedRange[], now = new Date(), policy = DEFAULT_TIERING_POLICY) {
    // A range sent without maxAum is open-ended, like one sent with null.
    const ranges = proposed.map((r) => ({ ...r, maxAum: r.maxAum ?? null }));
    assertNoViolations(tierPartitionViolations(ranges));
    const codeOf = new Map((await ctx.manager.find(Tier)).map((t) => [t.id, t.code]));
    const counts = new Map<string, { fromTier: string | null; toTier: string; count: number }>();
    let after: string | null = null;
    for (;;) {
      const batch = await tieringBatch(ctx.manager, after, PREVIEW_BATCH_SIZE);
      if (batch.length === 0) break;
      const windows = await tieringWindows(ctx.manager, batch, policy, now, after);
      for (const c of batch) {
        const fromTier = c.tierId ? (codeOf.get(c.tierId) ?? null) : null;
        const decision = decideTier(ranges, { tier: fromTier, belowFloorSince: c.tierBelowFloorSince }, windows.get(c.id)!.basis, policy, now);
        const key = `${fromTier}→${decision.tier}`;
        const row = counts.get(key) ?? { fromTier, toTier: decision.tier!, count: 0 };
        row.count++;
        counts.set(key, row);
      }
      after = batch[batch.length - 1].id;
      if (batch.length < PREVIEW_BATCH_SIZE) break;
    }
    return [...counts.values()].sort((a, b) => `${a.fromTier}${a.toTier}`.localeCompare(`${b.fromTier}${b.toTier}`));
  },
};
