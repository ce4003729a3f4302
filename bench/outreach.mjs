// npm run bench:outreach — a one-off SMS campaign to N synthetic customers (default 100,000; BENCH_CUSTOMERS) through
// the outbox adapter on MariaDB: messages decided (by the contact policy, facts re-read per batch) and queued per
// second, against the floor measured in the same run: reading the same audience's consent rows.
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));
const N = Number(process.env.BENCH_CUSTOMERS ?? 100_000);
const SEED = 20261202;
const base = new URL(process.env.MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/test');
base.pathname = '/tierwise_bench_outreach';
const URL_ = base.toString();
// The engine is measured, not the channel's pacing.
process.env.OUTREACH_RATE_PER_SECOND = '1000000000';

const { createDataSource, migrate } = require(`${root}apps/api/dist/app/data-source.js`);
const { ensureMysqlDatabase } = require(`${root}apps/api/dist/app/mysql-database.js`);
const { seed } = require(`${root}apps/api/dist/app/seed.js`);
const { seedSyntheticPopulation, syntheticId } = require(`${root}apps/api/dist/app/synthetic/seed-synthetic.js`);
const { sendCampaign } = require(`${root}apps/api/dist/modules/outreach/sending.js`);
const { Campaign, ContactPolicySetting } = require(`${root}apps/api/dist/modules/outreach/outreach.entity.js`);
const { SavedSegment } = require(`${root}apps/api/dist/modules/segments/index.js`);
const { DEFAULT_CONTACT_POLICY } = require(`${root}packages/domain/dist/index.js`);

const seconds = (t) => (Date.now() - t) / 1000;

/** Consents as customers give them: 90% granted SMS marketing, and one in twenty of those withdrew it later. */
async function seedConsents(ds) {
  const now = Date.now();
  for (let from = 0; from < N; from += 2000) {
    const rows = [];
    for (let i = from; i < Math.min(N, from + 2000); i++) {
      if (i % 10 === 9) continue;
      const customerId = syntheticId(SEED, i);
      rows.push([randomUUID(), customerId, true, new Date(now - 200 * 86400000)]);
      if (i % 20 === 0) rows.push([randomUUID(), customerId, false, new Date(now - 20 * 86400000)]);
    }
    await ds.query(
      `INSERT INTO customer_consent (id, customerId, kind, partnerId, granted, changedAt, recordedBy) VALUES ${rows.map(() => "(?, ?, 'MARKETING_SMS', NULL, ?, ?, 'bench')").join(', ')}`,
      rows.flat(),
    );
  }
}

async function main() {
  const ds = createDataSource({ url: URL_, flavour: await ensureMysqlDatabase(URL_, { recreate: true }) });
  await ds.initialize();
  await migrate(ds);
  let t = Date.now();
  await seed(ds, { adminEmail: 'bench@tierwise.local', adminPassword: 'bench-password-123', production: false, seedDemoData: true });
  await seedSyntheticPopulation(ds, { customers: N, seed: SEED, days: 1, batchSize: 2000 });
  await seedConsents(ds);
  // Every customer is in the audience (a segment with no dimension matches all); no quiet hours, so the run decides
  // the same whatever the time of day (held messages would be decided again when quiet hours end).
  const stamp = { version: 1, createdAt: new Date(), updatedAt: new Date() };
  await ds.manager.insert(SavedSegment, { id: randomUUID(), name: 'everyone', tierId: null, riskLevel: null, lifeStage: null, occupation: null, ...stamp });
  const [segment] = await ds.manager.find(SavedSegment, { where: { name: 'everyone' } });
  await ds.manager.save(ContactPolicySetting, {
    id: 'default',
    policy: { ...DEFAULT_CONTACT_POLICY, quietHours: null },
    version: 1,
    updatedBy: 'bench',
    updatedAt: new Date(),
  });
  const [{ n: audience }] = await ds.query('SELECT COUNT(*) AS n FROM customer');
  const [{ n: consentRows }] = await ds.query('SELECT COUNT(*) AS n FROM customer_consent');
  console.log(`seeded ${audience} customers and ${consentRows} consent rows in ${seconds(t).toFixed(1)} s`);

  // The floor: the audience's consent rows read in one statement (what any decision has to look at, at the least).
  const floorSql =
    "SELECT s.customerId, s.kind, s.granted, s.changedAt FROM customer c JOIN customer_consent s ON s.customerId = c.id AND s.kind IN ('MARKETING_SMS', 'MARKETING_APP_PUSH', 'MARKETING_WECHAT')";
  const floorRun = async () => {
    const t0 = Date.now();
    const rows = await ds.query(floorSql);
    return { took: seconds(t0), rows: rows.length };
  };
  await floorRun(); // warm the buffer pool for both sides
  const floors = [await floorRun(), await floorRun(), await floorRun()].sort((a, b) => a.took - b.took);
  const floor = floors[1];

  const campaignId = randomUUID();
  await ds.manager.insert(Campaign, {
    id: campaignId,
    ...stamp,
    code: 'BENCH',
    name: '基准活动',
    nameEn: 'Benchmark',
    status: 'RUNNING',
    category: 'MARKETING',
    ownerId: 'bench',
    ownerEmail: 'bench@tierwise.local',
    audienceKind: 'SEGMENT',
    audienceRef: segment.id,
    channels: ['SMS'],
    templateZh: '{{name}}您好，您的专属理财顾问为您准备了新一期的产品推荐，详情请见手机银行。',
    templateEn: null,
    productId: null,
    sendAt: new Date(),
    trigger: null,
    offsets: [],
    triggerNeed: null,
    minScore: null,
    approvedBy: 'checker',
    approvedAt: new Date(),
    startedAt: new Date(),
    completedAt: null,
    runs: 1,
    cursor: null,
  });
  t = Date.now();
  const sent = await sendCampaign(ds, campaignId);
  const engine = seconds(t);
  const outcomes = await ds.query('SELECT status, reason, COUNT(*) AS n FROM outreach_message WHERE campaignId = ? GROUP BY status, reason', [campaignId]);
  const decided = outcomes.reduce((s, r) => s + Number(r.n), 0);
  const [{ n: outbox }] = await ds.query('SELECT COUNT(*) AS n FROM outbox_message');

  console.log(`\na campaign to ${audience} customers (SMS, outbox adapter) on MariaDB`);
  console.log(
    `  floor: read the audience's ${floor.rows} consent rows   ${floor.took.toFixed(2)} s = ${Math.round(audience / floor.took)} customers/s (median of 3)`,
  );
  console.log(`  engine: ${decided} messages decided, ${sent} sent   ${engine.toFixed(2)} s = ${Math.round(decided / engine)} messages/s`);
  console.log(`    ${outcomes.map((r) => `${r.status}${r.reason ? ` ${r.reason}` : ''}: ${r.n}`).join(', ')}; outbox rows: ${outbox}`);
  console.log(`  ratio (engine ÷ floor, per customer): ${(decided / engine / (audience / floor.took)).toFixed(3)}`);
  await ds.destroy();
  if (decided !== Number(audience) || Number(outbox) !== sent) throw new Error('the run did not decide every customer exactly once');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
