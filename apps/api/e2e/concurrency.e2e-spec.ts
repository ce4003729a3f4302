import {
  AllAuditEventsDocument,
  AllBenefitsDocument,
  AllPartnerInstitutionsDocument,
  AllTiersDocument,
  CreateApiClientDocument,
  CreateCustomerDocument,
  CreateFulfilmentOrderDocument,
  CreateProductDocument,
  RecordInterviewNeedDocument,
  SetConsentDocument,
  SubmitReferralDocument,
  UpdateBenefitDocument,
  createTierwiseClient,
} from '@tierwise/client';
import { Customer } from '../src/modules/customers/customer.entity';
import { databaseKinds, postGraphQL, startTestApi, type TestApi } from '../test-utils/harness';

/**
 * Many clients at once. On MariaDB these are real races between connections (snapshots, gap locks, deadlocks); on
 * SQLite, whose writes are queued, the same answers must come out.
 */
describe.each(databaseKinds())('concurrent clients on %s', (kind) => {
  let api: TestApi;
  let tierIds: string[];
  beforeAll(async () => {
    api = await startTestApi(kind, __filename);
    tierIds = (await api.viewer.request(AllTiersDocument, {})).allTiers.map((t) => t.id);
  });
  afterAll(() => api.close());

  const codeOf = (r: { body: { errors?: { extensions?: Record<string, unknown> }[] } }) => String(r.body.errors?.[0]?.extensions?.code ?? 'OK');

  it('of 60 updates sent with the same version exactly one wins, and every CONFLICT reports the version really current', async () => {
    const created = (await api.pm.request(CreateProductDocument, { code: 'RACE-UPD', name: '竞争', type: 'FUND', riskLevel: 'R2', minInvestment: '1000' }))
      .createProduct;
    const results = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        postGraphQL(
          api,
          {
            query: 'mutation($id: ID!, $v: Int!, $n: String) { updateProduct(id: $id, version: $v, name: $n) { version } }',
            variables: { id: created.id, v: created.version, n: `名字${i}` },
          },
          api.pm.token,
        ),
      ),
    );
    const codes = results.map(codeOf);
    expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
    expect(codes.filter((c) => c === 'CONFLICT')).toHaveLength(59);
    const current = created.version + 1;
    expect(new Set(results.filter((r) => codeOf(r) === 'CONFLICT').map((r) => r.body.errors![0].extensions!.currentVersion))).toEqual(new Set([current]));
  });

  it('60 products created at once, all linked to the same tiers, all succeed with their links', async () => {
    const results = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        postGraphQL(
          api,
          {
            query:
              'mutation($c: String!, $t: [ID!]) { createProduct(code: $c, name: $c, type: FUND, riskLevel: R2, minInvestment: "1000", eligibleTierIds: $t) { id eligibleTierIds } }',
            variables: { c: `RACE-NEW-${i}`, t: tierIds },
          },
          api.pm.token,
        ),
      ),
    );
    expect(results.map(codeOf).filter((c) => c !== 'OK')).toEqual([]);
    for (const r of results) expect([...(r.body.data!.createProduct as { eligibleTierIds: string[] }).eligibleTierIds].sort()).toEqual([...tierIds].sort());
  });

  it('10 customer batches with overlapping new external references all succeed, each all or none', async () => {
    // Batch b holds refs b*50 … b*50+99: every new ref is in two batches.
    const batch = (b: number) =>
      Array.from({ length: 100 }, (_, i) => ({ externalRef: `RACE-C-${String(b * 50 + i).padStart(4, '0')}`, name: `客户${b}`, aum: String(1000 * (b + 1)) }));
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, b) =>
        postGraphQL(
          api,
          {
            query: 'mutation($items: [CustomerUpsertInput!]!) { upsertCustomers(items: $items) { created updated } }',
            variables: { items: batch(b) },
          },
          api.pm.token,
        ),
      ),
    );
    expect(results.map(codeOf)).toEqual(Array(10).fill('OK'));
    const totals = results.reduce(
      (sum, r) => {
        const x = r.body.data!.upsertCustomers as { created: number; updated: number };
        return { created: sum.created + x.created, updated: sum.updated + x.updated };
      },
      { created: 0, updated: 0 },
    );
    expect(totals).toEqual({ created: 550, updated: 450 });
    expect(await api.dataSource.manager.count(Customer, { where: { externalRef: (await import('typeorm')).Like('RACE-C-%') } })).toBe(550);

    // A batch with one bad item writes nothing, even while others commit around it.
    const bad = [...batch(20), { externalRef: 'RACE-C-BAD', name: '', aum: '1' }];
    const mixed = await Promise.all(
      [bad, batch(21), batch(22)].map((items) =>
        postGraphQL(
          api,
          {
            query: 'mutation($items: [CustomerUpsertInput!]!) { upsertCustomers(items: $items) { created } }',
            variables: { items },
          },
          api.pm.token,
        ),
      ),
    );
    expect(mixed.map(codeOf)).toEqual(['BAD_USER_INPUT', 'OK', 'OK']);
    expect(await api.dataSource.manager.existsBy(Customer, { externalRef: 'RACE-C-1000' })).toBe(false); // only in the bad batch
  });

  it('referral and service-order status changes use the version check and are audited, like the catalogue', async () => {
    const partners = (await api.viewer.request(AllPartnerInstitutionsDocument, { perPage: 100 })).allPartnerInstitutions;
    const agency = partners.find((p) => p.code === 'LIANJIA_HOMES')!;
    // HNW: its tier grants the benefits ordered below.
    const customer = (await api.pm.request(CreateCustomerDocument, { externalRef: 'RACE-REF', name: '推荐', aum: '3500000' })).createCustomer;
    await api.pm.request(SetConsentDocument, { customerId: customer.id, kind: 'DATA_SHARING', partnerId: agency.id, granted: true });
    const key = (await api.admin.request(CreateApiClientDocument, { partnerId: agency.id, name: 'race', scopes: ['REFERRALS_WRITE', 'FULFILMENT_WRITE'] }))
      .createApiClient.key!;
    const partner = createTierwiseClient({ url: api.url, headers: { 'x-api-key': key } });
    const referral = (await partner.request(SubmitReferralDocument, { customerId: customer.id, scenario: 'HOME_PURCHASE', notes: '购房' })).submitReferral;

    const results = await Promise.all(
      ['CONTACTED', 'CLOSED', 'CONVERTED', 'CONTACTED', 'CLOSED'].map((status) =>
        postGraphQL(
          api,
          {
            query: 'mutation($id: ID!, $s: ReferralStatus!) { setReferralStatus(id: $id, version: 1, status: $s) { version } }',
            variables: { id: referral.id, s: status },
          },
          api.pm.token,
        ),
      ),
    );
    expect(results.map(codeOf).filter((c) => c === 'OK')).toHaveLength(1);
    expect(new Set(results.filter((r) => codeOf(r) === 'CONFLICT').map((r) => r.body.errors![0].extensions!.currentVersion))).toEqual(new Set([2]));
    const referralAudit = (await api.admin.request(AllAuditEventsDocument, { filter: { entityType: 'Referral', entityId: referral.id }, perPage: 10 }))
      .allAuditEvents;
    expect(referralAudit.map((e) => e.action).sort()).toEqual(['CREATE', 'UPDATE']);
    expect(referralAudit.find((e) => e.action === 'UPDATE')!.changes).toMatchObject({ status: { before: 'NEW' } });

    const benefit =
      (await api.viewer.request(AllBenefitsDocument, { perPage: 100 })).allBenefits.find((b) => b.providerId === agency.id) ??
      (await api.viewer.request(AllBenefitsDocument, { perPage: 100 })).allBenefits[0];
    if (benefit.providerId !== agency.id) await api.pm.request(UpdateBenefitDocument, { id: benefit.id, version: benefit.version, providerId: agency.id });
    const order = (await api.pm.request(CreateFulfilmentOrderDocument, { customerId: customer.id, benefitId: benefit.id })).createFulfilmentOrder;
    const moves = await Promise.all(
      ['ACCEPTED', 'REJECTED', 'ACCEPTED'].map((status) =>
        postGraphQL(
          api,
          {
            query: 'mutation($id: ID!, $s: FulfilmentStatus!) { updateFulfilmentOrder(id: $id, version: 1, status: $s) { version } }',
            variables: { id: order.id, s: status },
          },
          undefined,
          { 'x-api-key': key },
        ),
      ),
    );
    expect(moves.map(codeOf).filter((c) => c === 'OK')).toHaveLength(1);
    const orderAudit = (await api.admin.request(AllAuditEventsDocument, { filter: { entityType: 'FulfilmentOrder', entityId: order.id }, perPage: 10 }))
      .allAuditEvents;
    expect(orderAudit.map((e) => [e.action, e.actor.startsWith('api key tw_') || e.actor === 'pm@tierwise.local'])).toEqual(
      expect.arrayContaining([
        ['CREATE', true],
        ['UPDATE', true],
      ]),
    );
    expect(orderAudit).toHaveLength(2);

    const need = (await api.pm.request(RecordInterviewNeedDocument, { customerId: customer.id, need: 'HOME_PURCHASE', weight: 80, notes: '面谈' }))
      .recordInterviewNeed;
    await api.pm.request(RecordInterviewNeedDocument, { customerId: customer.id, need: 'HOME_PURCHASE', weight: 60, notes: '再次面谈' });
    const needAudit = (await api.admin.request(AllAuditEventsDocument, { filter: { entityType: 'CustomerNeed', entityId: need.id }, perPage: 10 }))
      .allAuditEvents;
    expect(needAudit.map((e) => e.action).sort()).toEqual(['CREATE', 'UPDATE']);
    expect(needAudit.find((e) => e.action === 'UPDATE')!.changes).toMatchObject({ weight: { before: 80, after: 60 } });
  });
});
