// npm run bench:kpis — the plan's KPIs for the current month at N synthetic customers (default 1,000,000;
// BENCH_CUSTOMERS) on MariaDB, against the floor measured in the same run: one COUNT(*) scan of the customers table.
// Reports (1) the dashboard — the `kpis` query over 12 months through the HTTP API, read from the monthly snapshots —
// and (2) measuring the current month live (every KPI's set-based query, as the snapshot job does), each ÷ the floor.
import { createRequire } from 'node:module';

process.env.LOG_LEVEL ??= 'warn';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));
const N = Number(process.env.BENCH_CUSTOMERS ?? 1_000_000);
const base = new URL(process.env.MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/test');
base.pathname = '/tierwise_bench_kpis';
const URL_ = base.toString();

const { createDataSource, migrate } = require(`${root}apps/api/dist/app/data-source.js`);
const { ensureMysqlDatabase } = require(`${root}apps/api/dist/app/mysql-database.js`);
const { seed } = require(`${root}apps/api/dist/app/seed.js`);
const { loadConfig } = require(`${root}apps/api/dist/app/config.js`);
const { startServer } = require(`${root}apps/api/dist/app/server.js`);
const { snapshotDue, snapshotMonth } = require(`${root}apps/api/dist/modules/kpis/index.js`);
const { addMonths, monthBounds, monthOf } = require(`${root}packages/domain/dist/index.js`);

const sql = (d) => d.toISOString().slice(0, 19).replace('T', ' ');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
async function timed(fn) {
  const t = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

/** The records of a month's activity at N customers, written set-wise from MariaDB's sequence engine (minutes, not hours). */
async function generate(ds, now) {
  const month = monthOf(now);
  const { start } = monthBounds(month);
  const span = Math.max(60, Math.floor((now.getTime() - start.getTime()) / 1000) - 60);
  const t0 = sql(start);
  const inMonth = (expr) => `TIMESTAMPADD(SECOND, (${expr}) % ${span}, '${t0}')`;
  const id = (prefix, expr) => `CONCAT('${prefix}', LPAD(HEX(${expr}), 12, '0'))`;
  const customer = (expr) => id('b0000000-0000-4000-8000-', `1 + (${expr}) % ${N}`);
  const tiers = Object.fromEntries((await ds.query('SELECT id, code FROM tier')).map((t) => [t.code, t.id]));
  const products = (await ds.query("SELECT id FROM product WHERE type <> 'BUNDLE' ORDER BY code")).map((p) => p.id);
  const product = (expr) => `ELT(1 + (${expr}) % ${products.length}, ${products.map((p) => `'${p}'`).join(', ')})`;
  const seq = (n) => `seq_1_to_${Math.max(1, Math.floor(n))}`;
  // Orders spread over the 12 months before now.
  const orderAt = `TIMESTAMPADD(SECOND, -((seq * 104729) % 31536000), '${sql(now)}')`;
  const tierOf = (expr) => `CASE WHEN (${expr}) % 20 = 0 THEN '${tiers.HNW}' WHEN (${expr}) % 20 < 4 THEN '${tiers.POTENTIAL}' ELSE '${tiers.ORDINARY}' END`;
  const steps = [
    [
      'customers',
      `INSERT INTO customer (id, version, createdAt, updatedAt, externalRef, name, phone, idNumber, birthDate, occupation, lifeStage, aum, tierId, riskLevel,
         riskAssessedAt, riskAssessmentExpiresAt, language, closedAt)
       SELECT ${id('b0000000-0000-4000-8000-', 'seq')}, 1, '2024-01-01', '2024-01-01', CONCAT('KPI-', seq), '基准客户',
         IF(seq % 10 < 9, '13800000000', NULL), IF(seq % 7 < 6, '110101199001011234', NULL), '1980-01-01', ELT(1 + seq % 3, 'EMPLOYEE', 'BUSINESS_OWNER', 'FREELANCER'),
         IF(seq % 5 < 4, ELT(1 + seq % 3, 'YOUNG_SINGLE', 'MARRIED_NO_CHILDREN', 'MARRIED_WITH_CHILDREN'), NULL),
         CASE WHEN seq % 20 = 0 THEN 500000000 WHEN seq % 20 < 4 THEN 100000000 ELSE 10000000 END, ${tierOf('seq')}, 'C3', '2026-01-01',
         IF(seq % 6 = 0, '2026-01-01', '2030-01-01'), 'zh', IF(seq % 200 = 0, '${sql(new Date(start.getTime() + 3_600_000))}', NULL)
       FROM ${seq(N)}`,
    ],
    [
      'AUM a year ago and now',
      `INSERT INTO aum_snapshot (customerId, day, aum)
       SELECT c.id, d.day, IF(d.now = 1 AND RIGHT(c.id, 2) = '32', 0, IF(d.now = 1, c.aum, c.aum * 9 DIV 10)) FROM customer c
         CROSS JOIN (SELECT '${sql(new Date(Math.floor(now.getTime() / 86_400_000) * 86_400_000 - 365 * 86_400_000))}' AS day, 0 AS now
                     UNION ALL SELECT '${sql(new Date(Math.floor(now.getTime() / 86_400_000) * 86_400_000))}', 1) d`,
    ],
    [
      'orders of the last 12 months',
      `INSERT INTO customer_order (id, version, createdAt, updatedAt, customerId, productId, productVersion, status, channel, amount, currency, cnyAmount,
         decision, refusalCodes, placedBy, handledByPerson, scenarioPackageId, paidAt, confirmedAt, revenue)
       SELECT ${id('b0000000-0000-4000-9000-', 'seq')}, 1, ${orderAt}, ${orderAt}, ${customer('seq * seq + 19')}, ${product('seq')}, 1, 'CONFIRMED', 'APP', 10000000, 'CNY',
         10000000, '{}', '', 'bench', seq % 3 = 0, IF(seq % 4 = 0, 'bench-package', NULL), ${orderAt}, ${orderAt}, 10000 + (seq % 7) * 5000
       FROM ${seq(N / 2)}`,
    ],
    [
      'recommendations shown and accepted this month',
      `INSERT INTO recommendation_feedback (id, customerId, productId, event, at, tierId, productType, recordedBy)
       SELECT ${id('b0000000-0000-4000-a000-', 'seq')}, ${customer(`seq % ${N}`)}, ${product(`seq % ${N}`)}, IF(seq > ${N}, 'ACCEPTED', 'SHOWN'), ${inMonth(`(seq % ${N}) * 13`)},
         ${tierOf(`1 + seq % ${N}`)}, 'FUND', 'bench'
       FROM ${seq(Math.floor(N * 1.4))}`,
    ],
    [
      'service requests this month',
      `INSERT INTO service_request (id, version, createdAt, updatedAt, customerId, tierId, category, channel, priority, description, status, policy, history,
         firstResponseAt, firstResponseMinutes, firstResponseOnTime, resolvedAt, satisfaction, createdBy, handledByPerson, dueOrder)
       SELECT ${id('b0000000-0000-4000-b000-', 'seq')}, 1, ${inMonth('seq * 17')}, ${inMonth('seq * 17')}, ${customer('seq * 31')}, ${tierOf(`1 + (seq * 31) % ${N}`)},
         'CONSULTATION', 'APP', 'NORMAL', 'bench', 'RESOLVED', '{}', '[]', ${inMonth('seq * 17')}, seq % 180, seq % 180 < 120, ${inMonth('seq * 17')},
         IF(seq % 3 = 0, 1 + seq % 5, NULL), 'bench', seq % 10 < 3, '2099-01-01'
       FROM ${seq(N / 5)}`,
    ],
    [
      'outreach messages this month',
      `INSERT INTO outreach_message (id, dedupeKey, customerId, channel, category, source, language, body, status, basis, createdAt, sentAt, deliveredAt, dismissedAt, attempts)
       SELECT ${id('b0000000-0000-4000-c000-', 'seq')}, CONCAT('bench-', seq), ${customer('seq * 3')}, 'APP_PUSH', 'MARKETING', 'bench', 'zh', 'bench',
         ELT(1 + seq % 4, 'DELIVERED', 'OPENED', 'CLICKED', 'OPENED'), '{}', ${inMonth('seq * 19')}, ${inMonth('seq * 19')}, ${inMonth('seq * 19')},
         IF(seq % 20 = 1, ${inMonth('seq * 19')}, NULL), 1
       FROM ${seq(N / 2)}`,
    ],
    [
      'questions to the assistant this month',
      `INSERT INTO assistant_question (id, customerId, text, language, voice, outcome, entryId, intent, confidence, askedBy, trial, askedAt)
       SELECT ${id('b0000000-0000-4000-d000-', 'seq')}, ${customer('seq * 11')}, 'bench', 'zh', 0, IF(seq % 8 = 0, 'HANDED_OFF', 'ANSWERED'), NULL,
         IF(seq % 8 = 0, NULL, 'TIER'), 0.8, 'bench', 0, ${inMonth('seq * 23')}
       FROM ${seq(N / 4)}`,
    ],
    [
      'need verdicts this month',
      `INSERT INTO customer_need (id, customerId, need, source, sourceKey, ruleId, weight, evidence, detectedAt, lastConfirmedAt, expiresAt, recordedBy, verdict, verdictBy, verdictAt)
       SELECT ${id('b0000000-0000-4000-e000-', 'seq')}, ${customer('seq * 5')}, 'EDUCATION', 'RULE', 'bench-rule', NULL, 50, '{"eventIds":[],"notes":null}',
         '2026-01-01', '2026-01-01', IF(seq % 2 = 0, '2030-01-01', ${inMonth('seq * 29')}), 'bench', IF(seq % 5 = 0, 'REJECTED', 'CONFIRMED'), 'bench', ${inMonth('seq * 29')}
       FROM ${seq(N / 5)}`,
    ],
    [
      'interviews this month',
      `INSERT INTO customer_contact (id, customerId, kind, interview, notes, contactedAt, loggedBy, satisfaction)
       SELECT ${id('b0000000-0000-4000-f000-', 'seq')}, ${customer('seq * 20')}, 'HOME_VISIT', 1, 'bench', ${inMonth('seq * 37')}, 'bench', 3 + seq % 3
       FROM ${seq(N / 20)}`,
    ],
  ];
  for (const [what, statement] of steps) {
    const ms = await timed(() => ds.query(statement));
    console.log(`  ${what}: ${(ms / 1000).toFixed(1)} s`);
  }
}

async function reusable(ds, now) {
  const [c] = await ds.query("SELECT COUNT(*) AS n FROM customer WHERE externalRef LIKE 'KPI-%'");
  const [s] = await ds.query('SELECT MAX(day) AS day FROM aum_snapshot');
  return Number(c.n) === N && s.day && new Date(s.day).getTime() === Math.floor(now.getTime() / 86_400_000) * 86_400_000;
}

async function main() {
  const now = new Date();
  let flavour = await ensureMysqlDatabase(URL_);
  let ds = createDataSource({ url: URL_, flavour });
  await ds.initialize();
  let reuse = false;
  try {
    reuse = process.env.BENCH_RESEED !== '1' && (await reusable(ds, now));
  } catch {
    reuse = false;
  }
  if (!reuse) {
    await ds.destroy();
    flavour = await ensureMysqlDatabase(URL_, { recreate: true });
    ds = createDataSource({ url: URL_, flavour });
    await ds.initialize();
  }
  await migrate(ds);
  const [pool] = await ds.query('SELECT @@innodb_buffer_pool_size AS bytes');
  console.log(`InnoDB buffer pool: ${Math.round(Number(pool.bytes) / 2 ** 20)} MiB (see bench/README.md)`);
  const config = {
    ...loadConfig({ ADMIN_EMAIL: 'bench@tierwise.local', ADMIN_PASSWORD: 'bench-password-123', DATABASE_URL: URL_ }),
    consoleDir: '/nonexistent',
  };
  if (reuse) console.log(`re-using the ${N} customers and their month generated earlier today (BENCH_RESEED=1 to generate again)`);
  else {
    await seed(ds, { ...config, seedDemoData: true, seedDemoPopulation: false, production: false });
    console.log(`generating ${N} customers and a month of their records:`);
    await generate(ds, now);
    // The months before this one, measured once as the job would (they are closed: later runs read them).
    const t = await timed(() => snapshotDue(ds, now));
    console.log(`  the snapshot job's first run (12 closed months and this one): ${(t / 1000).toFixed(1)} s`);
  }
  await ds.query(
    'ANALYZE TABLE customer, aum_snapshot, customer_order, recommendation_feedback, service_request, outreach_message, assistant_question, customer_need, customer_contact',
  );

  // The floor: one COUNT(*) scan of the customers table (median of 5, after a warm-up).
  await ds.query('SELECT COUNT(*) FROM customer');
  const floors = [];
  for (let i = 0; i < 5; i++) floors.push(await timed(() => ds.query('SELECT COUNT(*) AS n FROM customer')));
  const floor = median(floors);

  // Every KPI of the current month measured live, as the snapshot job does each hour (median of 3).
  const month = monthOf(now);
  const lives = [];
  for (let i = 0; i < 3; i++) lives.push(await timed(() => snapshotMonth(ds.manager, month, new Date())));

  // The dashboard: the kpis query over the last 12 months, through the HTTP API (its snapshot of this month is fresh).
  const server = await startServer(config, ds, 0);
  try {
    const login = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { login(email: "viewer@tierwise.local", password: "tierwise-demo") { token } }' }),
    }).then((r) => r.json());
    const token = login.data.login.token;
    const ask = () =>
      fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({
          query: `{ kpis(from: "${addMonths(month, -11)}", to: "${month}") { kpi value target baseline onTrack trend { month value } } }`,
        }),
      }).then(async (r) => {
        const body = await r.json();
        if (body.errors) throw new Error(JSON.stringify(body.errors));
        return body.data.kpis;
      });
    const sample = await ask();
    const dashboards = [];
    for (let i = 0; i < 9; i++) dashboards.push(await timed(ask));
    const dashboard = median(dashboards);
    console.log(`\nthe plan's KPIs, current month ${month}, ${N} customers on MariaDB`);
    console.log(`  floor: SELECT COUNT(*) FROM customer               ${floor.toFixed(1)} ms (median of 5)`);
    console.log(
      `  dashboard: kpis over 12 months via HTTP (snapshots)  ${dashboard.toFixed(1)} ms (median of 9)   ratio ${(dashboard / floor).toFixed(2)}  (target ≤ 10)`,
    );
    console.log(
      `  live: every KPI of ${month} measured by tier         ${(median(lives) / 1000).toFixed(1)} s (median of 3)   ratio ${(median(lives) / floor).toFixed(1)}`,
    );
    console.log(`  measured now: ${sample.map((k) => `${k.kpi} ${k.value ?? '—'}`).join(', ')}`);
  } finally {
    await server.close();
    await ds.destroy();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
