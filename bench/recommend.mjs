// npm run bench:recommend — recommendations per second for a stream of random customers (100,000 synthetic customers,
// ~2,000 products, 30% of them with a detected need), against the floor measured in the same run: a bare node:http +
// mysql2 server loading the same customers' profile rows alone. Reports the throughput ratio and p99 latency.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { start, startApi, waitFor } from './lib.mjs';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));
const base = new URL(process.env.MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/test');
base.pathname = '/tierwise_bench_recommend';
const MYSQL_URL = base.toString();
const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 100_000);
const PRODUCTS = Number(process.env.BENCH_PRODUCTS ?? 2000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const ADMIN = { email: 'bench@tierwise.local', password: 'bench-password-123' };

/** The data set seeded earlier today at the same sizes is kept (BENCH_RESEED=1 seeds again): ids of its customers. */
async function reusableIds(createDataSource, ensureMysqlDatabase) {
  if (process.env.BENCH_RESEED === '1') return null;
  try {
    const ds = createDataSource({ url: MYSQL_URL, flavour: await ensureMysqlDatabase(MYSQL_URL) });
    await ds.initialize();
    try {
      const [c] = await ds.query("SELECT COUNT(*) AS n FROM customer WHERE externalRef LIKE 'SYN-%'");
      const [p] = await ds.query('SELECT COUNT(*) AS n FROM product');
      const [e] = await ds.query('SELECT MAX(occurredAt) AS at FROM behaviour_event');
      const fresh = e.at && Date.now() - new Date(e.at).getTime() < 86_400_000 + 3_600_000;
      if (Number(c.n) !== CUSTOMERS || Math.abs(Number(p.n) - PRODUCTS) > 14 || !fresh) return null;
      const { migrate } = require(`${root}apps/api/dist/app/data-source.js`);
      await migrate(ds); // a re-used database catches up with the code's schema
      return (await ds.query('SELECT id FROM customer')).map((r) => r.id);
    } finally {
      await ds.destroy();
    }
  } catch {
    return null;
  }
}

async function prepareDatabase() {
  const { createDataSource, migrate } = require(`${root}apps/api/dist/app/data-source.js`);
  const { ensureMysqlDatabase } = require(`${root}apps/api/dist/app/mysql-database.js`);
  const reused = await reusableIds(createDataSource, ensureMysqlDatabase);
  if (reused) {
    console.log(`re-using the data set seeded earlier today in tierwise_bench_recommend (BENCH_RESEED=1 to seed again)`);
    return reused;
  }
  const { seed, seedScaledCatalogue } = require(`${root}apps/api/dist/app/seed.js`);
  const { seedSyntheticPopulation } = require(`${root}apps/api/dist/app/synthetic/seed-synthetic.js`);
  const { NeedService } = require(`${root}apps/api/dist/modules/needs/needs.service.js`);
  const { systemContext } = require(`${root}apps/api/dist/common/context.js`);
  const ds = createDataSource({ url: MYSQL_URL, flavour: await ensureMysqlDatabase(MYSQL_URL, { recreate: true }) });
  await ds.initialize();
  await migrate(ds);
  await seed(ds, { adminEmail: ADMIN.email, adminPassword: ADMIN.password, production: true, seedDemoData: false });
  let t = Date.now();
  await seedScaledCatalogue(ds, Math.ceil(PRODUCTS / 14)); // the demo catalogue has 14 products
  const [products] = await ds.query('SELECT COUNT(*) AS n FROM product');
  console.log(`seeded ${products.n} products in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  t = Date.now();
  await seedSyntheticPopulation(ds, { customers: CUSTOMERS, seed: 20261129, days: 1, batchSize: 2000 });
  console.log(`seeded ${CUSTOMERS} customers in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  // Needs for 30% of them: three mortgage-rate look-ups each, through the need rules.
  t = Date.now();
  const ctx = systemContext(ds, 'bench');
  const refs = (await ds.query('SELECT externalRef FROM customer ORDER BY externalRef')).map((r) => r.externalRef).filter((_, i) => i % 10 < 3);
  for (let i = 0; i < refs.length; i += 300) {
    const items = refs.slice(i, i + 300).flatMap((ref) =>
      [1, 2, 3].map((d) => ({
        id: `bench-${ref}-${d}`,
        customerRef: ref,
        type: 'SEARCH',
        topic: 'mortgage_rate',
        occurredAt: new Date(Date.now() - d * 86_400_000),
      })),
    );
    await NeedService.recordEvents(ctx, items);
  }
  console.log(`recorded behaviour for ${refs.length} customers in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  const ids = (await ds.query('SELECT id FROM customer')).map((r) => r.id);
  await ds.destroy();
  return ids;
}

/** A reproducible stream of random customers (the same for both sides). */
function stream(ids) {
  let a = 20261129;
  return () => {
    a = (a * 1103515245 + 12345) >>> 0;
    return ids[a % ids.length];
  };
}

const QUERY = 'query($c: ID!) { recommendations(customerId: $c, limit: 5) { rank score product { id code name riskLevel } reasons { code message } } }';

async function load(name, url, headers, bodyFor) {
  const requests = [{ method: 'POST', setupRequest: (req) => ({ ...req, body: bodyFor() }) }];
  await autocannon({ url, connections: CONNECTIONS, duration: 3, headers, requests }); // warm-up
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers, requests });
  if (result.non2xx || result.errors) throw new Error(`${name}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { name, rps: result.requests.average, p99: result.latency.p99, p50: result.latency.p50 };
}

async function main() {
  const ids = await prepareDatabase();
  const api = startApi(root, { databaseUrl: MYSQL_URL, port: '4393', admin: ADMIN, secret: 'r' });
  const floor = start(`${root}bench/recommend-baseline.mjs`, { DATABASE_URL: MYSQL_URL, PORT: '4394' });
  try {
    await waitFor('http://127.0.0.1:4393/readyz');
    await waitFor('http://127.0.0.1:4394/healthz');
    const login = await (
      await fetch('http://127.0.0.1:4393/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
          variables: { e: ADMIN.email, p: ADMIN.password },
        }),
      })
    ).json();
    const auth = { 'content-type': 'application/json', authorization: `Bearer ${login.data.login.token}` };
    // The jobs a fresh API starts with (the first daily re-tiering of every customer, the KPI snapshots…) run in this
    // process without Redis: measured beside them, recommendations would share the CPU and the database with them.
    const t0 = Date.now();
    for (;;) {
      const q = await (
        await fetch('http://127.0.0.1:4393/graphql', { method: 'POST', headers: auth, body: JSON.stringify({ query: '{ jobQueue { waiting active } }' }) })
      ).json();
      if (q.data.jobQueue.waiting + q.data.jobQueue.active === 0 || Date.now() - t0 > 600_000) break;
      await new Promise((r) => setTimeout(r, 1000));
    }
    console.log(`background jobs at start-up done in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
    const sample = await (
      await fetch('http://127.0.0.1:4393/graphql', { method: 'POST', headers: auth, body: JSON.stringify({ query: QUERY, variables: { c: ids[3] } }) })
    ).json();
    if (sample.errors) throw new Error(JSON.stringify(sample.errors));
    const nextA = stream(ids);
    const floorResult = await load('floor (profile row, node:http + mysql2)', 'http://127.0.0.1:4394/', { 'content-type': 'application/json' }, () =>
      JSON.stringify({ customerId: nextA() }),
    );
    const nextB = stream(ids);
    const engine = await load('recommendations (GraphQL API)', 'http://127.0.0.1:4393/graphql', auth, () =>
      JSON.stringify({ query: QUERY, variables: { c: nextB() } }),
    );
    console.log(`\nrecommendations for random customers: ${CUSTOMERS} customers, ${PRODUCTS} products, ${CONNECTIONS} connections, ${SECONDS} s each`);
    for (const r of [floorResult, engine]) console.log(`  ${r.name.padEnd(40)} ${r.rps.toFixed(0).padStart(6)} req/s   p50 ${r.p50} ms   p99 ${r.p99} ms`);
    console.log(`  ratio (recommendations ÷ floor throughput): ${(engine.rps / floorResult.rps).toFixed(3)}   recommendation p99: ${engine.p99} ms`);
  } finally {
    api.kill('SIGTERM');
    floor.kill('SIGTERM');
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
