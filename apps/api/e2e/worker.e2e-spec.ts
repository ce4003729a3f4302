import { Queue } from 'bullmq';
import { print } from 'graphql';
import {
  AllTiersDocument,
  ContactPolicyDocument,
  CreateCampaignDocument,
  JobSummariesDocument,
  ScheduleCampaignDocument,
  SetContactPolicyDocument,
  UpsertCustomersDocument,
} from '@tierwise/client';
import { ConsentKind } from '@tierwise/domain';
import { JobRun } from '../src/common/job-run.entity';
import { JobRunStatus } from '../src/common/enums';
import { insertRows } from '../src/common/persistence/bulk-insert';
import { newId } from '../src/common/persistence/columns';
import { Consent } from '../src/modules/consents';
import { Campaign, OutboxMessage, OutreachMessage } from '../src/modules/outreach';
import { databaseEnv, databaseKinds, eventually, startApiProcess, startTestApi, startWorkerProcess, underCi, type TestApi } from '../test-utils/harness';

const REDIS_URL = process.env.REDIS_URL;
if (!REDIS_URL && underCi()) throw new Error('REDIS_URL is required under CI: the worker test runs BullMQ on Redis');
const AUDIENCE = 240;

/**
 * The worker (issue 15): background jobs on BullMQ, two worker processes, one killed in the middle of a campaign send.
 * The job is taken over by the other worker and every message goes out exactly once (unique keys in the database).
 */
(REDIS_URL ? describe.each(databaseKinds()) : describe.skip.each(databaseKinds()))('the worker on %s with Redis', (kind) => {
  let api: TestApi;
  const prefix = `tw-test-${kind}-${process.pid}-${Date.now()}`;
  beforeAll(async () => {
    api = await startTestApi(kind, __filename, { sqliteFile: true });
  });
  afterAll(async () => {
    const queue = new Queue('jobs', { connection: { url: REDIS_URL!, maxRetriesPerRequest: null }, prefix: `${prefix}:bull` });
    await queue.obliterate({ force: true }).catch(() => undefined);
    await queue.close();
    await api.close();
  });

  it('takes over a campaign send from a killed worker and sends each message exactly once', async () => {
    const ordinary = (await api.viewer.request(AllTiersDocument, {})).allTiers.find((t) => t.code === 'ORDINARY')!.id;
    const refs = Array.from({ length: AUDIENCE }, (_, i) => `WK-${String(i).padStart(4, '0')}`);
    await api.pm.request(UpsertCustomersDocument, { items: refs.map((r) => ({ externalRef: r, name: `客户${r}`, aum: '2000' })) });
    const customers: { id: string }[] = await api.dataSource.query('SELECT id FROM customer WHERE externalRef LIKE ?', ['WK-%']);
    expect(customers.length).toBe(AUDIENCE);
    // Every one of them takes marketing SMS (recorded as the consents module records them).
    await insertRows(
      api.dataSource.manager,
      Consent,
      customers.map((c) => ({
        id: newId(),
        customerId: c.id,
        kind: ConsentKind.MARKETING_SMS,
        partnerId: null,
        granted: true,
        changedAt: new Date(),
        recordedBy: 'test',
      })),
    );
    // No quiet hours: the messages go whatever the time of day the test runs (quiet hours have their own tests).
    const { version, caps } = (await api.viewer.request(ContactPolicyDocument, {})).contactPolicy;
    await api.pm.request(SetContactPolicyDocument, {
      version,
      policy: { caps: caps.map(({ channel, category, perDay, perWeek }) => ({ channel, category, perDay, perWeek })) },
    });
    const env = {
      ...databaseEnv(api),
      REDIS_URL: REDIS_URL!,
      REDIS_PREFIX: prefix,
      // 40 messages a second across both workers: the send takes about six seconds, long enough to kill one in it.
      OUTREACH_RATE_PER_SECOND: '40',
      WORKER_LOCK_MS: '2000',
      WORKER_CONCURRENCY: '2',
      SCHEDULE_INTERVAL_MS: '300',
    };
    // The API with Redis only queues jobs; the workers run them.
    const apiProcess = await startApiProcess({ ...env, ADMIN_EMAIL: 'admin@tierwise.local' });
    const workers = [await startWorkerProcess(env), await startWorkerProcess(env)];
    try {
      const campaign = (
        await api.pm.request(CreateCampaignDocument, {
          code: 'WK-SEND',
          name: '工作进程测试',
          audienceKind: 'TIER',
          audienceRef: ordinary,
          channels: ['SMS'],
          templateZh: '{{name}}您好',
        })
      ).createCampaign;
      await api.pm.request(ScheduleCampaignDocument, { id: campaign.id, version: campaign.version });

      // The dispatch (a job scheduler) starts the send on one worker; once it is well under way, that worker is killed.
      const running = await eventually(
        async () => {
          const run = await api.dataSource.manager.findOneBy(JobRun, { job: 'campaign-send', status: JobRunStatus.RUNNING });
          const sent = await api.dataSource.manager.countBy(OutboxMessage, {});
          return run && sent >= 60 ? run : null;
        },
        30_000,
        'the campaign send to be under way',
      );
      const victim = workers.find((w) => running!.runner.includes(`:${w.pid}:`))!;
      expect(victim).toBeDefined();
      await victim.kill('SIGKILL');
      const sentAtKill = await api.dataSource.manager.countBy(OutboxMessage, {});
      expect(sentAtKill).toBeLessThan(AUDIENCE);
      if (process.env.SHOW_EVIDENCE) console.log(`killed pid ${victim.pid} with ${sentAtKill} of ${AUDIENCE} sent`);

      // The other worker takes the job over (its lock expired) and finishes the audience.
      await eventually(
        async () => (await api.dataSource.manager.findOneBy(Campaign, { id: campaign.id }))?.status === 'COMPLETED',
        60_000,
        'the campaign to complete',
      );
      const outbox: { messageId: string }[] = await api.dataSource.manager.find(OutboxMessage, { select: { messageId: true } });
      expect(outbox.length).toBe(AUDIENCE);
      expect(new Set(outbox.map((o) => o.messageId)).size).toBe(AUDIENCE);
      const messages = await api.dataSource.manager.findBy(OutreachMessage, { campaignId: campaign.id });
      expect(messages.length).toBe(AUDIENCE);
      expect(messages.every((m) => m.status === 'SENT' && m.attempts === 1)).toBe(true);
      // The runs: the killed worker's, marked failed when the job was taken over, and the survivor's, done.
      const runs = await api.dataSource.manager.find(JobRun, { where: { job: 'campaign-send' }, order: { startedAt: 'ASC' } });
      expect(runs.map((r) => r.status)).toEqual([JobRunStatus.FAILED, JobRunStatus.DONE]);
      expect(runs[0].jobKey).toBe(runs[1].jobKey);
      expect(runs[0].runner).not.toBe(runs[1].runner);
      expect(runs[0].count + runs[1].count).toBeLessThanOrEqual(AUDIENCE);
      if (process.env.SHOW_EVIDENCE)
        console.log(
          JSON.stringify({
            outbox: outbox.length,
            distinct: new Set(outbox.map((o) => o.messageId)).size,
            runs: runs.map((r) => [r.status, r.runner, r.count, r.error]),
          }),
        );

      // The jobs page sees the queue on Redis, and every periodic job ran on the workers.
      const page = await fetch(`${apiProcess.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'mutation { login(email: "admin@tierwise.local", password: "admin-password-for-tests") { token } }' }),
      });
      const token = ((await page.json()) as { data: { login: { token: string } } }).data.login.token;
      const summary = await fetch(`${apiProcess.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: print(JobSummariesDocument) }),
      });
      const { data } = (await summary.json()) as {
        data: { jobQueue: { backend: string }; jobSummaries: { name: string; runs24h: number; lastRun: { runner: string } | null }[] };
      };
      expect(data.jobQueue.backend).toBe('bullmq');
      const sla = data.jobSummaries.find((j) => j.name === 'sla')!;
      expect(sla.runs24h).toBeGreaterThan(0);
      expect(sla.lastRun!.runner).toMatch(/:worker$/);
      const metrics = await (await fetch(`${apiProcess.url}/metrics`)).text();
      expect(metrics).toMatch(/tierwise_job_runs_24h\{job="campaign-send",status="DONE"\} 1/);
      expect(metrics).toMatch(/tierwise_job_queue_jobs\{state="waiting"\}/);
    } finally {
      for (const w of workers) await w.kill();
      await apiProcess.close();
    }
  }, 120_000);
});
