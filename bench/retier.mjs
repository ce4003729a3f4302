// npm run bench:retier — re-tier N synthetic customers (default 1,000,000; BENCH_CUSTOMERS) on MariaDB, against
// the floor measured in the same run: one set-based SQL UPDATE assigning the same tiers from the same 90-day basis.
// Also reports the import rate of an N-row customer CSV.
import { createRequire } from 'node:module';
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));
const N = Number(process.env.BENCH_CUSTOMERS ?? 1_000_000);
const base = new URL(process.env.MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/test');
base.pathname = '/tierwise_bench_retier';
const URL_ = base.toString();

const { createDataSource, migrate } = require(`${root}apps/api/dist/app/data-source.js`);
const { ensureMysqlDatabase } = require(`${root}apps/api/dist/app/mysql-database.js`);
const { seed } = require(`${root}apps/api/dist/app/seed.js`);
const { seedSyntheticPopulation } = require(`${root}apps/api/dist/app/synthetic/seed-synthetic.js`);
const { runRetierJob, RetierService } = require(`${root}apps/api/dist/modules/tiering/retier.service.js`);
const { CustomerService } = require(`${root}apps/api/dist/modules/customers/customer.service.js`);
const { systemContext } = require(`${root}apps/api/dist/common/context.js`);
const { importCsv } = require(`${root}apps/api/dist/app/import/csv-import.js`);

const seconds = (t) => ((Date.now() - t) / 1000).toFixed(1);

/** A population seeded earlier today at the same size is kept: seeding 1,000,000 customers takes most of an hour. */
async function reusablePopulation() {
  try {
    const ds = createDataSource({ url: URL_, flavour: await ensureMysqlDatabase(URL_) });
    await ds.initialize();
    try {
      const [table] = await ds.query("SELECT COUNT(*) AS n FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'aum_snapshot'");
      if (Number(table.n) === 0) return false;
      const [c] = await ds.query("SELECT COUNT(*) AS n FROM customer WHERE externalRef LIKE 'SYN-%'");
      const [s] = await ds.query('SELECT MAX(day) AS day FROM aum_snapshot');
      return Number(c.n) === N && s.day && new Date(s.day).getTime() === Math.floor(Date.now() / 86400000) * 86400000;
    } finally {
      await ds.destroy();
    }
  } catch {
    return false;
  }
}

async function main() {
  const reuse = process.env.BENCH_RESEED !== '1' && (await reusablePopulation());
  const flavour = await ensureMysqlDatabase(URL_, { recreate: !reuse });
  const ds = createDataSource({ url: URL_, flavour });
  await ds.initialize();
  await migrate(ds); // a re-used database catches up with the code's schema
  const [pool] = await ds.query('SELECT @@innodb_buffer_pool_size AS bytes');
  console.log(`InnoDB buffer pool: ${Math.round(Number(pool.bytes) / 2 ** 20)} MiB (see bench/README.md)`);
  let t = Date.now();
  if (reuse) {
    console.log(`re-using the ${N} synthetic customers seeded earlier today in tierwise_bench_retier (BENCH_RESEED=1 to seed again)`);
  } else {
    await seed(ds, { adminEmail: 'bench@tierwise.local', adminPassword: 'bench-password-123', production: false, seedDemoData: true });
    let last = 0;
    await seedSyntheticPopulation(ds, {
      customers: N,
      seed: 20261129,
      days: 90,
      batchSize: 2000,
      onProgress: (done) => {
        if (done - last < 50_000 && done < N) return;
        last = done;
        const rate = done / ((Date.now() - t) / 1000);
        console.log(`  seeded ${done} / ${N} (${Math.round(rate)} customers/s, ETA ${Math.round((N - done) / rate)} s)`);
      },
    });
    console.log(`seeded ${N} customers with 90 days of snapshots in ${seconds(t)} s`);
  }

  const tiers = await ds.query('SELECT id, minAum FROM tier ORDER BY minAum DESC');
  const initial = 'UPDATE customer SET tierId = NULL, tierBelowFloorSince = NULL';
  const cases = tiers.map((r) => `WHEN b.basis >= ${Number(r.minAum)} THEN '${r.id}'`).join(' ');
  const floorSql = `UPDATE customer c JOIN (SELECT customerId, AVG(aum) AS basis FROM aum_snapshot WHERE day >= ? GROUP BY customerId) b ON b.customerId = c.id SET c.tierId = CASE ${cases} END`;
  const since = new Date(Math.floor(Date.now() / 86400000) * 86400000 - 89 * 86400000);

  await ds.query(initial);
  t = Date.now();
  await ds.query(floorSql, [since]);
  const floor = (Date.now() - t) / 1000;

  await ds.query(initial);
  await ds.query('DELETE FROM tier_change');
  await ds.query("DELETE FROM retier_job WHERE id = 'bench'");
  await ds.query(
    "INSERT INTO retier_job (id, status, total, processed, changed, `cursor`, requestedBy, startedAt) VALUES ('bench', 'RUNNING', ?, 0, 0, NULL, 'bench', NOW(6))",
    [N],
  );
  t = Date.now();
  await runRetierJob(ds, 'bench');
  const engine = (Date.now() - t) / 1000;
  const [job] = await ds.query("SELECT status, processed, changed FROM retier_job WHERE id = 'bench'");
  const [agree] = await ds.query(
    `SELECT COUNT(*) AS n FROM customer c JOIN (SELECT customerId, AVG(aum) AS basis FROM aum_snapshot WHERE day >= ? GROUP BY customerId) b ON b.customerId = c.id WHERE c.tierId <> CASE ${cases} END`,
    [since],
  );
  console.log(`\nre-tiering ${N} customers on MariaDB (90-day average basis)`);
  console.log(`  floor: one set-based UPDATE      ${floor.toFixed(1)} s`);
  console.log(`  engine: ${job.processed} customers, ${job.changed} placed  ${engine.toFixed(1)} s   (${job.status}; ${agree.n} disagree with the floor)`);
  console.log(`  ratio (engine ÷ floor): ${(engine / floor).toFixed(2)}`);

  // The next day's run when 1% of the customers have a new snapshot (written through the service, as a feed would):
  // only they and the customers whose review day has come are looked at.
  const day = Math.floor(Date.now() / 86400000) * 86400000;
  const tomorrow = new Date(day + 86400000 + 9 * 3600000);
  const fresh = await ds.query('SELECT externalRef FROM customer ORDER BY RAND(20261207) LIMIT ?', [Math.round(N / 100)]);
  const ctx = systemContext(ds, 'bench');
  for (let i = 0; i < fresh.length; i += 1000) {
    const items = fresh.slice(i, i + 1000).map((r, k) => ({ externalRef: r.externalRef, day: tomorrow, aum: String(((i + k) * 7919) % 6000000) }));
    await CustomerService.upsertSnapshots(ctx, items);
  }
  t = Date.now();
  const daily = await RetierService.runToEnd(ctx, () => tomorrow);
  const dailyTook = (Date.now() - t) / 1000;
  console.log(
    `  next day, ${fresh.length} with new AUM: ${daily.processed} customers looked at, ${daily.changed} placed  ${dailyTook.toFixed(1)} s   (${daily.status})`,
  );
  console.log(`  ratio (daily run ÷ floor): ${(dailyTook / floor).toFixed(3)}`);
  // Tomorrow's snapshots go, so that the population is re-used by a later run today.
  await ds.query('DELETE FROM aum_snapshot WHERE day > ?', [new Date(day)]);

  await ds.destroy();
  if (process.env.BENCH_IMPORT === '0') return;
  // The import goes into a database of its own, so that the population above stays as seeded for the next run.
  const importUrl = new URL(URL_);
  importUrl.pathname = '/tierwise_bench_import';
  const imports = createDataSource({ url: importUrl.toString(), flavour: await ensureMysqlDatabase(importUrl.toString(), { recreate: true }) });
  await imports.initialize();
  await migrate(imports);
  await seed(imports, { adminEmail: 'bench@tierwise.local', adminPassword: 'bench-password-123', production: false, seedDemoData: true });
  const file = join(tmpdir(), `tierwise-bench-import-${process.pid}.csv`);
  // No risk level: it comes only from assessments (their own import).
  let csv = 'externalRef,name,phone,aum,lifeStage,occupation\n';
  for (let i = 0; i < N; i++) csv += `IMP-${i},客户${i},138${String(i).padStart(8, '0')},${i % 5000000}.00,YOUNG_SINGLE,EMPLOYEE\n`;
  writeFileSync(file, csv);
  t = Date.now();
  const summary = await importCsv(imports, 'customers', file);
  const took = (Date.now() - t) / 1000;
  console.log(`  import: ${summary.rows} rows in ${took.toFixed(1)} s = ${Math.round(summary.rows / took)} rows/s (${summary.bad} bad)`);
  for (const f of [file, `${file}.import-report.csv`, `${file}.import-checkpoint.json`]) rmSync(f, { force: true });
  await imports.destroy();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
