import { hostname } from 'node:os';
import { Queue, Worker, type Job } from 'bullmq';
import { LessThan, type DataSource } from 'typeorm';
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import { JobRunStatus } from './enums';
import { JobRun } from './job-run.entity';
import { logger } from './observability';
import { newId } from './persistence/columns';
import type { RequestContext } from './context';

/** What a job's code gets: the database, and a way to report how far it is. */
export interface JobContext {
  dataSource: DataSource;
  /** Report progress in percent (0–100); shown on the jobs page. */
  progress(percent: number): Promise<void>;
  /** The queue's id of this job (stable across retries). */
  jobKey: string;
  attempt: number;
}

/**
 * A kind of background work. Its effect must be idempotent by the database (a unique key, a conditional update, a
 * cursor moved in the same transaction as the batch it covers): the queue delivers at least once — a job is retried
 * after a failure and re-run when its worker dies — so the effect, not the delivery, is what happens once.
 */
export interface JobDefinition<D = Record<string, unknown>> {
  name: string;
  /** What it does, for the jobs page (English; the console translates by name). */
  description: string;
  /** Periodic: scheduled every this many milliseconds (a BullMQ job scheduler; a timer in process). */
  everyMs?: () => number;
  /** Attempts before a run's failure is final (3 by default), with exponential back-off. */
  attempts?: number;
  /** Do the work; answer how many effects it had (orders confirmed, messages sent, …). */
  run(ctx: JobContext, data: D): Promise<number>;
}

export interface EnqueueOptions {
  /** The job's id: a second enqueue with the same id while the first is known to the queue is ignored. */
  jobId?: string;
  delayMs?: number;
}

/** Where enqueued jobs go: this process (no Redis), or BullMQ on Redis for the worker processes. */
interface Backend {
  readonly kind: 'in-process' | 'bullmq';
  enqueue(ctx: RequestContext, name: string, data: object, options: EnqueueOptions): Promise<string>;
  counts(): Promise<Record<string, number>>;
  close(): Promise<void>;
}

const runner = (role: string) => `${hostname()}:${process.pid}:${role}`.slice(0, 120);

/** The process's jobs: their definitions (registered by the composition root) and the backend they run on. */
export class JobQueue {
  private readonly definitions = new Map<string, JobDefinition<never>>();
  private backend: Backend = new InProcessBackend(this);
  private role = 'api';
  private metrics?: { runs: Counter; duration: Histogram };

  define<D extends object>(definition: JobDefinition<D>): void {
    this.definitions.set(definition.name, definition as unknown as JobDefinition<never>);
  }

  all(): JobDefinition[] {
    return [...this.definitions.values()] as unknown as JobDefinition[];
  }

  get(name: string): JobDefinition {
    const definition = this.definitions.get(name);
    if (!definition) throw new Error(`No job is defined as ${name}`);
    return definition as unknown as JobDefinition;
  }

  get kind(): Backend['kind'] {
    return this.backend.kind;
  }

  /** Queue work for later (after the caller's transaction has committed: enqueue from outside it). */
  enqueue(ctx: RequestContext, name: string, data: object = {}, options: EnqueueOptions = {}): Promise<string> {
    this.get(name);
    return this.backend.enqueue(ctx, name, data, options);
  }

  /** Jobs waiting, running, delayed and failed in the queue (in process: those running now). */
  counts(): Promise<Record<string, number>> {
    return this.backend.counts();
  }

  /** Send enqueued jobs to BullMQ (the API with REDIS_URL) or keep them in this process (the default). */
  useBullmq(redisUrl: string, prefix: string): Queue {
    const backend = new BullmqBackend(redisUrl, prefix);
    this.backend = backend;
    return backend.queue;
  }

  /**
   * Count runs and their durations in `registry` (the /metrics of the process that runs them), and expose what every
   * process recorded (runs of the last 24 hours by job and status, from `job_run`) and the queue's own counts.
   */
  instrument(registry: Registry, dataSource: DataSource): void {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const queue = this;
    new Gauge({
      name: 'tierwise_job_queue_jobs',
      help: 'Jobs in the queue by state (BullMQ: waiting, active, delayed, failed, completed; in process: active)',
      labelNames: ['state'],
      registers: [registry],
      async collect() {
        const counts = await queue.counts().catch(() => ({}) as Record<string, number>);
        for (const [state, n] of Object.entries(counts)) this.set({ state }, n);
      },
    });
    new Gauge({
      name: 'tierwise_job_runs_24h',
      help: 'Background job runs of the last 24 hours, by job and status, whichever process ran them',
      labelNames: ['job', 'status'],
      registers: [registry],
      async collect() {
        this.reset();
        if (!dataSource.isInitialized) return;
        const rows: { job: string; status: string; n: string | number }[] = await dataSource.manager
          .createQueryBuilder(JobRun, 'r')
          .select('r.job', 'job')
          .addSelect('r.status', 'status')
          .addSelect('COUNT(*)', 'n')
          .where('r.startedAt >= :since', { since: new Date(Date.now() - 86_400_000) })
          .groupBy('r.job')
          .addGroupBy('r.status')
          .getRawMany()
          .catch(() => []);
        for (const row of rows) this.set({ job: row.job, status: row.status }, Number(row.n));
      },
    });
    this.metrics = {
      runs: new Counter({
        name: 'tierwise_job_runs_total',
        help: 'Background job runs in this process by job and outcome',
        labelNames: ['job', 'outcome'],
        registers: [registry],
      }),
      duration: new Histogram({
        name: 'tierwise_job_duration_seconds',
        help: 'Background job run time in this process by job',
        labelNames: ['job'],
        buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 15, 60, 300],
        registers: [registry],
      }),
    };
  }

  setRole(role: 'api' | 'worker'): void {
    this.role = role;
  }

  /** Run one job now, recording the run (its progress, count, error) in `job_run`. Throws what the job threw. */
  async execute(
    dataSource: DataSource,
    name: string,
    data: object,
    jobKey: string,
    attempt: number,
    onProgress?: (p: number) => Promise<void>,
  ): Promise<number> {
    const definition = this.get(name);
    const run: JobRun = {
      id: newId(),
      job: name,
      jobKey: jobKey.slice(0, 120),
      attempt,
      status: JobRunStatus.RUNNING,
      progress: 0,
      count: 0,
      error: null,
      runner: runner(this.role),
      startedAt: new Date(),
      finishedAt: null,
    };
    // A run of the same job left RUNNING was its worker's last: that worker stopped (the queue re-delivered the job).
    await dataSource.manager.update(
      JobRun,
      { jobKey: run.jobKey, status: JobRunStatus.RUNNING },
      { status: JobRunStatus.FAILED, error: 'Its process stopped before the run finished; the job was run again', finishedAt: run.startedAt },
    );
    await dataSource.manager.insert(JobRun, run);
    const started = process.hrtime.bigint();
    const finish = async (outcome: Partial<JobRun>) => {
      if (dataSource.isInitialized) await dataSource.manager.update(JobRun, { id: run.id }, { ...outcome, finishedAt: new Date() });
      this.metrics?.runs.inc({ job: name, outcome: outcome.status === JobRunStatus.DONE ? 'done' : 'failed' });
      this.metrics?.duration.observe({ job: name }, Number(process.hrtime.bigint() - started) / 1e9);
    };
    try {
      const count = await definition.run(
        {
          dataSource,
          jobKey,
          attempt,
          progress: async (percent) => {
            const p = Math.max(0, Math.min(100, Math.round(percent)));
            await dataSource.manager.update(JobRun, { id: run.id }, { progress: p });
            await onProgress?.(p);
          },
        },
        data as never,
      );
      await finish({ status: JobRunStatus.DONE, progress: 100, count });
      if (count) logger.info({ job: name, count }, definition.description);
      return count;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await finish({ status: JobRunStatus.FAILED, error: message.slice(0, 1000) }).catch(() => undefined);
      logger.warn({ job: name, attempt, error: message }, 'A background job failed');
      throw error;
    }
  }

  /**
   * Run the periodic jobs in this process on timers (the embedded default: no Redis, no worker). Each runs after the
   * one before it has finished; a failure is logged and recorded, and the job runs again at its next turn.
   */
  startInProcessSchedules(dataSource: DataSource): () => void {
    const timers: NodeJS.Timeout[] = [];
    for (const definition of this.all()) {
      if (!definition.everyMs) continue;
      let busy = false;
      const tick = async () => {
        if (busy || !dataSource.isInitialized) return;
        busy = true;
        try {
          await this.execute(dataSource, definition.name, {}, `schedule:${definition.name}:${Date.now()}`, 1);
        } catch {
          /* recorded in job_run and logged; the next turn runs it again */
        } finally {
          busy = false;
        }
      };
      void tick();
      const timer = setInterval(() => void tick(), definition.everyMs());
      timer.unref();
      timers.push(timer);
    }
    return () => timers.forEach((t) => clearInterval(t));
  }

  /**
   * Process jobs from BullMQ (the worker process): the periodic ones become job schedulers (upserted, so every worker
   * may do it; schedulers of jobs no longer defined are removed), and `concurrency` jobs run at a time. A job whose
   * worker dies is re-delivered after `lockMs` (BullMQ's stalled-job check) to another worker.
   */
  async startWorker(dataSource: DataSource, redisUrl: string, prefix: string, options: { concurrency: number; lockMs: number }): Promise<() => Promise<void>> {
    const queue = this.useBullmq(redisUrl, prefix);
    const periodic = this.all().filter((d) => d.everyMs);
    for (const scheduler of await queue.getJobSchedulers()) {
      if (scheduler.key && !periodic.some((d) => d.name === scheduler.key)) await queue.removeJobScheduler(scheduler.key);
    }
    for (const definition of periodic) {
      await queue.upsertJobScheduler(
        definition.name,
        { every: definition.everyMs!() },
        { name: definition.name, data: {}, opts: { attempts: 1, removeOnComplete: 100, removeOnFail: 500 } },
      );
    }
    const worker = new Worker(
      QUEUE_NAME,
      async (job: Job) => this.execute(dataSource, job.name, job.data as object, String(job.id), job.attemptsMade + 1, (p) => job.updateProgress(p)),
      {
        connection: connectionOf(redisUrl),
        prefix,
        concurrency: options.concurrency,
        lockDuration: options.lockMs,
        stalledInterval: Math.max(500, Math.floor(options.lockMs / 2)),
        maxStalledCount: 5,
      },
    );
    worker.on('error', (error) => logger.warn({ error: error.message }, 'The job worker lost its connection; reconnecting'));
    return async () => {
      await worker.close();
      await this.backend.close();
    };
  }

  async close(): Promise<void> {
    await this.backend.close();
    this.backend = new InProcessBackend(this);
  }
}

const QUEUE_NAME = 'jobs';
const connectionOf = (url: string) => ({ url, maxRetriesPerRequest: null, enableOfflineQueue: true });

/** No Redis: an enqueued job runs in this process at once (in the background), retried with back-off on failure. */
class InProcessBackend implements Backend {
  readonly kind = 'in-process';
  private readonly running = new Map<string, Promise<unknown>>();

  constructor(private readonly queue: JobQueue) {}

  async enqueue(ctx: RequestContext, name: string, data: object, options: EnqueueOptions): Promise<string> {
    const jobId = options.jobId ?? newId();
    if (this.running.has(jobId)) return jobId;
    const attempts = this.queue.get(name).attempts ?? 3;
    const work = (async () => {
      if (options.delayMs) await sleep(options.delayMs);
      for (let attempt = 1; attempt <= attempts && ctx.dataSource.isInitialized; attempt++) {
        try {
          await this.queue.execute(ctx.dataSource, name, data, jobId, attempt);
          return;
        } catch {
          if (attempt < attempts) await sleep(200 * 2 ** attempt);
        }
      }
    })().finally(() => this.running.delete(jobId));
    this.running.set(jobId, work);
    return jobId;
  }

  async counts() {
    return { active: this.running.size };
  }

  async close() {
    await Promise.allSettled(this.running.values());
  }
}

/** BullMQ on Redis: jobs wait in Redis for a worker process. */
class BullmqBackend implements Backend {
  readonly kind = 'bullmq';
  readonly queue: Queue;

  constructor(redisUrl: string, prefix: string) {
    this.queue = new Queue(QUEUE_NAME, { connection: connectionOf(redisUrl), prefix });
    this.queue.on('error', (error) => logger.warn({ error: error.message }, 'The job queue lost its connection; reconnecting'));
  }

  async enqueue(_ctx: RequestContext, name: string, data: object, options: EnqueueOptions): Promise<string> {
    const attempts = jobs.get(name).attempts ?? 3;
    const job = await this.queue.add(name, data, {
      jobId: options.jobId,
      delay: options.delayMs,
      attempts,
      backoff: { type: 'exponential', delay: 1000 },
      removeOnComplete: 1000,
      removeOnFail: 5000,
    });
    return String(job.id);
  }

  async counts() {
    return this.queue.getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed');
  }

  async close() {
    await this.queue.close();
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms).unref?.());

/** Runs older than this are pruned. */
export const JOB_RUN_RETENTION_DAYS = 7;

/** Delete job runs older than the retention (the housekeeping job). */
export async function pruneJobRuns(dataSource: DataSource, now = new Date()): Promise<number> {
  const result = await dataSource.manager.delete(JobRun, { startedAt: LessThan(new Date(now.getTime() - JOB_RUN_RETENTION_DAYS * 86_400_000)) });
  return result.affected ?? 0;
}

/** The process's one queue. */
export const jobs = new JobQueue();

/** How often the minute-by-minute jobs run (SCHEDULE_INTERVAL_MS; 60 s by default). */
export const minuteJobs = () => Math.max(100, Number(process.env.SCHEDULE_INTERVAL_MS ?? 60_000) || 60_000);
export const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

jobs.define({
  name: 'housekeeping',
  description: 'Job runs older than a week pruned',
  everyMs: () => DAY_MS,
  run: ({ dataSource }) => pruneJobRuns(dataSource),
});
