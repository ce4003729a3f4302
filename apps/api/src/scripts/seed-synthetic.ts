/**
 * npm run seed:synthetic -- --customers 1000000 [--seed 20261129] [--days 90] [--history-months 12]
 * A reproducible population (fixed seed) in the configured database, with a progress bar, and months of history
 * behind it (orders, service requests and ratings, outreach, questions, month-end AUM) with the KPI snapshots taken.
 */
import 'reflect-metadata';
import { Presets, SingleBar } from 'cli-progress';
import { loadConfig } from '../app/config';
import { createDataSource, isMysqlUrl, migrate } from '../app/data-source';
import { ensureMysqlDatabase } from '../app/mysql-database';
import { seed } from '../app/seed';
import { seedHistory } from '../app/synthetic/history';
import { seedSyntheticPopulation } from '../app/synthetic/seed-synthetic';
import { wholeNumberOption } from './options';

async function main() {
  const customers = wholeNumberOption('customers', 1000);
  const config = loadConfig();
  const flavour = isMysqlUrl(config.databaseUrl) ? await ensureMysqlDatabase(config.databaseUrl) : undefined;
  const dataSource = createDataSource({ url: config.databaseUrl, sqlitePath: config.sqlitePath, flavour });
  await dataSource.initialize();
  await migrate(dataSource);
  await seed(dataSource, { ...config, seedDemoPopulation: false });
  const bar = new SingleBar({ format: '{bar} {percentage}% | {value}/{total} customers | ETA {eta_formatted}' }, Presets.shades_classic);
  bar.start(customers, 0);
  const totals = await seedSyntheticPopulation(dataSource, {
    customers,
    seed: wholeNumberOption('seed', 20261129),
    days: wholeNumberOption('days', 90),
    onProgress: (done) => bar.update(done),
  });
  bar.stop();
  console.log(`Inserted up to ${totals.customers} customers, ${totals.snapshots} daily snapshots and ${totals.holdings} holdings (existing rows left alone).`);
  const months = wholeNumberOption('history-months', 12);
  if (months > 0) {
    console.log(`Adding ${months} months of history and taking the KPI snapshots…`);
    const history = await seedHistory(dataSource, { months, seed: wholeNumberOption('seed', 20261129) });
    console.log(
      Object.entries(history)
        .map(([what, n]) => `${n} ${what}`)
        .join(', '),
    );
  }
  await dataSource.destroy();
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
