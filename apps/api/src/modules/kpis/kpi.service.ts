import type { DataSource, EntityManager } from 'typeorm';
import Decimal from 'decimal.js';
import {
  addMonths,
  AdvisorModel,
  expectedByNow,
  maskName,
  Kpi,
  KPI_TARGETS,
  MONTH_PATTERN,
  monthBounds,
  monthOf,
  monthRange,
  monthsBetween,
  onTrack,
  percent,
  PURCHASE_STATUSES,
  SlaMetric,
} from '@tierwise/domain';
import type { RequestContext } from '../../common/context';
import { badInput, notFound } from '../../common/errors';
import { institutionTimeZone } from '../../common/institution';
import { newId } from '../../common/persistence/columns';
import { AumSnapshot, Customer } from '../customers';
import { Order } from '../orders';
import { ServiceRequest, SlaEvent } from '../service-desk';
import { Tier } from '../tiers';
import { instant, measure, needAccuracyByRule, profiledCustomer, Sql, type Period } from './kpi-queries';
import { ALL_TIERS, KpiSnapshot, NO_TIER, type KpiFigure } from './kpi-snapshot.entity';

/** The months one `kpis` call may span. */
export const MAX_KPI_MONTHS = 36;
/** The months the snapshot job fills in behind the current one when they are missing. */
export const BACKFILL_MONTHS = 12;

/** The KPIs whose part and whole are money (decimal strings); the others count records. */
const MONEY_KPIS: ReadonlySet<Kpi> = new Set([Kpi.AUM_GROWTH, Kpi.PERSONALISED_REVENUE]);

function periodOf(month: string, now: Date, timeZone: string): { period: Period; yearStart: Date; final: boolean } {
  const { start, end } = monthBounds(month, timeZone);
  return { period: { start, asOf: end < now ? end : now }, yearStart: monthBounds(addMonths(month, -11), timeZone).start, final: end <= now };
}

const sum = (a: string | undefined, b: string) => new Decimal(a ?? 0).plus(b).toString();

/**
 * Measure one month and store it: one row per tier (every tier, an empty one too), one for customers without a tier
 * when there are any, and one for all. Rows are upserted on (month, scope), so running it again, or twice at once,
 * leaves one row per month and scope.
 */
export async function snapshotMonth(manager: EntityManager, month: string, now = new Date(), timeZone = institutionTimeZone()): Promise<KpiSnapshot[]> {
  const { period, yearStart, final } = periodOf(month, now, timeZone);
  const { byTier, medians } = await measure(manager, period, yearStart);
  const scopes = new Map<string, Partial<Record<Kpi, KpiFigure>>>();
  for (const tier of await manager.find(Tier, { select: { id: true } })) scopes.set(tier.id, byTier.get(tier.id) ?? {});
  if (byTier.has(NO_TIER)) scopes.set(NO_TIER, byTier.get(NO_TIER)!);
  const all: Partial<Record<Kpi, KpiFigure>> = {};
  for (const figures of byTier.values()) {
    for (const [kpi, f] of Object.entries(figures) as [Kpi, KpiFigure][]) {
      const money = MONEY_KPIS.has(kpi);
      const total = all[kpi] ?? { part: '0', whole: '0' };
      all[kpi] = {
        part: money ? new Decimal(total.part).plus(f.part).toFixed(2) : sum(total.part, f.part),
        whole: money ? new Decimal(total.whole).plus(f.whole).toFixed(2) : sum(total.whole, f.whole),
      };
    }
  }
  scopes.set(ALL_TIERS, all);
  for (const [scope, figures] of scopes) {
    if (figures[Kpi.RESPONSE_TIME]) figures[Kpi.RESPONSE_TIME] = { ...figures[Kpi.RESPONSE_TIME]!, median: medians.get(scope) ?? null };
  }
  const rows = [...scopes].map(([scope, figures]) => ({ id: newId(), month, scope, figures, computedAt: now, final }));
  await manager.createQueryBuilder().insert().into(KpiSnapshot).values(rows).orUpdate(['figures', 'computedAt', 'final'], ['month', 'scope']).execute();
  return rows as KpiSnapshot[];
}

/**
 * The job's run: the current month measured again, and each of the BACKFILL_MONTHS before it that has no closed
 * snapshot yet (the month just ended is closed on the first run after it ends).
 */
export async function snapshotDue(dataSource: DataSource, now = new Date(), timeZone = institutionTimeZone()) {
  const current = monthOf(now, timeZone);
  const earlier = monthRange(addMonths(current, -BACKFILL_MONTHS), addMonths(current, -1));
  const closed = new Set(
    (await dataSource.manager.find(KpiSnapshot, { where: { scope: ALL_TIERS, final: true }, select: { month: true } })).map((r) => r.month),
  );
  const months = [...earlier.filter((m) => !closed.has(m)), current];
  for (const month of months) await snapshotMonth(dataSource.manager, month, now, timeZone);
  return { months };
}

function assertMonth(field: string, month: string) {
  if (!MONTH_PATTERN.test(month)) throw badInput([{ field, code: 'INVALID_MONTH', message: `${field} is a calendar month as YYYY-MM, such as 2026-01` }]);
}

function valueOf(f: KpiFigure | undefined): string | null {
  if (!f) return null;
  return percent(f.part, f.whole);
}

async function scopeOf(ctx: RequestContext, tierId: string | null | undefined): Promise<string> {
  if (!tierId) return ALL_TIERS;
  if (tierId === NO_TIER) return NO_TIER;
  if (!(await ctx.manager.existsBy(Tier, { id: tierId }))) throw notFound('Tier', tierId);
  return tierId;
}

export const KpiService = {
  /**
   * Every KPI over the months `from`…`to` (YYYY-MM, in the institution's time zone) for a tier or for all: each month's
   * value from its snapshot (the job measures the current month again each hour; measured here only when it has no
   * snapshot yet, so that the dashboard never waits for a million customers' records), with when it was measured, the
   * target and the period it applies to, the baseline (the first month measured, over all history), the value expected
   * by now on the way from it, and whether the latest month is on track.
   */
  async kpis(ctx: RequestContext, from: string, to: string, tierId?: string | null, now = new Date()) {
    assertMonth('from', from);
    assertMonth('to', to);
    const months = monthRange(from, to);
    if (months.length === 0) throw badInput([{ field: 'to', code: 'RANGE_ORDER', message: 'to is the same month as from or later' }]);
    if (months.length > MAX_KPI_MONTHS)
      throw badInput([{ field: 'from', code: 'RANGE_TOO_LONG', message: `Ask for at most ${MAX_KPI_MONTHS} months at once` }]);
    const scope = await scopeOf(ctx, tierId);
    const timeZone = institutionTimeZone();
    const current = monthOf(now, timeZone);
    let rows = await ctx.manager.find(KpiSnapshot, { where: { scope }, order: { month: 'ASC' } });
    const live = rows.find((r) => r.month === current);
    if (months.includes(current) && !live) {
      // A write, and the read after it: on the primary, even for a query a read replica serves.
      await snapshotMonth(ctx.dataSource.manager, current, now, timeZone);
      rows = await ctx.dataSource.manager.find(KpiSnapshot, { where: { scope }, order: { month: 'ASC' } });
    }
    const byMonth = new Map(rows.filter((r) => r.month <= to).map((r) => [r.month, r]));
    const last = months[months.length - 1];
    return Object.values(Kpi).map((kpi) => {
      const target = KPI_TARGETS[kpi];
      const measured = rows.filter((r) => r.month <= to && valueOf(r.figures[kpi]) !== null);
      const first = measured[0] ?? null;
      const baseline = first ? valueOf(first.figures[kpi]) : null;
      const latest = byMonth.get(last)?.figures[kpi];
      const value = valueOf(latest);
      const elapsed = first ? monthsBetween(first.month, last) : 0;
      return {
        kpi,
        month: last,
        measuredAt: byMonth.get(last)?.computedAt ?? null,
        value,
        part: latest?.part ?? null,
        whole: latest?.whole ?? null,
        median: latest?.median ?? null,
        target: new Decimal(target.value).toFixed(2),
        targetKind: target.kind,
        targetMonths: target.months,
        targetBy: first && target.kind !== 'AT_LEAST' && target.months ? addMonths(first.month, target.months) : null,
        baselineMonth: first?.month ?? null,
        baseline,
        expected: expectedByNow(target, baseline, elapsed),
        onTrack: onTrack(kpi, value, baseline, elapsed),
        trend: months.map((month) => {
          const f = byMonth.get(month)?.figures[kpi];
          return { month, value: valueOf(f), part: f?.part ?? null, whole: f?.whole ?? null };
        }),
      };
    });
  },

  /** One KPI in one month for each tier (from the snapshots): where the figure comes from. */
  async byTier(ctx: RequestContext, kpi: Kpi, month: string) {
    assertMonth('month', month);
    const rows = await ctx.manager.find(KpiSnapshot, { where: { month } });
    return rows
      .filter((r) => r.scope !== ALL_TIERS)
      .map((r) => ({
        tierId: r.scope === NO_TIER ? null : r.scope,
        value: valueOf(r.figures[kpi]),
        part: r.figures[kpi]?.part ?? null,
        whole: r.figures[kpi]?.whole ?? null,
      }));
  },

  /** The per-rule need identification accuracy of a month: which rule detects needs the customers say are wrong. */
  async needRules(ctx: RequestContext, month: string, now = new Date()) {
    assertMonth('month', month);
    const { period } = periodOf(month, now, institutionTimeZone());
    const rows = await needAccuracyByRule(ctx.manager, period);
    return rows.map((r) => ({
      ruleId: String(r.ruleId),
      judged: Number(r.judged),
      confirmed: Number(r.confirmed ?? 0),
      value: percent(Number(r.confirmed ?? 0), Number(r.judged)),
    }));
  },

  /**
   * The records behind a figure that falls short, newest first: the high-net-worth buyers who did not buy again, the
   * requests answered late or not at all by their deadline, the customers who churned, the customers not yet profiled.
   */
  async records(ctx: RequestContext, kpi: Kpi, month: string, tierId: string | null | undefined, take: number, skip: number, now = new Date()) {
    assertMonth('month', month);
    const scope = await scopeOf(ctx, tierId);
    const { period, yearStart } = periodOf(month, now, institutionTimeZone());
    const sql = new Sql(ctx.manager);
    const tierFilter = (column: string) => (scope === ALL_TIERS ? '' : scope === NO_TIER ? ` AND ${column} IS NULL` : ` AND ${column} = :tierId`);
    const page = ` LIMIT ${Math.floor(take)} OFFSET ${Math.floor(skip)}`;
    // The customer's name masked, as everywhere outside revealCustomer.
    const list = async (query: string) =>
      (await sql.rows(query, params)).map((r) => ({ ...r, at: instant(r.at), customerName: maskName(String(r.customerName ?? '')) }));
    const params = { ...period, yearStart, tierId: scope, yes: true, metric: SlaMetric.FIRST_RESPONSE, privateBanker: AdvisorModel.PRIVATE_BANKER };
    switch (kpi) {
      case Kpi.HNW_REPEAT_PURCHASE:
        return list(
          `SELECT o.customerId AS id, o.customerId AS customerId, MAX(c.name) AS customerName, MAX(c.tierId) AS tierId, MAX(o.paidAt) AS at, 'ONE_PURCHASE' AS reason
           FROM ${sql.table(Order)} o JOIN ${sql.table(Customer)} c ON c.id = o.customerId JOIN ${sql.table(Tier)} t ON t.id = c.tierId
           WHERE t.advisorModel = :privateBanker AND o.status IN (${sql.list(PURCHASE_STATUSES)}) AND o.paidAt >= :yearStart AND o.paidAt < :asOf${tierFilter('c.tierId')}
           GROUP BY o.customerId HAVING COUNT(*) = 1 ORDER BY at DESC${page}`,
        );
      case Kpi.RESPONSE_TIME:
        return list(
          `SELECT r.id AS id, r.customerId AS customerId, c.name AS customerName, r.tierId AS tierId, r.createdAt AS at,
             CASE WHEN r.firstResponseAt IS NULL THEN 'NOT_ANSWERED' ELSE 'ANSWERED_LATE' END AS reason
           FROM ${sql.table(ServiceRequest)} r JOIN ${sql.table(Customer)} c ON c.id = r.customerId
           WHERE r.createdAt >= :start AND r.createdAt < :asOf${tierFilter('r.tierId')}
             AND ((r.firstResponseAt IS NOT NULL AND r.firstResponseOnTime <> :yes)
               OR (r.firstResponseAt IS NULL AND EXISTS (SELECT 1 FROM ${sql.table(SlaEvent)} e WHERE e.requestId = r.id AND e.metric = :metric AND e.percent >= 100)))
           ORDER BY r.createdAt DESC${page}`,
        );
      case Kpi.PROFILED:
        return list(
          `SELECT c.id AS id, c.id AS customerId, c.name AS customerName, c.tierId AS tierId, c.createdAt AS at,
             CASE WHEN c.riskLevel IS NULL OR c.riskAssessmentExpiresAt IS NULL OR c.riskAssessmentExpiresAt <= :asOf THEN 'NO_VALID_ASSESSMENT'
                  WHEN c.lifeStage IS NULL THEN 'NO_LIFE_STAGE' WHEN c.occupation IS NULL THEN 'NO_OCCUPATION' WHEN c.tierId IS NULL THEN 'NO_TIER'
                  ELSE 'NO_NEED_OR_INTERVIEW' END AS reason
           FROM ${sql.table(Customer)} c
           WHERE c.createdAt < :asOf AND (c.closedAt IS NULL OR c.closedAt >= :asOf)${tierFilter('c.tierId')}
             AND NOT ${profiledCustomer(sql)}
           ORDER BY c.createdAt DESC${page}`,
        );
      case Kpi.CHURN:
        return list(
          `SELECT c.id AS id, c.id AS customerId, c.name AS customerName, c.tierId AS tierId, COALESCE(c.closedAt, s.day) AS at,
             CASE WHEN c.closedAt IS NOT NULL THEN 'CLOSED' ELSE 'AUM_ZERO' END AS reason
           FROM ${sql.table(Customer)} c LEFT JOIN ${sql.table(AumSnapshot)} s ON s.customerId = c.id AND s.day = (SELECT MAX(x.day) FROM ${sql.table(AumSnapshot)} x WHERE x.day < :asOf)
           WHERE ((c.closedAt >= :yearStart AND c.closedAt < :asOf) OR s.aum = 0)${tierFilter('c.tierId')}
           ORDER BY at DESC${page}`,
        );
      default:
        throw badInput([
          {
            field: 'kpi',
            code: 'NO_RECORDS',
            message: 'Records are listed for profiling, response time, high-net-worth repeat purchase and churn; see the tiers for the others',
          },
        ]);
    }
  },
};
