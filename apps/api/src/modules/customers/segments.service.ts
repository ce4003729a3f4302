import { DAY_MS, DEFAULT_TIERING_POLICY, tierPartitionViolations, toMinorUnits } from '@tierwise/domain';
import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../common/context';
import { assertNoViolations } from '../../common/errors';
import { Tier } from '../tiers/tier.entity';
import { Customer } from './customer.entity';

export interface ProposedRange { code: string; minAum: string; maxAum: string | null }

/** Segment dimensions: tier × risk level × life stage × occupation. */
export interface SegmentCount { tierId: string | null; riskLevel: string | null; lifeStage: string | null; occupation: string | null; count: number }

/** One GROUP BY over the segment columns (a covering index): every segment's count in one statement. */
export async function countSegments(manager: EntityManager): Promise<SegmentCount[]> {
  const rows: (Omit<SegmentCount, 'count'> & { count: string | number })[] = await manager.getRepository(Customer).createQueryBuilder('c')
    .select('c.tierId', 'tierId').addSelect('c.riskLevel', 'riskLevel').addSelect('c.lifeStage', 'lifeStage').addSelect('c.occupation', 'occupation')
    .addSelect('COUNT(*)', 'count')
    .groupBy('c.tierId').addGroupBy('c.riskLevel').addGroupBy('c.lifeStage').addGroupBy('c.occupation')
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
    const complete = await ctx.manager.getRepository(Customer).createQueryBuilder('c')
      .where('c.tierId IS NOT NULL AND c.riskLevel IS NOT NULL AND c.lifeStage IS NOT NULL AND c.occupation IS NOT NULL')
      .andWhere('c.riskAssessmentExpiresAt > :now', { now })
      .getCount();
    return { total, complete, ratio: total === 0 ? '0.0000' : (complete / total).toFixed(4) };
  },

  /**
   * How many customers would move from each tier to each other under proposed ranges, without saving. The
   * basis is the engine's: the average of the daily snapshots of the last 90 days, or the current AUM for a
   * customer without snapshots (a preview: the downgrade grace period is not applied).
   */
  async tierChangePreview(ctx: RequestContext, proposed: ProposedRange[], now = new Date()) {
    // A range sent without maxAum is open-ended, like one sent with null.
    const ranges = proposed.map((r) => ({ ...r, maxAum: r.maxAum ?? null }));
    assertNoViolations(tierPartitionViolations(ranges));
    const since = new Date(now.getTime() - DEFAULT_TIERING_POLICY.averageDays * DAY_MS);
    const params: Record<string, unknown> = { since };
    const cases = ranges.map((r, i) => {
      // Numbers, not strings: SQLite orders any INTEGER before any TEXT. Minor units stay within the safe-integer range.
      params[`min${i}`] = Number(toMinorUnits(r.minAum));
      params[`code${i}`] = r.code;
      if (r.maxAum === null) return `WHEN basis >= :min${i} THEN :code${i}`;
      params[`max${i}`] = Number(toMinorUnits(r.maxAum));
      return `WHEN basis >= :min${i} AND basis < :max${i} THEN :code${i}`;
    });
    const rows: { fromTierId: string | null; toCode: string; count: string | number }[] = await ctx.manager.createQueryBuilder()
      .select('b.tierId', 'fromTierId').addSelect(`CASE ${cases.join(' ')} END`, 'toCode').addSelect('COUNT(*)', 'count')
      .from((sub) => sub
        .select('c.tierId', 'tierId')
        .addSelect('COALESCE(s.avgAum, c.aum)', 'basis')
        .from(Customer, 'c')
        .leftJoin((snap) => snap.select('a.customerId', 'customerId').addSelect('AVG(a.aum)', 'avgAum').from('aum_snapshot', 'a')
          .where('a.day >= :since').groupBy('a.customerId'), 's', 's.customerId = c.id'), 'b')
      .groupBy('b.tierId').addGroupBy('toCode')
      .setParameters(params)
      .getRawMany();
    const tiers = await ctx.manager.find(Tier);
    const code = new Map(tiers.map((t) => [t.id, t.code]));
    return rows.map((r) => ({ fromTier: r.fromTierId ? code.get(r.fromTierId) ?? null : null, toTier: r.toCode, count: Number(r.count) }))
      .sort((a, b) => `${a.fromTier}${a.toTier}`.localeCompare(`${b.fromTier}${b.toTier}`));
  },
};
