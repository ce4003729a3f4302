import { AumSnapshot } from '../src/modules/customers/aum-snapshot.entity';
import { Customer } from '../src/modules/customers/customer.entity';
import { RetierJob } from '../src/modules/tiering/retier-job.entity';
import { runRetierJob } from '../src/modules/tiering/retier.service';
import { FinancialDeclaration, RiskAssessment } from '../src/modules/risk-profile';
import { syntheticCustomer } from '../src/app/synthetic/population';
import { seedSyntheticPopulation } from '../src/app/synthetic/seed-synthetic';
import { databaseKinds, startTestApi, type TestApi } from '../test-utils/harness';

describe.each(databaseKinds())('synthetic population on %s', (kind) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(kind, __filename);
  });
  afterAll(() => api.close());

  it('loads a reproducible population with snapshots, is safe to run twice, and can be re-tiered', async () => {
    const options = { customers: 600, seed: 7, days: 90, batchSize: 250, today: new Date('2026-11-29T00:00:00Z') };
    const first = await seedSyntheticPopulation(api.dataSource, options);
    expect(first).toMatchObject({ customers: 600, snapshots: 600 * 90 });
    await seedSyntheticPopulation(api.dataSource, options);
    expect(await api.dataSource.manager.count(Customer)).toBe(600);
    expect(await api.dataSource.manager.count(AumSnapshot)).toBe(600 * 90);
    // The amounts stored are the generator's, to the cent (the bulk insert converts them exactly once).
    const drawn = syntheticCustomer(7, 123, options.today, 90);
    const stored = await api.dataSource.manager.findOneByOrFail(Customer, { externalRef: drawn.externalRef });
    expect(stored).toMatchObject({ aum: drawn.dailyAum[89], riskLevel: drawn.riskLevel });
    // The level comes with its assessment record, the income is a declaration: the synthetic system's own.
    const assessment = await api.dataSource.manager.findOneByOrFail(RiskAssessment, { customerId: stored.id });
    expect(assessment).toMatchObject({ level: drawn.riskLevel, source: 'IMPORTED', sourceSystem: 'synthetic' });
    const income = await api.dataSource.manager.findOneByOrFail(FinancialDeclaration, { customerId: stored.id });
    expect(income).toMatchObject({ kind: 'AVERAGE_ANNUAL_INCOME', amount: drawn.annualIncome });
    const oldest = await api.dataSource.manager.findOneByOrFail(AumSnapshot, { customerId: stored.id, day: new Date('2026-09-01T00:00:00Z') });
    expect(oldest.aum).toBe(drawn.dailyAum[0]);

    const byTier: { code: string; n: string | number }[] = await api.dataSource.manager
      .createQueryBuilder(Customer, 'c')
      .innerJoin('tier', 't', 't.id = c.tierId')
      .select('t.code', 'code')
      .addSelect('COUNT(*)', 'n')
      .groupBy('t.code')
      .getRawMany();
    const share = (code: string) => Number(byTier.find((r) => r.code === code)?.n ?? 0) / 600;
    expect(share('ORDINARY')).toBeGreaterThan(0.7);
    expect(share('HNW')).toBeGreaterThan(0.01);

    await api.dataSource.manager.insert(RetierJob, {
      id: 'synthetic',
      status: 'RUNNING',
      total: 600,
      processed: 0,
      changed: 0,
      cursor: null,
      requestedBy: 'test',
      startedAt: new Date(),
      finishedAt: null,
      error: null,
    });
    await runRetierJob(api.dataSource, 'synthetic');
    expect(await api.dataSource.manager.findOneByOrFail(RetierJob, { id: 'synthetic' })).toMatchObject({ status: 'DONE', processed: 600 });
  });
});
