import 'reflect-metadata';
import { createServer } from 'node:http';
import { Registry, collectDefaultMetrics } from 'prom-client';
import { logger } from './common/observability';
import { jobs } from './common/queue';
import { bullPrefix, loadConfig } from './app/config';
import { createDataSource, isMysqlUrl } from './app/data-source';
import { ensureMysqlDatabase } from './app/mysql-database';
import './app/modules'; // every module defines its jobs when loaded

/**
 * The worker: the same configuration as the API (its database, Redis), processing the background jobs from the
 * queue on Redis — the periodic ones (as BullMQ job schedulers) and those the API enqueues. Run as many as needed;
 * a job whose worker dies is taken over by another, and every job's effect is idempotent by the database.
 */
async function main() {
  const config = loadConfig();
  if (!config.redisUrl) {
    throw new Error('REDIS_URL is required: the worker takes jobs from the queue on Redis (without Redis, the API runs every job itself)');
  }
  const flavour = isMysqlUrl(config.databaseUrl) ? await ensureMysqlDatabase(config.databaseUrl) : undefined;
  const dataSource = createDataSource({ url: config.databaseUrl, sqlitePath: config.sqlitePath, flavour });
  await dataSource.initialize();
  // The API applies migrations; the worker waits until the schema is the one it was built for.
  for (let waited = 0; await dataSource.showMigrations(); waited++) {
    if (waited === 0) logger.info('Waiting for the API to apply the database migrations');
    if (waited > 300) throw new Error('The database schema is behind this worker: start the API (it applies the migrations)');
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  jobs.setRole('worker');
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'tierwise_worker_' });
  jobs.instrument(registry, dataSource);
  const stopWorker = await jobs.startWorker(dataSource, config.redisUrl, bullPrefix(config.redisPrefix), {
    concurrency: config.workerConcurrency,
    lockMs: config.workerLockMs,
  });
  const http = createServer((req, res) => {
    if (req.url === '/metrics') {
      void registry.metrics().then((text) => res.writeHead(200, { 'content-type': registry.contentType }).end(text));
    } else if (req.url === '/healthz') res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
    else res.writeHead(404).end();
  });
  if (config.workerPort) http.listen(config.workerPort);
  logger.info(
    { jobs: jobs.all().map((j) => j.name), concurrency: config.workerConcurrency, metrics: config.workerPort ? `:${config.workerPort}/metrics` : 'off' },
    'Tierwise worker processing background jobs',
  );

  const stop = async (signal: string) => {
    logger.info(`${signal}: the worker finishes its running jobs and stops`);
    http.close();
    await stopWorker();
    await dataSource.destroy();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  logger.fatal({ error: error instanceof Error ? error.message : String(error) }, 'Tierwise worker failed to start');
  logger.flush(() => process.exit(1));
});
