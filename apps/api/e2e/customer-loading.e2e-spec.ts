import {
  AllCustomersDocument,
  AllTiersDocument,
  CustomerPageDocument,
  LatestRetierJobDocument,
  TierChangePreviewDocument,
  UpdateTierDocument,
  UpdateTierRangesDocument,
  CustomerTierHistoryDocument,
  UpsertHoldingsDocument,
  RetierJobDocument,
  StartRetierDocument,
  UpsertAumSnapshotsDocument,
  UpsertCustomersDocument,
} from '@tierwise/client';
import { In, IsNull } from 'typeorm';
import { Customer } from '../src/modules/customers/customer.entity';
import { RetierJob } from '../src/modules/tiering/retier-job.entity';
import { systemContext } from '../src/common/context';
import { retierBatch, RetierService, runRetierJob, RETIER_BATCH_SIZE, tieringBatch, tieringWindows } from '../src/modules/tiering/retier.service';
import { Tier } from '../src/modules/tiers/tier.entity';
import { decideTier, DEFAULT_TIERING_POLICY } from '@tierwise/domain';
import { databaseKinds, startTestApi, type TestApi } from '../test-utils/harness';

const DAY = 24 * 60 * 60 * 1000;

describe.each(databaseKinds())('loading customers and re-tiering on %s', (kind) => {
  let api: TestApi;
  let tierCode: (id: string | null | undefined) => string | undefined;
  beforeAll(async () => {
    api = await startTestApi(kind, __filename);
    const tiers = (await api.viewer.request(AllTiersDocument, {})).allTiers;
    tierCode = (id) => tiers.find((t) => t.id === id)?.code;
  });
  afterAll(() => api.close());

  const waitForJob = async (id: string) => {
    for (let i = 0; i < 200; i++) {
      const job = (await api.viewer.request(RetierJobDocument, { id })).retierJob;
      if (job.status !== 'RUNNING') return job;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('re-tiering did not finish');
  };

  it('upserts a batch by external reference: creates, then updates, and is idempotent', async () => {
    const items = Array.from({ length: 20 }, (_, i) => ({ externalRef: `BATCH-${i}`, name: `客户${i}`, aum: i < 10 ? '100000' : '600000' }));
    expect((await api.pm.request(UpsertCustomersDocument, { items })).upsertCustomers).toEqual({ created: 20, updated: 0 });
    expect((await api.pm.request(UpsertCustomersDocument, { items })).upsertCustomers).toEqual({ created: 0, updated: 20 });
    const all = await api.viewer.request(AllCustomersDocument, { filter: { q: 'BATCH-' }, perPage: 100 });
    expect(all._allCustomersMeta.count).toBe(20);
    expect(all.allCustomers.filter((c) => tierCode(c.tierId) === 'POTENTIAL')).toHaveLength(10);
  });

  it('records holdings by their external id, refusing unknown customers or products', async () => {
    await api.pm.request(UpsertCustomersDocument, { items: [{ externalRef: 'HOLDER-0', name: '持有人', aum: '100000' }] });
    const items = [
      { externalRef: 'H-1', customerRef: 'HOLDER-0', productCode: 'WM-FLEX-001', amount: '50000.00', startedAt: '2026-01-05T00:00:00.000Z' },
      {
        externalRef: 'H-2',
        customerRef: 'HOLDER-0',
        productCode: 'FUND-BOND-001',
        amount: '20000',
        startedAt: '2026-03-01T00:00:00.000Z',
        maturesAt: '2027-03-01T00:00:00.000Z',
      },
    ];
    expect((await api.pm.request(UpsertHoldingsDocument, { items })).upsertHoldings).toEqual({ created: 2, updated: 0 });
    expect((await api.pm.request(UpsertHoldingsDocument, { items: [{ ...items[0], amount: '60000' }] })).upsertHoldings).toEqual({ created: 0, updated: 1 });
    const page = (await api.viewer.request(CustomerPageDocument, { filter: { q: 'HOLDER-0' } })).allCustomers;
    expect(page[0].holdings.map((h) => h.amount)).toEqual(['20000.00', '60000.00']);
    const bad = await api.pm.raw(UpsertHoldingsDocument, { items: [{ ...items[0], externalRef: 'H-3', productCode: 'NOPE' }] });
    expect(bad.errors?.[0].extensions?.fields?.[0]).toMatchObject({ code: 'UNKNOWN_PRODUCT' });
  });

  it('a page of customers with holdings and tier history costs the same number of statements whatever its size', async () => {
    // 15 customers of this test's own, each with two holdings (and a tier placement in their history).
    const refs = Array.from({ length: 15 }, (_, i) => `PAGE-${String(i).padStart(2, '0')}`);
    await api.pm.request(UpsertCustomersDocument, { items: refs.map((externalRef, i) => ({ externalRef, name: '分页', aum: i % 2 ? '100000' : '900000' })) });
    await api.pm.request(UpsertHoldingsDocument, {
      items: refs.flatMap((customerRef) =>
        ['WM-FLEX-001', 'FUND-BOND-001'].map((productCode) => ({
          externalRef: `${customerRef}-${productCode}`,
          customerRef,
          productCode,
          amount: '1000',
          startedAt: '2026-01-05T00:00:00.000Z',
        })),
      ),
    });
    const count = async (perPage: number) => {
      api.queries.reset();
      const page = (await api.viewer.request(CustomerPageDocument, { perPage, filter: { q: 'PAGE-' } })).allCustomers;
      expect(page).toHaveLength(perPage);
      expect(page.every((c) => c.holdings.length === 2)).toBe(true);
      return api.queries.count;
    };
    expect(await count(15)).toBe(await count(3));
  });

  it('creates a batch of new customers, each audited, in statements that do not grow with the batch', async () => {
    const load = async (prefix: string, n: number) => {
      api.queries.reset();
      const items = Array.from({ length: n }, (_, i) => ({ externalRef: `${prefix}-${i}`, name: '批量', aum: '100000' }));
      expect((await api.pm.request(UpsertCustomersDocument, { items })).upsertCustomers).toMatchObject({ created: n, updated: 0 });
      return api.queries.statements.filter((q) => /^\s*INSERT/i.test(q)).length;
    };
    expect(await load('BULK-A', 400)).toBe(await load('BULK-B', 20));
    const audited = await api.dataSource.manager.query(
      "SELECT COUNT(*) AS n FROM audit_event e JOIN customer c ON c.id = e.entityId WHERE c.externalRef LIKE 'BULK-%' AND e.action = 'CREATE'",
    );
    expect(Number(audited[0].n)).toBe(420);
  });

  it('refuses a whole batch with one bad item, or more than 1,000 items, writing nothing', async () => {
    const bad = await api.pm.raw(UpsertCustomersDocument, {
      items: [
        { externalRef: 'GOOD-1', name: 'ok' },
        { externalRef: 'bad ref!', name: 'x' },
      ],
    });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(bad.errors?.[0].extensions?.fields)).toContain('externalRef');
    const repeated = await api.pm.raw(UpsertCustomersDocument, {
      items: [
        { externalRef: 'TWICE', name: 'a' },
        { externalRef: 'TWICE', name: 'b' },
      ],
    });
    expect(repeated.errors?.[0].extensions?.fields?.[0].code).toBe('DUPLICATE_EXTERNAL_REF');
    const tooMany = await api.pm.raw(UpsertCustomersDocument, { items: Array.from({ length: 1001 }, (_, i) => ({ externalRef: `X-${i}`, name: 'x' })) });
    expect(tooMany.errors?.[0].extensions?.fields?.[0].code).toBe('BATCH_TOO_LARGE');
    expect((await api.viewer.request(AllCustomersDocument, { filter: { q: 'GOOD-1' } }))._allCustomersMeta.count).toBe(0);
    expect((await api.viewer.raw(UpsertCustomersDocument, { items: [] })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('tiers on the 90-day average and downgrades only after the grace period, keeping the history', async () => {
    await api.pm.request(UpsertCustomersDocument, { items: [{ externalRef: 'AVG-1', name: '平均', aum: '100000' }] });
    const [customer] = (await api.viewer.request(AllCustomersDocument, { filter: { q: 'AVG-1' } })).allCustomers;
    expect(tierCode(customer.tierId)).toBe('ORDINARY');
    const today = new Date();
    // 60 days at 1,000,000 then 30 days at 100,000: the 90-day average is 700,000 → POTENTIAL.
    const snapshots = Array.from({ length: 90 }, (_, i) => ({
      externalRef: 'AVG-1',
      day: new Date(today.getTime() - (89 - i) * DAY).toISOString(),
      aum: i < 60 ? '1000000' : '100000',
    }));
    expect((await api.pm.request(UpsertAumSnapshotsDocument, { items: snapshots })).upsertAumSnapshots.updated).toBe(90);
    const job = (await api.pm.request(StartRetierDocument)).startRetier;
    const done = await waitForJob(job.id);
    expect(done).toMatchObject({ status: 'DONE', processed: done.total });
    expect(done.changed).toBeGreaterThanOrEqual(1);
    const after = (await api.viewer.request(CustomerTierHistoryDocument, { id: customer.id })).Customer;
    expect(tierCode(after.tierId)).toBe('POTENTIAL');
    expect(after.tierHistory[0]).toMatchObject({ basis: '700000.00' });
    expect(after.tierHistory[0].reason).toContain('Upgraded from ORDINARY to POTENTIAL');

    // Now the average falls below the floor: the customer stays in POTENTIAL and the grace clock starts.
    await api.pm.request(UpsertAumSnapshotsDocument, { items: snapshots.map((s) => ({ ...s, aum: '100000' })) });
    await waitForJob((await api.pm.request(StartRetierDocument)).startRetier.id);
    const held = (await api.viewer.request(CustomerTierHistoryDocument, { id: customer.id })).Customer;
    expect(tierCode(held.tierId)).toBe('POTENTIAL');
    expect(held.tierBelowFloorSince).not.toBeNull();

    // The daily run, on a clock moved forward: still held on day 89 of the grace period, moved down on day 90.
    // The grace period counts (UTC) calendar days from the day the clock started: midday of the 89th and 90th day after it.
    const clockStart = new Date(held.tierBelowFloorSince!);
    const startDay = Math.floor(clockStart.getTime() / DAY) * DAY;
    const onDay = (days: number) => () => new Date(startDay + days * DAY + 12 * 3_600_000);
    const ctx = systemContext(api.dataSource, 'retier-test');
    await RetierService.runToEnd(ctx, onDay(89));
    const day89 = (await api.viewer.request(CustomerTierHistoryDocument, { id: customer.id })).Customer;
    expect([tierCode(day89.tierId), day89.tierBelowFloorSince]).toEqual(['POTENTIAL', held.tierBelowFloorSince]);
    const run = await RetierService.runToEnd(ctx, onDay(90));
    expect(run.status).toBe('DONE');
    const day90 = (await api.viewer.request(CustomerTierHistoryDocument, { id: customer.id })).Customer;
    expect([tierCode(day90.tierId), day90.tierBelowFloorSince]).toEqual(['ORDINARY', null]);
    expect(day90.tierHistory[0].reason).toBe('Downgraded from POTENTIAL to ORDINARY: basis 100000.00 below 500000.00 for 90 days (grace 90)');
    // The same as a code with its parameters, which the console renders in the chosen language.
    expect(day90.tierHistory[0]).toMatchObject({
      reasonCode: 'DOWNGRADED',
      reasonParams: { from: 'POTENTIAL', to: 'ORDINARY', basis: '100000.00', threshold: '500000.00', days: '90', grace: '90' },
    });
    expect(new Date(day90.tierHistory[0].changedAt).getTime()).toBe(onDay(90)().getTime());
  });

  it('the daily run looks only at the customers due, and leaves nothing a run over everyone would change', async () => {
    // 40 customers around the POTENTIAL floor (500,000) with 90 days of AUM, each with its own spread (some flat).
    let seed = 11;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const refs = Array.from({ length: 40 }, (_, i) => `INC-${String(i).padStart(2, '0')}`);
    await api.pm.request(UpsertCustomersDocument, { items: refs.map((externalRef) => ({ externalRef, name: '增量', aum: '500000' })) });
    const today = Math.floor(Date.now() / DAY) * DAY;
    const spreads = refs.map((_, i) => (i % 5 === 0 ? 0 : 600000 * random()));
    const centres = refs.map(() => 350000 + 300000 * random());
    const history = refs.flatMap((externalRef, i) =>
      Array.from({ length: 90 }, (_, d) => ({
        externalRef,
        day: new Date(today - (89 - d) * DAY).toISOString(),
        aum: Math.max(0, centres[i] + (random() - 0.5) * spreads[i]).toFixed(2),
      })),
    );
    for (let i = 0; i < history.length; i += 1000) await api.pm.request(UpsertAumSnapshotsDocument, { items: history.slice(i, i + 1000) });
    await waitForJob((await api.pm.request(StartRetierDocument)).startRetier.id); // everyone, once: each gets a review day
    const everyone = await api.dataSource.manager.count(Customer);
    expect(await api.dataSource.manager.countBy(Customer, { tierReviewDue: IsNull() })).toBe(0);

    const ctx = systemContext(api.dataSource, 'retier-test');
    const tiers = await api.dataSource.manager.find(Tier);
    const codeOf = new Map(tiers.map((t) => [t.id, t.code]));
    const ids = new Set((await api.dataSource.manager.find(Customer, { where: { externalRef: In(refs) } })).map((c) => c.id));
    let looked = 0;
    let moved = 0;
    for (let day = 1; day <= 120; day++) {
      const clock = () => new Date(today + day * DAY + 9 * 3_600_000);
      if (day % 10 === 0) {
        // A few customers' AUM arrives: they are due at once, whatever their review day said.
        const fresh = [0, 1, 2].map((k) => ({
          externalRef: refs[(day + 7 * k) % refs.length],
          day: clock().toISOString(),
          aum: String(Math.round(900000 * random())),
        }));
        await api.pm.request(UpsertAumSnapshotsDocument, { items: fresh });
        const [marked] = await api.dataSource.manager.find(Customer, { where: { externalRef: fresh[0].externalRef } });
        expect(marked.tierReviewDue).toBeNull();
      }
      const run = await RetierService.runToEnd(ctx, clock);
      expect(run).toMatchObject({ status: 'DONE', scope: 'DUE' });
      looked += run.processed;
      moved += run.changed;
      // What a run over everyone would decide today: no customer's tier or grace clock would change.
      const rows = (await tieringBatch(api.dataSource.manager, null, everyone + 1)).filter((c) => ids.has(c.id));
      const windows = await tieringWindows(api.dataSource.manager, rows, DEFAULT_TIERING_POLICY, clock());
      for (const c of rows) {
        const state = { tier: c.tierId ? codeOf.get(c.tierId)! : null, belowFloorSince: c.tierBelowFloorSince };
        const decision = decideTier(tiers, state, windows.get(c.id)!.basis, DEFAULT_TIERING_POLICY, clock());
        expect({ day, id: c.id, changed: decision.changed, since: decision.belowFloorSince?.getTime() ?? null }).toEqual({
          day,
          id: c.id,
          changed: false,
          since: state.belowFloorSince?.getTime() ?? null,
        });
      }
    }
    expect(moved).toBeGreaterThan(0); // upgrades, downgrades after the grace period, moves on fresh AUM
    expect(looked).toBeLessThan((everyone * 120) / 10); // a tenth of looking at everyone every day, at most
  });

  it('refuses a second run while one is in progress', async () => {
    // A run left RUNNING (as by a process in the middle of it): a new one is refused until it ends.
    await api.dataSource.manager.insert(RetierJob, {
      id: 'in-progress',
      status: 'RUNNING',
      total: 1,
      processed: 0,
      changed: 0,
      cursor: null,
      requestedBy: 'test',
      startedAt: new Date(),
      finishedAt: null,
      error: null,
    });
    const second = await api.pm.raw(StartRetierDocument);
    expect(second.errors?.[0].extensions?.code).toBe('CONFLICT');
    await runRetierJob(api.dataSource, 'in-progress');
    expect((await api.viewer.request(RetierJobDocument, { id: 'in-progress' })).retierJob.status).toBe('DONE');
    expect((await api.pm.raw(StartRetierDocument)).errors).toBeUndefined();
  });

  it('resumes an interrupted run from its cursor without redoing committed batches', async () => {
    const items = Array.from({ length: RETIER_BATCH_SIZE + 50 }, (_, i) => ({ externalRef: `RES-${String(i).padStart(4, '0')}`, name: '续', aum: '50000' }));
    for (let i = 0; i < items.length; i += 1000) await api.pm.request(UpsertCustomersDocument, { items: items.slice(i, i + 1000) });
    const total = await api.dataSource.manager.count(Customer);
    const job = api.dataSource.manager.create(RetierJob, {
      id: 'resume-test',
      status: 'RUNNING',
      total,
      processed: 0,
      changed: 0,
      cursor: null,
      requestedBy: 'test',
      startedAt: new Date(),
      finishedAt: null,
      error: null,
    });
    await api.dataSource.manager.insert(RetierJob, job);
    expect(await retierBatch(api.dataSource, job.id)).toBe(true); // one batch committed, then "the process stops"
    const interrupted = await api.dataSource.manager.findOneByOrFail(RetierJob, { id: job.id });
    expect(interrupted.processed).toBe(RETIER_BATCH_SIZE);
    await runRetierJob(api.dataSource, job.id); // a restarted process resumes it
    const finished = await api.dataSource.manager.findOneByOrFail(RetierJob, { id: job.id });
    expect(finished).toMatchObject({ status: 'DONE', processed: total });
  });

  it('re-tiers everyone on the new ranges after the tier configuration changes, superseding a run in progress', async () => {
    const stale = api.dataSource.manager.create(RetierJob, {
      id: 'stale-run',
      status: 'RUNNING',
      total: 1,
      processed: 0,
      changed: 0,
      cursor: null,
      requestedBy: 'test',
      startedAt: new Date(),
      finishedAt: null,
      error: null,
    });
    await api.dataSource.manager.insert(RetierJob, stale);
    await api.pm.request(UpsertCustomersDocument, { items: [{ externalRef: 'RANGE-1', name: '区间', aum: '100000' }] });
    const [customer] = (await api.viewer.request(AllCustomersDocument, { filter: { q: 'RANGE-1' } })).allCustomers;
    expect(tierCode(customer.tierId)).toBe('ORDINARY');

    // Move the ORDINARY / POTENTIAL boundary from 500,000 down to 80,000: RANGE-1 (100,000) qualifies for POTENTIAL at once.
    const tiers = (await api.viewer.request(AllTiersDocument, {})).allTiers;
    const ordinary = tiers.find((t) => t.code === 'ORDINARY')!;
    const potential = tiers.find((t) => t.code === 'POTENTIAL')!;
    await api.pm.request(UpdateTierRangesDocument, {
      ranges: [
        { id: ordinary.id, version: ordinary.version, minAum: '0', maxAum: '80000' },
        { id: potential.id, version: potential.version, minAum: '80000', maxAum: potential.maxAum },
      ],
    });
    const started = (await api.viewer.request(LatestRetierJobDocument)).latestRetierJob!;
    expect(started).toMatchObject({
      requestedBy: 'pm@tierwise.local',
      reason: 'Tier configuration changed: ranges edited',
      reasonCode: 'RANGES_EDITED',
      reasonParams: {},
    });
    expect((await waitForJob(started.id)).status).toBe('DONE');
    expect((await api.viewer.request(RetierJobDocument, { id: 'stale-run' })).retierJob.status).toBe('SUPERSEDED');
    const moved = (await api.viewer.request(CustomerTierHistoryDocument, { id: customer.id })).Customer;
    expect(tierCode(moved.tierId)).toBe('POTENTIAL');
    expect(moved.tierHistory[0].reason).toContain('Upgraded from ORDINARY to POTENTIAL');

    // Renaming a tier does not move anyone, so it starts no run.
    const renamed = (await api.viewer.request(AllTiersDocument, {})).allTiers.find((t) => t.code === 'ORDINARY')!;
    await api.pm.request(UpdateTierDocument, { id: renamed.id, version: renamed.version, name: '普通客户（新）' });
    expect((await api.viewer.request(LatestRetierJobDocument)).latestRetierJob!.id).toBe(started.id);
  });

  it('previews exactly what the re-tiering run then does, grace period included, and nothing once it has run', async () => {
    const byCode = async () => Object.fromEntries((await api.viewer.request(AllTiersDocument, {})).allTiers.map((t) => [t.code, t]));
    const setRanges = async (ordinaryMax: string, hnwMin: string) => {
      const t = await byCode();
      await api.pm.request(UpdateTierRangesDocument, {
        ranges: [
          { id: t.ORDINARY.id, version: t.ORDINARY.version, minAum: '0', maxAum: ordinaryMax },
          { id: t.POTENTIAL.id, version: t.POTENTIAL.version, minAum: ordinaryMax, maxAum: hnwMin },
          { id: t.HNW.id, version: t.HNW.version, minAum: hnwMin, maxAum: null },
        ],
      });
      await waitForJob((await api.viewer.request(LatestRetierJobDocument)).latestRetierJob!.id);
    };
    await setRanges('500000', '3000000');
    // One who moves up under the proposal (at once), one who would move down (held by the grace period), one who stays.
    await api.pm.request(UpsertCustomersDocument, {
      items: [
        { externalRef: 'PV-UP', name: '升', aum: '200000' },
        { externalRef: 'PV-HELD', name: '留', aum: '4000000' },
        { externalRef: 'PV-SAME', name: '同', aum: '900000' },
      ],
    });
    const proposal = [
      { code: 'ORDINARY', minAum: '0', maxAum: '150000' },
      { code: 'POTENTIAL', minAum: '150000', maxAum: '5000000' },
      { code: 'HNW', minAum: '5000000', maxAum: null },
    ];
    const preview = (await api.viewer.request(TierChangePreviewDocument, { ranges: proposal })).tierChangePreview;
    const tiersOf = async () =>
      new Map((await api.dataSource.manager.find(Customer, { select: { id: true, tierId: true } })).map((c) => [c.id, tierCode(c.tierId) ?? null]));
    const before = await tiersOf();
    await setRanges('150000', '5000000');
    const after = await tiersOf();
    const moves = new Map<string, number>();
    for (const [id, from] of before) moves.set(`${from}→${after.get(id)}`, (moves.get(`${from}→${after.get(id)}`) ?? 0) + 1);
    expect(Object.fromEntries(preview.map((r) => [`${r.fromTier}→${r.toTier}`, r.count]))).toEqual(Object.fromEntries(moves));
    // The proposal did move someone up, and held the one whose AUM is now below the HNW floor.
    expect(preview.find((r) => r.fromTier === 'ORDINARY' && r.toTier === 'POTENTIAL')?.count).toBeGreaterThanOrEqual(1);
    expect(preview.some((r) => r.fromTier === 'HNW' && r.toTier !== 'HNW')).toBe(false);
    // After the run, the same ranges preview no move at all.
    const again = (await api.viewer.request(TierChangePreviewDocument, { ranges: proposal })).tierChangePreview;
    expect(again.filter((r) => r.fromTier !== r.toTier)).toEqual([]);
    await setRanges('500000', '3000000');
  });
});
