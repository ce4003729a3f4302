import 'reflect-metadata';
import { loadConfig } from './config';
import { createDataSource, isMysqlUrl, migrate } from './database/data-source';
import { ensureMysqlDatabase } from './database/mysql-database';
import { seed } from './database/seed';
import { startServer } from './server';
import { resumeRetierJobs } from './modules/customers/retier.service';

async function main() {
  const config = loadConfig();
  const flavour = isMysqlUrl(config.databaseUrl) ? await ensureMysqlDatabase(config.databaseUrl) : undefined;
  const dataSource = createDataSource({ url: config.databaseUrl, sqlitePath: config.sqlitePath, flavour });
  await dataSource.initialize();
  const applied = await migrate(dataSource);
  if (applied.length) console.log(`Database: applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}`);
  const seeded = await seed(dataSource, config);
  if (seeded) console.log(`Database: ${seeded}`);
  const server = await startServer(config, dataSource);
  await resumeRetierJobs(dataSource);
  const where = config.databaseUrl ? config.databaseUrl.replace(/\/\/([^:@/]+)(:[^@]*)?@/, '//$1:***@') : config.sqlitePath;
  console.log(`Tierwise API on ${server.url} — GraphQL ${server.url}/graphql, console ${server.url}/ (database: ${where})`);
  if (!config.production) console.log(`Sign in as ${config.adminEmail} (password from ADMIN_PASSWORD; default "tierwise-admin")`);

  const stop = async (signal: string) => {
    console.log(`${signal}: shutting down`);
    await server.close();
    await dataSource.destroy();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error('Tierwise API failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
