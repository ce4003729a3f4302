import { In, MoreThan, MoreThanOrEqual, type DataSource, type EntityManager } from 'typeorm';
import Decimal from 'decimal.js';
import {
  DAY_MS,
  decideTier,
  DEFAULT_TIERING_POLICY,
  fromMinorUnits,
  nextTierReview,
  startOfUtcDay,
  tieringWindow,
  type TieringPolicy,
  type TieringWindow,
} from '@tierwise/domain';
import { inTransaction, systemContext, type RequestContext } from '../../common/context';
import { conflict, notFound } from '../../common/errors';
import type { DomainEvents } from '../../common/events';
import { insertRows, updateRows } from '../../common/persistence/bulk-insert';
import { jobs } from '../../common/queue';
import { newId } from '../../common/persistence/columns';
import { writeLock } from '../../common/persistence/locks';
import { Tier } from '../tiers';
import { AumSnapshot, Customer } from '../customers';
import { RetierJob, type RetierScope } from './retier-job.entity';
import { TierChange } from './tier-change.entity';
import { tierChangesOfCustomer } from './tiering.loaders';

export const RETIER_BATCH_SIZE = 1000;

/** The customers of a batch that re-tiering reads: id order, the fields the decision needs. */
export type TieringRow = Pick<Customer, 'id' | 'aum' | 'tierId' | 'tierBelowFloorSince'>;

const TIERING_FIELDS = { id: true, aum: true, tierId: true, tierBelowFloorSince: true } as const;

/**
 * The next `take` customers after `after` in key order (the first ones when null): a batch of the run or of its
 * preview. `lock` holds the rows until the transaction ends, so that AUM arriving meanwhile waits and marks them due
 * again after this batch has written their review day.
 */
export function tieringBatch(m: EntityManager, after: string | null, take: number, lock?: ReturnType<typeof writeLock>): Promise<TieringRow[]> {
  return m.find(Customer, { select: TIERING_FIELDS, where: after ? { id: MoreThan(after) } : {}, order: { id: 'ASC' }, take, lock });
}

/** The customers (alias `c`) due for a look on `now`'s day: their AUM changed since the last look (null), or their review day came. */
const due = (m: EntityManager, now: Date) =>
  m.createQueryBuilder(Customer, 'c').where('c.tierReviewDue IS NULL OR c.tierReviewDue < :end', { end: new Date(startOfUtcDay(now).getTime() + DAY_MS) });

/** The next `take` customers due on `now`'s day, locked. */
function dueBatch(m: EntityManager, now: Date, take: number): Promise<TieringRow[]> {
  const qb = due(m, now)
    .select(Object.keys(TIERING_FIELDS).map((f) => `c.${f}`))
    .orderBy('c.tierReviewDue', 'ASC')
    .addOrderBy('c.id', 'ASC')
    .limit(take);
  const lock = writeLock(m.connection);
  if (lock) qb.setLock(lock.mode);
  return qb.getMany();
}

/**
 * Each customer's tiering window, as the engine computes it: the average daily AUM of the policy's window with its
 * lowest and highest value (a customer with a snapshot for every day is aggregated in SQL; the others, new customers
 * and missing days, read their snapshots for the carry-forward rule), or the current AUM. With `after` given, `batch`
 * is a key range in id order after it, so its snapshots are one contiguous range of the (customerId, day) primary
 * key; without it, the batch's ids are looked up one by one. The re-tiering run and its preview both use it.
 */
export async function tieringWindows(
  m: EntityManager,
  batch: readonly TieringRow[],
  policy: TieringPolicy,
  now: Date,
  after?: string | null,
): Promise<Map<string, TieringWindow>> {
  const windows = new Map<string, TieringWindow>();
  if (batch.length === 0) return windows;
  if (policy.basis !== 'AVERAGE_DAILY_AUM') {
    for (const c of batch) windows.set(c.id, tieringWindow([], c.aum, policy, now));
    return windows;
  }
  const today = startOfUtcDay(now);
  const since = new Date(today.getTime() - (policy.averageDays - 1) * DAY_MS);
  const qb = m
    .createQueryBuilder(AumSnapshot, 's')
    .select('s.customerId', 'customerId')
    .addSelect('COUNT(*)', 'n')
    .addSelect('SUM(s.aum)', 'total')
    .addSelect('MIN(s.aum)', 'low')
    .addSelect('MAX(s.aum)', 'high');
  if (after === undefined) qb.where('s.customerId IN (:...ids)', { ids: batch.map((c) => c.id) });
  else qb.where(after ? 's.customerId > :after AND s.customerId <= :last' : 's.customerId <= :last', { after, last: batch[batch.length - 1].id });
  const rows: { customerId: string; n: string | number; total: string | number; low: string | number; high: string | number }[] = await qb
    .andWhere('s.day >= :since AND s.day < :end', { since, end: new Date(today.getTime() + DAY_MS) })
    .groupBy('s.customerId')
    .getRawMany();
  for (const r of rows) {
    if (Number(r.n) === policy.averageDays) {
      windows.set(r.customerId, {
        basis: new Decimal(fromMinorUnits(String(r.total))).dividedBy(policy.averageDays).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2),
        low: new Decimal(fromMinorUnits(String(r.low))).toFixed(2),
        high: new Decimal(fromMinorUnits(String(r.high))).toFixed(2),
        days: policy.averageDays,
      });
    }
  }
  const rest = batch.filter((c) => !windows.has(c.id));
  if (rest.length) {
    const partial = await m.find(AumSnapshot, {
      where: { customerId: In(rest.map((c) => c.id)), day: MoreThanOrEqual(new Date(today.getTime() - 366 * DAY_MS)) },
    });
    const byCustomer = new Map<string, AumSnapshot[]>();
    for (const snapshot of partial) byCustomer.set(snapshot.customerId, [...(byCustomer.get(snapshot.customerId) ?? []), snapshot]);
    for (const c of rest) windows.set(c.id, tieringWindow(byCustomer.get(c.id) ?? [], c.aum, policy, now));
  }
  return windows;
}

/**
 * Re-tier one batch of the job — after its cursor (every customer), or the next customers due (the daily run) — in
 * one transaction with the job's progress. Each customer gets their next review day. Returns whether customers remain.
 */
export async function retierBatch(dataSource: DataSource, jobId: string, policy: TieringPolicy = DEFAULT_TIERING_POLICY, now = new Date()): Promise<boolean> {
  return inTransaction(systemContext(dataSource, 'system'), async (tx) => {
    const m = tx.manager;
    // Locking reads first: what this transaction reads after them includes whatever their holders committed.
    const lock = writeLock(dataSource);
    const job = await m.findOne(RetierJob, { where: { id: jobId }, lock });
    if (!job || job.status !== 'RUNNING') return false;
    const batch = job.scope === 'DUE' ? await dueBatch(m, now, RETIER_BATCH_SIZE) : await tieringBatch(m, job.cursor, RETIER_BATCH_SIZE, lock);
    if (batch.length === 0) {
      await m.update(RetierJob, { id: jobId }, { status: 'DONE', finishedAt: now });
      return false;
    }
    const tiers = await m.find(Tier);
    const codeOf = new Map(tiers.map((t) => [t.id, t.code]));
    const idOf = new Map(tiers.map((t) => [t.code, t.id]));
    const windows = await tieringWindows(m, batch, policy, now, job.scope === 'DUE' ? undefined : job.cursor);
    // Decide in memory, then write set-wise: one UPDATE of the batch (each customer's tier, grace clock and review day;
    // updatedAt only where the tier or the clock changed — the review day is the run's bookkeeping, not an edit) and
    // one INSERT of history. The rows are locked, so writing back what was read loses nothing.
    const rows: Partial<Customer>[] = [];
    const history: Partial<TierChange>[] = [];
    for (const customer of batch) {
      const window = windows.get(customer.id)!;
      const decision = decideTier(
        tiers,
        { tier: customer.tierId ? (codeOf.get(customer.tierId) ?? null) : null, belowFloorSince: customer.tierBelowFloorSince },
        window.basis,
        policy,
        now,
      );
      const toTierId = idOf.get(decision.tier!)!;
      const clockMoved = (decision.belowFloorSince?.getTime() ?? null) !== (customer.tierBelowFloorSince?.getTime() ?? null);
      rows.push({
        id: customer.id,
        tierId: toTierId,
        tierBelowFloorSince: decision.belowFloorSince,
        tierReviewDue: nextTierReview(tiers, decision, window, policy, now),
        updatedAt: (decision.changed || clockMoved ? now : null) as Date,
      });
      if (decision.changed) {
        history.push({
          id: newId(),
          customerId: customer.id,
          fromTierId: customer.tierId,
          toTierId,
          changedAt: now,
          basis: window.basis,
          reason: decision.reason,
          reasonCode: decision.reasonCode,
          reasonParams: decision.reasonParams,
        });
      }
    }
    await updateRows(m, Customer, rows, ['tierId', 'tierBelowFloorSince', 'tierReviewDue', 'updatedAt'], { keepWhenNull: ['updatedAt'] });
    await insertRows(m, TierChange, history, { chunk: 500 });
    await m.update(
      RetierJob,
      { id: jobId },
      {
        cursor: batch[batch.length - 1].id,
        processed: job.processed + batch.length,
        changed: job.changed + history.length,
      },
    );
    return batch.length === RETIER_BATCH_SIZE;
  });
}

const running = new Set<string>();

/**
 * Run a job's batches to the end (each batch its own short transaction, the cursor moved with it, so a run resumed
 * after a crash or by another worker goes on where the last committed batch ended), then mark it done. `clock` says
 * what "now" is for each batch (the grace period before a move down is counted on it).
 */
export function runRetierJob(
  dataSource: DataSource,
  jobId: string,
  policy?: TieringPolicy,
  clock: () => Date = () => new Date(),
  progress?: (percent: number) => Promise<void>,
): Promise<void> {
  if (running.has(jobId)) return Promise.resolve();
  running.add(jobId);
  const loop = async () => {
    try {
      while (dataSource.isInitialized && (await retierBatch(dataSource, jobId, policy, clock()))) {
        if (progress) {
          const job = await dataSource.manager.findOneBy(RetierJob, { id: jobId });
          if (job?.total) await progress((100 * job.processed) / job.total);
        }
      }
      if (dataSource.isInitialized) await retierBatch(dataSource, jobId, policy, clock()); // marks DONE when nothing is left
    } catch (error) {
      if (dataSource.isInitialized) {
        await dataSource.manager.update(
          RetierJob,
          { id: jobId },
          { status: 'FAILED', error: String((error as Error).message).slice(0, 1000), finishedAt: new Date() },
        );
      }
    } finally {
      running.delete(jobId);
    }
  };
  return loop();
}

/** Put a run on the queue (the worker's, or this process's). */
const enqueueRun = (ctx: RequestContext, jobId: string) => jobs.enqueue(ctx, 'retier', { jobId }, { jobId: `retier:${jobId}` });

/** Jobs left RUNNING by a stopped process continue from their cursor (in process; BullMQ re-delivers its own). */
export async function resumeRetierJobs(dataSource: DataSource): Promise<void> {
  for (const job of await dataSource.manager.findBy(RetierJob, { status: 'RUNNING' })) await enqueueRun(systemContext(dataSource, 'retier'), job.id);
}

jobs.define<{ jobId: string }>({
  name: 'retier',
  description: 'Customers re-tiered',
  attempts: 1,
  async run({ dataSource, progress }, { jobId }) {
    await runRetierJob(dataSource, jobId, undefined, undefined, progress);
    const job = await dataSource.manager.findOneBy(RetierJob, { id: jobId });
    if (job?.status === 'FAILED') throw new Error(job.error ?? 'The re-tiering run failed');
    return job?.changed ?? 0;
  },
});

jobs.define({
  name: 'retier-scheduled',
  description: 'The daily re-tiering run',
  everyMs: () => DAY_MS,
  async run({ dataSource }) {
    const ctx = systemContext(dataSource, 'retier');
    if (await dataSource.manager.existsBy(RetierJob, { status: 'RUNNING' })) return 0; // a run in progress covers today
    return (await RetierService.runToEnd(ctx)).changed;
  },
});

/** Why a run started, as the English text and as a code with parameters that clients translate. */
export type RetierCause = { code: 'ON_DEMAND' | 'SCHEDULED' } | DomainEvents['tierRangesChanged'];

function causeText(cause: RetierCause): string {
  switch (cause.code) {
    case 'ON_DEMAND':
      return 'On demand';
    case 'SCHEDULED':
      return 'Scheduled';
    case 'TIER_CREATED':
      return `Tier configuration changed: tier ${cause.tier} created`;
    case 'TIER_RANGE_EDITED':
      return `Tier configuration changed: range of ${cause.tier} edited`;
    case 'RANGES_EDITED':
      return 'Tier configuration changed: ranges edited';
    case 'TIER_DELETED':
      return `Tier configuration changed: tier ${cause.tier} deleted`;
  }
}

async function newJob(tx: RequestContext, cause: RetierCause, scope: RetierScope = 'ALL', now = new Date()): Promise<RetierJob> {
  const created: RetierJob = tx.manager.create(RetierJob, {
    id: newId(),
    status: 'RUNNING',
    scope,
    total: scope === 'DUE' ? await due(tx.manager, now).getCount() : await tx.manager.count(Customer),
    processed: 0,
    changed: 0,
    cursor: null,
    requestedBy: tx.actor!.email,
    reason: causeText(cause).slice(0, 200),
    reasonCode: cause.code,
    reasonParams: 'tier' in cause && cause.tier ? { tier: cause.tier } : {},
    startedAt: new Date(),
    finishedAt: null,
    error: null,
  });
  await tx.manager.insert(RetierJob, created);
  return created;
}

export const RetierService = {
  /** Start re-tiering every customer (one run at a time); progress is read with `retierJob(id)`. */
  async start(ctx: RequestContext): Promise<RetierJob> {
    const job = await RetierService.create(ctx, { code: 'ON_DEMAND' });
    await enqueueRun(ctx, job.id);
    return job;
  },

  /** Create a run (refused while another is in progress) without starting it. */
  create: (ctx: RequestContext, cause: RetierCause, scope: RetierScope = 'ALL', now = new Date()) =>
    inTransaction(ctx, async (tx) => {
      if (await tx.manager.existsBy(RetierJob, { status: 'RUNNING' })) throw conflict('A re-tiering run is already in progress; wait for it to finish');
      return newJob(tx, cause, scope, now);
    }),

  /**
   * The daily run, waited for, on the given clock (tests move it): the customers due — AUM changed since they were
   * last looked at, or their review day come (a crossing of a tier boundary or the end of a grace period possible) —
   * decided as a run over everyone would decide them; the others cannot have changed.
   */
  async runToEnd(ctx: RequestContext, clock: () => Date = () => new Date(), policy?: TieringPolicy): Promise<RetierJob> {
    const job = await RetierService.create(ctx, { code: 'SCHEDULED' }, 'DUE', clock());
    await runRetierJob(ctx.dataSource, job.id, policy, clock);
    return RetierService.get(ctx, job.id);
  },

  /**
   * The tier ranges changed (after the change committed): a run in progress decides on the old ranges, so it is
   * superseded, and a new run re-tiers everyone on the new ones.
   */
  async afterTierRangesChanged(ctx: RequestContext, cause: RetierCause): Promise<RetierJob> {
    const job = await inTransaction(ctx, async (tx) => {
      await tx.manager.update(RetierJob, { status: 'RUNNING' }, { status: 'SUPERSEDED', finishedAt: new Date() });
      return newJob(tx, cause);
    });
    await enqueueRun(ctx, job.id);
    return job;
  },

  latest: (ctx: RequestContext) => ctx.manager.findOne(RetierJob, { where: {}, order: { startedAt: 'DESC' } }),

  async get(ctx: RequestContext, id: string): Promise<RetierJob> {
    const job = await ctx.manager.findOneBy(RetierJob, { id });
    if (!job) throw notFound('RetierJob', id);
    return job;
  },

  history: async (ctx: RequestContext, customerId: string) => ctx.loaders.get(tierChangesOfCustomer).load(customerId),
};
