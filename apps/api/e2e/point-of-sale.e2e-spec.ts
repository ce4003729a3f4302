import {
  AllAuditEventsDocument,
  AllBenefitsDocument,
  AllProductsDocument,
  AllTiersDocument,
  CreateCustomerDocument,
  CreateFulfilmentOrderDocument,
  CreateProductDocument,
  CustomerInvestorProfileDocument,
  DeclareFinancialsDocument,
  RecommendationsDocument,
  RecordInterviewNeedDocument,
  RecordProfessionalEvidenceDocument,
  ScenarioRecommendationsDocument,
  SetExchangeRateDocument,
  SuitabilityDocument,
  UpdateProductDocument,
  UpsertCustomersDocument,
} from '@tierwise/client';
import { calendarDay } from '@tierwise/domain';
import { Customer } from '../src/modules/customers/customer.entity';
import { assess, databaseKinds, postGraphQL, startTestApi, type TestApi } from '../test-utils/harness';

/** The regulations at the point of sale, and every way around them that independent checks found (issue 12). */
describe.each(databaseKinds())('the point of sale on %s', (kind) => {
  let api: TestApi;
  let tierId: (code: string) => string;
  let productId: (code: string) => Promise<string>;
  beforeAll(async () => {
    api = await startTestApi(kind, __filename);
    const tiers = (await api.viewer.request(AllTiersDocument, {})).allTiers;
    tierId = (code) => tiers.find((t) => t.code === code)!.id;
    productId = async (code) => (await api.viewer.request(AllProductsDocument, { filter: { q: code } })).allProducts.find((p) => p.code === code)!.id;
  });
  afterAll(() => api.close());

  const customer = async (externalRef: string, aum = '800000') =>
    (await api.pm.request(CreateCustomerDocument, { externalRef, name: '测试', aum })).createCustomer.id;
  const decide = async (customerId: string, code: string) =>
    (await api.viewer.request(SuitabilityDocument, { customerId, productId: await productId(code) })).suitability;
  const codes = async (customerId: string, code: string) => (await decide(customerId, code)).reasons.map((r) => r.code);

  it('no path sets a risk level, its dates or professional status directly: edits, batches and imports are refused', async () => {
    const id = await customer('POS-C1');
    await assess(api, { 'POS-C1': 'C1' });
    // The batch call that made a C1 customer a C5 professional "valid until 2099" no longer exists in the contract.
    const batch = await postGraphQL(
      api,
      {
        query: 'mutation($items: [CustomerUpsertInput!]!) { upsertCustomers(items: $items) { created updated } }',
        variables: {
          items: [{ externalRef: 'POS-C1', name: '测试', riskLevel: 'C5', riskAssessmentExpiresAt: '2099-01-01T00:00:00Z', professionalInvestor: true }],
        },
      },
      api.pm.token,
    );
    expect(batch.status).toBe(400);
    expect(JSON.stringify(batch.body)).toMatch(/riskLevel|professionalInvestor/);
    const edit = await postGraphQL(
      api,
      {
        query: 'mutation($id: ID!) { updateCustomer(id: $id, version: 1, riskLevel: C5) { id } }',
        variables: { id },
      },
      api.pm.token,
    );
    expect(edit.status).toBe(400);
    const stored = await api.dataSource.manager.findOneByOrFail(Customer, { id });
    expect(stored.riskLevel).toBe('C1');
    const profile = (await api.viewer.request(CustomerInvestorProfileDocument, { id })).Customer;
    expect(profile.professionalInvestor).toBe(false);
    expect(profile.riskAssessments.map((a) => [a.source, a.level, a.sourceSystem])).toEqual([['IMPORTED', 'C1', 'test']]);
  });

  it('audits every customer a batch creates or changes, personal data masked', async () => {
    await api.pm.request(UpsertCustomersDocument, {
      items: [
        { externalRef: 'POS-B1', name: '王五', phone: '13900001111' },
        { externalRef: 'POS-B2', name: '赵六' },
      ],
    });
    await api.pm.request(UpsertCustomersDocument, { items: [{ externalRef: 'POS-B1', name: '王五', aum: '20000' }] });
    const b1 = await api.dataSource.manager.findOneByOrFail(Customer, { externalRef: 'POS-B1' });
    const events = (await api.viewer.request(AllAuditEventsDocument, { filter: { entityId: b1.id }, sortField: 'occurredAt', sortOrder: 'ASC' }))
      .allAuditEvents;
    expect(events.map((e) => e.action)).toEqual(['CREATE', 'UPDATE']);
    expect(events[0].changes.phone).toEqual({ before: null, after: '139****1111' });
    expect(events[1].changes.aum).toEqual({ before: '0.00', after: '20000.00' });
    expect(JSON.stringify(events)).not.toContain('13900001111');
  });

  it('a professional flag needs evidence meeting the thresholds: AUM 0, income 0 and no experience count for nothing', async () => {
    const id = await customer('POS-PRO', '0');
    await assess(api, { 'POS-PRO': 'C1' });
    await api.pm.request(RecordProfessionalEvidenceDocument, {
      customerId: id,
      evidence: { financialAssets: '0', averageAnnualIncome: '0', evidencedAt: new Date().toISOString(), evidenceRef: 'nothing' },
    });
    expect((await api.viewer.request(CustomerInvestorProfileDocument, { id })).Customer.professionalInvestor).toBe(false);
    expect(await codes(id, 'FUND-EQ-001')).toContain('RISK_LEVEL_EXCEEDED');
    // With evidence that holds (5,000,000 in assets, investing since 2020, checked today) the level no longer bounds.
    await api.pm.request(RecordProfessionalEvidenceDocument, {
      customerId: id,
      evidence: { financialAssets: '5000000', investingSince: '2020-01-01T00:00:00Z', evidencedAt: new Date().toISOString(), evidenceRef: 'statement 2026-11' },
    });
    expect((await api.viewer.request(CustomerInvestorProfileDocument, { id })).Customer.professionalInvestor).toBe(true);
    expect(await codes(id, 'FUND-EQ-001')).not.toContain('RISK_LEVEL_EXCEEDED');
  });

  it('money-market funds and wealth products need a valid assessment, at R1 too; a deposit does not', async () => {
    const never = await customer('POS-NEVER');
    expect(await codes(never, 'MMF-001')).toEqual(['NO_VALID_ASSESSMENT']);
    expect(await codes(never, 'WM-FLEX-001')).toEqual(['NO_VALID_ASSESSMENT']);
    expect(await codes(never, 'DEP-CD-001')).toEqual(['SUITABLE']);
    const expired = await customer('POS-EXPIRED');
    await assess(api, { 'POS-EXPIRED': 'C3' }, { assessedAt: new Date(Date.now() - 400 * 86_400_000), expiresAt: new Date(Date.now() - 35 * 86_400_000) });
    expect(await codes(expired, 'MMF-001')).toEqual(['NO_VALID_ASSESSMENT']);
    const picks = (await api.viewer.request(RecommendationsDocument, { customerId: never, limit: 10 })).recommendations;
    expect(picks.map((p) => p.product.type).filter((t) => ['WEALTH_PRODUCT', 'MONEY_MARKET_FUND', 'FUND', 'BUNDLE'].includes(t))).toEqual([]);
  });

  it('a bundle is as risky as its riskiest component: an R2 label on an R4 fund is refused, and so is raising a component above its bundle', async () => {
    const fund = await productId('FUND-EQ-001'); // R4
    const insurance = await productId('INS-CI-001'); // R1
    const bundle = {
      code: 'BUNDLE-POS-R2',
      name: '组合',
      type: 'BUNDLE' as const,
      riskLevel: 'R2' as const,
      status: 'ACTIVE' as const,
      eligibleTierIds: [tierId('HNW')],
      componentIds: [fund, insurance],
    };
    const refused = await api.pm.raw(CreateProductDocument, bundle);
    expect(refused.errors?.[0].extensions?.fields?.map((f) => f.code)).toContain('BUNDLE_RISK_BELOW_COMPONENTS');
    expect((await api.viewer.request(AllProductsDocument, { filter: { q: 'BUNDLE-POS-R2' } })).allProducts).toEqual([]);
    // The seeded bundle (R2: an R2 wealth product and R1 insurance): raising the wealth product to R3 would leave it below.
    const wealth = (await api.viewer.request(AllProductsDocument, { filter: { q: 'WM-FLEX-001' } })).allProducts.find((p) => p.code === 'WM-FLEX-001')!;
    const raised = await api.pm.raw(UpdateProductDocument, { id: wealth.id, version: wealth.version, riskLevel: 'R3' });
    expect(raised.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(raised.errors?.[0].extensions?.fields?.[0]).toMatchObject({ code: 'BUNDLE_RISK_BELOW_COMPONENTS' });
    expect(raised.errors?.[0].extensions?.fields?.[0].message).toMatch(/^BUNDLE-WI-001: /);
  });

  it('a USD private fund with a 1,000 minimum is refused on sale, without a rate and at the day’s rate; a qualified-only wealth product needs cooling-off', async () => {
    const fund = {
      code: 'PE-USD-POS',
      name: '美元私募',
      type: 'PRIVATE_FUND' as const,
      riskLevel: 'R5' as const,
      status: 'ACTIVE' as const,
      currency: 'USD',
      minInvestment: '1000',
      requiresQualifiedInvestor: true,
      coolingOffHours: 24,
      eligibleTierIds: [tierId('HNW')],
    };
    const noRate = await api.pm.raw(CreateProductDocument, fund);
    expect(noRate.errors?.[0].extensions?.fields?.map((f) => f.code)).toEqual(['PRIVATE_FUND_NO_RATE']);
    await api.pm.request(SetExchangeRateDocument, { currency: 'USD', day: calendarDay(new Date()), cnyPerUnit: '7.1' });
    const tooSmall = await api.pm.raw(CreateProductDocument, fund);
    expect(tooSmall.errors?.[0].extensions?.fields?.map((f) => f.code)).toEqual(['PRIVATE_FUND_MIN_INVESTMENT']);
    const ok = await api.pm.request(CreateProductDocument, { ...fund, minInvestment: '140845.08' }); // 1,000,000.07 CNY
    expect(ok.createProduct.code).toBe('PE-USD-POS');
    const wealth = await api.pm.raw(CreateProductDocument, {
      code: 'WM-QUAL-POS',
      name: '私行理财',
      type: 'WEALTH_PRODUCT',
      riskLevel: 'R3',
      status: 'ACTIVE',
      minInvestment: '1000000',
      requiresQualifiedInvestor: true,
      coolingOffHours: 0,
      eligibleTierIds: [tierId('HNW')],
    });
    expect(wealth.errors?.[0].extensions?.fields?.map((f) => f.code)).toEqual(['PRIVATE_FUND_COOLING_OFF']);
  });

  it('the three-year limit applies to bank private wealth products too, and only qualified investors may buy them', async () => {
    await api.pm.request(CreateProductDocument, {
      code: 'PW-POS',
      name: '银行私募理财',
      type: 'PRIVATE_WEALTH',
      riskLevel: 'R3',
      status: 'ACTIVE',
      minInvestment: '1000000',
      requiresQualifiedInvestor: true,
      coolingOffHours: 24,
      eligibleTierIds: [tierId('HNW')],
      saleStartsAt: '2026-01-01T00:00:00Z',
    });
    const id = await customer('POS-PW', '3500000');
    await assess(api, { 'POS-PW': 'C4' }, { assessedAt: new Date(Date.now() - (3 * 365 + 2) * 86_400_000), expiresAt: new Date(Date.now() + 30 * 86_400_000) });
    expect(await codes(id, 'PW-POS')).toEqual(['ASSESSMENT_TOO_OLD_FOR_PRIVATE_FUND']);
    await assess(api, { 'POS-PW': 'C4' });
    expect(await codes(id, 'PW-POS')).toEqual(['SUITABLE']);
    const modest = await customer('POS-PW-2', '3500000');
    await api.dataSource.query('UPDATE customer SET aum = ? WHERE id = ?', [100_000_00, modest]); // 100,000 CNY here, still HNW
    await assess(api, { 'POS-PW-2': 'C4' });
    expect(await codes(modest, 'PW-POS')).toEqual(['QUALIFIED_INVESTOR_REQUIRED']);
    // Assets declared elsewhere count, while the declaration is fresh.
    await api.pm.request(DeclareFinancialsDocument, {
      customerId: modest,
      declaration: { kind: 'ASSETS_ELSEWHERE', amount: '2900000', asOf: new Date().toISOString(), evidenceRef: 'broker statement' },
    });
    expect(await codes(modest, 'PW-POS')).toEqual(['SUITABLE']);
  });

  it('service orders and scenario packages give only what the customer’s tier grants', async () => {
    const ordinary = await customer('POS-ORD', '1000');
    const benefits = (await api.viewer.request(AllBenefitsDocument, { perPage: 100 })).allBenefits;
    const consulting = benefits.find((b) => b.code === 'STUDY_ABROAD_CONSULTING')!;
    const order = await api.pm.raw(CreateFulfilmentOrderDocument, { customerId: ordinary, benefitId: consulting.id });
    expect(order.errors?.[0].extensions?.fields?.[0]).toMatchObject({ code: 'BENEFIT_NOT_IN_TIER' });
    await api.pm.request(RecordInterviewNeedDocument, { customerId: ordinary, need: 'STUDY_ABROAD', weight: 80, notes: 'daughter, 2028' });
    const [pkg] = (await api.viewer.request(ScenarioRecommendationsDocument, { customerId: ordinary })).scenarioRecommendations;
    expect(pkg.package.code).toBe('STUDY-ABROAD');
    expect(pkg.package.benefits.map((b) => b.code)).toEqual([]);
    expect(pkg.withheldBenefits).toBe(1);
  });
});
