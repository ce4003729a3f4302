// npm run bench:catalogue — the GraphQL product list against a bare node:http + mysql2 baseline, same SQL, same JSON.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { start, startApi, waitFor } from './lib.mjs';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));
const MYSQL_URL = process.env.MYSQL_URL ? withDb(process.env.MYSQL_URL, 'tierwise_bench') : 'mysql://root@127.0.0.1:3306/tierwise_bench';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const PRODUCTS = Number(process.env.BENCH_PRODUCTS ?? 2000);
const PAGES = Math.floor(PRODUCTS / 50);
const ADMIN = { email: 'bench@tierwise.local', password: 'bench-password-123' };

function withDb(url, name) {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** A fresh database with the demo catalogue scaled to PRODUCTS products, entered through the API's own services. */
async function prepareDatabase() {
  const { createDataSource, migrate } = require(`${root}apps/api/dist/app/data-source.js`);
  const { ensureMysqlDatabase } = require(`${root}apps/api/dist/app/mysql-database.js`);
  const { seed, seedScaledCatalogue } = require(`${root}apps/api/dist/app/seed.js`);
  const flavour = await ensureMysqlDatabase(MYSQL_URL, { recreate: true });
  const ds = createDataSource({ url: MYSQL_URL, flavour });
  await ds.initialize();
  await migrate(ds);
  await seed(ds, { adminEmail: ADMIN.email, adminPassword: ADMIN.password, production: true, seedDemoData: false });
  const started = Date.now();
  await seedScaledCatalogue(ds, Math.ceil(PRODUCTS / 14));
  console.log(`seeded ${Math.ceil(PRODUCTS / 14) * 14} products in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  await ds.destroy();
}

const QUERY = `query Page($page: Int) { allProducts(page: $page, perPage: 50, sortField: "code", sortOrder: "ASC") {
  id code name nameEn type riskLevel status currency minInvestment termDays expectedReturnMin expectedReturnMax saleStartsAt saleEndsAt
  issuerId requiresQualifiedInvestor coolingOffHours version
  issuer { id code name kind } eligibleTiers { id code name } components { id code name type riskLevel } } }`;

async function load(name, url, headers, bodyFor) {
  let i = 0;
  const requests = [{ method: 'POST', setupRequest: (req) => ({ ...req, body: bodyFor(i++ % PAGES) }) }];
  await autocannon({ url, connections: CONNECTIONS, duration: 2, headers, requests }); // warm-up
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers, requests });
  if (result.non2xx || result.errors) throw new Error(`${name}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { name, rps: result.requests.average, p99: result.latency.p99, p50: result.latency.p50 };
}

async function main() {
  await prepareDatabase();
  const api = startApi(root, { databaseUrl: MYSQL_URL, port: '4391', admin: ADMIN, secret: 'b' });
  const baseline = start(`${root}bench/catalogue-baseline.mjs`, { DATABASE_URL: MYSQL_URL, PORT: '4392' });
  try {
    await waitFor('http://127.0.0.1:4391/readyz');
    await waitFor('http://127.0.0.1:4392/healthz');
    const login = await (
      await fetch('http://127.0.0.1:4391/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
          variables: { e: ADMIN.email, p: ADMIN.password },
        }),
      })
    ).json();
    const token = login.data.login.token;
    // Same answer from both: the baseline is a fair floor only if it returns the same JSON.
    const sample = async (url, headers, body) =>
      await (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body })).json();
    const fromApi = await sample(
      'http://127.0.0.1:4391/graphql',
      { authorization: `Bearer ${token}` },
      JSON.stringify({ query: QUERY, variables: { page: 3 } }),
    );
    const fromBase = await sample('http://127.0.0.1:4392/products', {}, JSON.stringify({ page: 3 }));
    if (JSON.stringify(fromApi.data.allProducts) !== JSON.stringify(fromBase.data.allProducts)) {
      throw new Error('the baseline and the API disagree on page 3: the comparison would be meaningless');
    }
    const base = await load('baseline (node:http + mysql2)', 'http://127.0.0.1:4392/products', { 'content-type': 'application/json' }, (page) =>
      JSON.stringify({ page }),
    );
    const gql = await load('GraphQL API', 'http://127.0.0.1:4391/graphql', { 'content-type': 'application/json', authorization: `Bearer ${token}` }, (page) =>
      JSON.stringify({ query: QUERY, variables: { page } }),
    );
    console.log(`\ncatalogue list, 50 products/page with relations, ${PRODUCTS} products, ${CONNECTIONS} connections, ${SECONDS} s each`);
    for (const r of [base, gql]) console.log(`  ${r.name.padEnd(32)} ${r.rps.toFixed(0).padStart(6)} req/s   p50 ${r.p50} ms   p99 ${r.p99} ms`);
    console.log(`  ratio (API ÷ baseline throughput): ${(gql.rps / base.rps).toFixed(2)}   p99 ratio: ${(gql.p99 / base.p99).toFixed(2)}`);
  } finally {
    api.kill('SIGTERM');
    baseline.kill('SIGTERM');
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
