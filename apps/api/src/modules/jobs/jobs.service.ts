import type { RequestContext } from '../../common/context';
import { pageOf } from '../../common/crud';
import { JobRunStatus } from '../../common/enums';
import { notFound } from '../../common/errors';
import { JobRun } from '../../common/job-run.entity';
import type { ListArgs } from '../../common/list';
import { jobs } from '../../common/queue';
import type { JobRunFilter } from './jobs.inputs';
import type { JobQueueState, JobSummary } from './jobs.types';

function query(ctx: RequestContext, filter?: JobRunFilter) {
  const qb = ctx.manager.getRepository(JobRun).createQueryBuilder('e');
  if (filter?.ids) qb.andWhere(filter.ids.length ? 'e.id IN (:...ids)' : '1 = 0', { ids: filter.ids });
  if (filter?.job) qb.andWhere('e.job = :job', { job: filter.job });
  if (filter?.status) qb.andWhere('e.status = :status', { status: filter.status });
  if (filter?.startedFrom) qb.andWhere('e.startedAt >= :from', { from: filter.startedFrom });
  return qb;
}

const SORTABLE = ['startedAt', 'finishedAt', 'job', 'status', 'count'];

/** The jobs page: every run (newest first), a summary per job, and the queue. */
export const JobService = {
  list: (ctx: RequestContext, args: ListArgs, filter?: JobRunFilter) =>
    pageOf(query(ctx, filter), args, { typeName: 'JobRun', sortable: SORTABLE, defaultSort: 'startedAt', defaultOrder: 'DESC' }).getMany(),
  count: (ctx: RequestContext, filter?: JobRunFilter) => query(ctx, filter).getCount(),
  async get(ctx: RequestContext, id: string) {
    const run = await ctx.manager.findOneBy(JobRun, { id });
    if (!run) throw notFound('JobRun', id);
    return run;
  },

  /** Each defined job with its last run, last success and the last day's counts (one grouped count, two indexed look-ups per job). */
  async summaries(ctx: RequestContext, now = new Date()): Promise<JobSummary[]> {
    const since = new Date(now.getTime() - 86_400_000);
    const counts: { job: string; status: string; n: string | number }[] = await ctx.manager
      .createQueryBuilder(JobRun, 'r')
      .select('r.job', 'job')
      .addSelect('r.status', 'status')
      .addSelect('COUNT(*)', 'n')
      .where('r.startedAt >= :since', { since })
      .groupBy('r.job')
      .addGroupBy('r.status')
      .getRawMany();
    // The last run and the last success of each job: one indexed look-up each (job, startedAt), a dozen jobs.
    const latest = (job: string, status?: JobRunStatus) =>
      ctx.manager.findOne(JobRun, { where: status ? { job, status } : { job }, order: { startedAt: 'DESC' } });
    const definitions = jobs.all();
    const lastRunOf = new Map(await Promise.all(definitions.map(async (d) => [d.name, await latest(d.name)] as const)));
    const successOf = new Map(await Promise.all(definitions.map(async (d) => [d.name, (await latest(d.name, JobRunStatus.DONE))?.startedAt ?? null] as const)));
    const n = (job: string, status?: string) => counts.filter((c) => c.job === job && (!status || c.status === status)).reduce((a, c) => a + Number(c.n), 0);
    return definitions
      .map((d) => ({
        name: d.name,
        description: d.description,
        everySeconds: d.everyMs ? d.everyMs() / 1000 : null,
        lastRun: lastRunOf.get(d.name) ?? null,
        lastSucceededAt: successOf.get(d.name) ?? null,
        runs24h: n(d.name),
        failed24h: n(d.name, JobRunStatus.FAILED),
        running: n(d.name, JobRunStatus.RUNNING),
      }))
      .sort((a, b) => a.name.localeCompare(b.name));
  },

  async queue(): Promise<JobQueueState> {
    const counts = await jobs.counts().catch(() => ({}) as Record<string, number>);
    return { backend: jobs.kind, waiting: counts.waiting ?? 0, active: counts.active ?? 0, delayed: counts.delayed ?? 0, failed: counts.failed ?? 0 };
  },
};
