import 'reflect-metadata';
import { logger } from './common/observability';
import { bullPrefix, loadConfig } from './app/config';
import { createDataSource, isMysqlUrl, migrate } from './app/data-source';
import { ensureMysqlDatabase } from './app/mysql-database';
import { seed } from './app/seed';
import { jobs } from './common/queue';
import { startServer } from './app/server';
import { resumeRetierJobs } from './modules/tiering';

async function main() {
  const config = loadConfig();
  const flavour = isMysqlUrl(config.databaseUrl) ? await ensureMysqlDatabase(config.databaseUrl) : undefined;
  const dataSource = createDataSource({ url: config.databaseUrl, sqlitePath: config.sqlitePath, flavour, replicaUrls: config.databaseReplicaUrls });
  await dataSource.initialize();
  const applied = await migrate(dataSource);
  if (applied.length) logger.info({ migrations: applied.map((m) => m.name) }, `Database: applied ${applied.length} migration(s)`);
  const seeded = await seed(dataSource, config);
  if (seeded) logger.info(`Database: ${seeded}`);
  // With Redis, background jobs go to BullMQ for the worker processes (`npm run worker`); without, they run here.
  if (config.redisUrl) jobs.useBullmq(config.redisUrl, bullPrefix(config.redisPrefix));
  const server = await startServer(config, dataSource);
  let stopSchedules = () => {};
  if (!config.redisUrl) {
    await resumeRetierJobs(dataSource);
    stopSchedules = jobs.startInProcessSchedules(dataSource);
  } else logger.info('Background jobs go to the queue on Redis: run `npm run worker` (one or more) to process them');
  const where = config.databaseUrl ? config.databaseUrl.replace(/\/\/([^:@/]+)(:[^@]*)?@/, '//$1:***@') : config.sqlitePath;
  logger.info({ url: server.url, database: where }, `Tierwise API on ${server.url} — GraphQL ${server.url}/graphql, console ${server.url}/`);
  if (!config.production) logger.info(`Sign in as ${config.adminEmail} (password from ADMIN_PASSWORD; default "tierwise-admin")`);

  const stop = async (signal: string) => {
    logger.info(`${signal}: shutting down`);
    stopSchedules();
    await server.close();
    await jobs.close();
    await dataSource.destroy();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  logger.fatal({ error: error instanceof Error ? error.message : String(error) }, 'Tierwise API failed to start');
  // pino writes asynchronously to a pipe: let the line out before exiting.
  logger.flush(() => process.exit(1));
});
