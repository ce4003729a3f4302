import {
  AllBenefitsDocument,
  AllTiersDocument,
  CreateFulfilmentOrderDocument,
  CreateApiClientDocument,
  CustomerBenefitsDocument,
  RedeemBenefitDocument,
  SetTierBenefitsDocument,
  SettleRedemptionDocument,
  UpsertCustomersDocument,
  AllCustomersDocument,
  EarnPointsDocument as EarnPoints,
  ExpirePointsDocument as ExpirePoints,
  PointsAccountDocument as PointsAccount,
  RedeemPointsDocument as RedeemPoints,
} from '@tierwise/client';
import { databaseKinds, postGraphQL, startTestApi, type TestApi } from '../test-utils/harness';

/** Benefits counted exactly (issue 14): the tier's grant, the annual quota under concurrency, idempotency keys. */
describe.each(databaseKinds())('the benefit ledger on %s', (kind) => {
  let api: TestApi;
  let benefit: (code: string) => string;
  let customerId: string;
  let tier: { id: string; version: number; code: string };
  beforeAll(async () => {
    api = await startTestApi(kind, __filename);
    const benefits = new Map((await api.viewer.request(AllBenefitsDocument, { perPage: 100 })).allBenefits.map((b) => [b.code, b.id]));
    benefit = (code) => benefits.get(code)!;
    // A high-net-worth customer, whose tier grants the health check-up (partner-fulfilled) and the fee waiver (in-house).
    await api.pm.request(UpsertCustomersDocument, { items: [{ externalRef: 'LEDGER-1', name: '权益客户', aum: '3500000' }] });
    customerId = (await api.viewer.request(AllCustomersDocument, { filter: { q: 'LEDGER-1' } })).allCustomers[0].id;
    const tiers = (await api.viewer.request(AllTiersDocument, {})).allTiers;
    tier = tiers.find((t) => t.code === 'HNW')!;
    const set = await api.pm.request(SetTierBenefitsDocument, {
      tierId: tier.id,
      version: tier.version,
      entitlements: [
        { benefitId: benefit('HEALTH_CHECKUP'), annualQuota: 3, exclusive: true },
        { benefitId: benefit('FEE_WAIVER'), annualQuota: null },
        { benefitId: benefit('AIRPORT_LOUNGE'), annualQuota: 2 },
      ],
    });
    tier = { ...tier, version: set.setTierBenefits.version };
  });
  afterAll(() => api.close());

  const allowances = async () =>
    new Map((await api.viewer.request(CustomerBenefitsDocument, { id: customerId })).customerBenefits.allowances.map((a) => [a.benefitId, a]));

  it(`redeems a partner benefit exactly N times out of 100 concurrent requests (${kind})`, async () => {
    const started = Date.now();
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        api.pm
          .raw(CreateFulfilmentOrderDocument, { customerId, benefitId: benefit('HEALTH_CHECKUP'), notes: `request ${i}` })
          .then((r) => r.errors?.[0]?.extensions?.fields?.[0]?.code ?? r.errors?.[0]?.extensions?.code ?? 'OK'),
      ),
    );
    const elapsed = Date.now() - started;
    const tally = results.reduce<Record<string, number>>((t, code) => ({ ...t, [String(code)]: (t[String(code)] ?? 0) + 1 }), {});
    console.log(`benefit ledger on ${kind}: 100 concurrent redemptions against a quota of 3 → ${JSON.stringify(tally)} in ${elapsed} ms`);
    expect(tally).toEqual({ OK: 3, QUOTA_EXHAUSTED: 97 });
    const health = (await allowances()).get(benefit('HEALTH_CHECKUP'))!;
    expect([health.annualQuota, health.used, health.remaining, health.exclusive]).toEqual([3, 3, 0, true]);
    const ledger = (await api.viewer.request(CustomerBenefitsDocument, { id: customerId })).customerBenefits.redemptions.filter(
      (r) => r.benefitId === benefit('HEALTH_CHECKUP'),
    );
    expect(ledger).toHaveLength(3);
    expect(ledger.every((r) => r.status === 'CONSUMED' && r.fulfilmentOrderId)).toBe(true);
    const [{ n }] = await api.dataSource.query("SELECT COUNT(*) AS n FROM fulfilment_order WHERE notes LIKE 'request %'");
    expect(Number(n)).toBe(3); // a service order per redemption, none for the refused ones
  });

  it('answers a retry with the same key with the first redemption, refuses the key for another request, and never double-counts', async () => {
    const lounge = benefit('AIRPORT_LOUNGE');
    const first = (await api.pm.request(RedeemBenefitDocument, { customerId, benefitId: lounge, idempotencyKey: 'app-7781' })).redeemBenefit;
    const [again, alsoAgain] = await Promise.all([
      api.pm.request(RedeemBenefitDocument, { customerId, benefitId: lounge, idempotencyKey: 'app-7781' }),
      api.pm.request(RedeemBenefitDocument, { customerId, benefitId: lounge, idempotencyKey: 'app-7781' }),
    ]);
    expect([again.redeemBenefit.id, alsoAgain.redeemBenefit.id]).toEqual([first.id, first.id]);
    expect((await allowances()).get(lounge)!.used).toBe(1);
    const other = await api.pm.raw(RedeemBenefitDocument, { customerId, benefitId: benefit('FEE_WAIVER'), idempotencyKey: 'app-7781' });
    expect(other.errors?.[0].extensions?.code).toBe('CONFLICT');
    // Two keys racing for the last unit: one wins.
    const race = await Promise.all(
      ['app-1', 'app-2'].map((key) => api.pm.raw(RedeemBenefitDocument, { customerId, benefitId: lounge, idempotencyKey: key, reserve: true })),
    );
    expect(race.filter((r) => !r.errors).length).toBe(1);
    expect((await allowances()).get(lounge)).toMatchObject({ used: 2, remaining: 0 });
  });

  it('gives a released reservation back to the quota; an unlimited benefit has no limit; a benefit the tier does not grant is refused', async () => {
    const lounge = benefit('AIRPORT_LOUNGE');
    const reserved = (await api.viewer.request(CustomerBenefitsDocument, { id: customerId })).customerBenefits.redemptions.find(
      (r) => r.status === 'RESERVED',
    )!;
    const released = (await api.pm.request(SettleRedemptionDocument, { id: reserved.id, version: reserved.version, status: 'RELEASED' })).settleRedemption;
    expect(released.status).toBe('RELEASED');
    expect((await allowances()).get(lounge)).toMatchObject({ used: 1, remaining: 1 });
    const twice = await api.pm.raw(SettleRedemptionDocument, { id: released.id, version: released.version, status: 'CONSUMED' });
    expect(twice.errors?.[0].extensions?.fields?.[0]?.code).toBe('INVALID_REDEMPTION_TRANSITION');
    for (let i = 0; i < 5; i++) await api.pm.request(RedeemBenefitDocument, { customerId, benefitId: benefit('FEE_WAIVER') });
    expect((await allowances()).get(benefit('FEE_WAIVER'))).toMatchObject({ annualQuota: null, used: 5, remaining: null });
    const notGranted = await api.pm.raw(RedeemBenefitDocument, { customerId, benefitId: benefit('LEGAL_TAX_ADVISORY') });
    expect(notGranted.errors?.[0].extensions?.fields?.[0]?.code).toBe('BENEFIT_NOT_IN_TIER');
  });

  it("lets the app backend redeem with a service:write key, and nothing else of the staff's", async () => {
    const key = (await api.admin.request(CreateApiClientDocument, { name: 'app backend (service)', scopes: ['SERVICE_WRITE'] })).createApiClient.key!;
    const call = (query: string, variables: object) => postGraphQL(api, { query, variables }, undefined, { 'x-api-key': key });
    const redeemed = await call(
      'mutation($c: ID!, $b: ID!) { redeemBenefit(customerId: $c, benefitId: $b, idempotencyKey: "app-xyz") { id status redeemedBy } }',
      {
        c: customerId,
        b: benefit('FEE_WAIVER'),
      },
    );
    expect(redeemed.body.data?.redeemBenefit).toMatchObject({ status: 'CONSUMED', redeemedBy: expect.stringMatching(/^api key tw_/) });
    const staff = await call('mutation($id: ID!) { deleteBenefit(id: $id) { id } }', { id: benefit('FEE_WAIVER') });
    expect(staff.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('keeps a points balance that never goes negative: 20 concurrent redemptions of 10 against 50 succeed 5 times; expiry takes what is left', async () => {
    await api.pm.request(EarnPoints, { customerId, points: 50, reason: '理财购买积分', idempotencyKey: 'earn-1' });
    expect((await api.pm.request(EarnPoints, { customerId, points: 50, reason: '理财购买积分', idempotencyKey: 'earn-1' })).earnPoints.balanceAfter).toBe(50); // a retry
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        api.pm.raw(RedeemPoints, { customerId, points: 10, reason: `兑换 ${i}` }).then((r) => r.errors?.[0]?.extensions?.fields?.[0]?.code ?? 'OK'),
      ),
    );
    expect(results.filter((r) => r === 'OK')).toHaveLength(5);
    expect(results.filter((r) => r === 'INSUFFICIENT_POINTS')).toHaveLength(15);
    await api.pm.request(EarnPoints, { customerId, points: 7, reason: '活动奖励' });
    const expired = (await api.pm.request(ExpirePoints, { customerId, points: 30, reason: '年度到期' })).expirePoints;
    expect([expired.points, expired.balanceAfter]).toEqual([7, 0]);
    const account = (await api.viewer.request(PointsAccount, { customerId })).pointsAccount;
    expect(account.balance).toBe(0);
    expect(account.entries.every((e) => e.balanceAfter >= 0)).toBe(true);
    expect(account.entries.map((e) => e.kind).filter((k) => k === 'REDEEM')).toHaveLength(5);
  });
});
