import {
  AllAuditEventsDocument,
  AllCustomersDocument,
  AllProductsDocument,
  AllTiersDocument,
  CreateCustomerDocument,
  DeclareFinancialsDocument,
  RevealCustomerDocument,
  SuitabilityDocument,
  UpdateCustomerDocument,
  type InvestorRiskLevel,
} from '@tierwise/client';
import { Customer } from '../src/modules/customers/customer.entity';
import { assess, databaseKinds, startTestApi, type TestApi } from '../test-utils/harness';

describe.each(databaseKinds())('customers on %s', (kind) => {
  let api: TestApi;
  let tierCode: (id: string | null) => string | undefined;
  let product: (code: string) => Promise<string>;
  beforeAll(async () => {
    api = await startTestApi(kind, __filename);
    const tiers = (await api.viewer.request(AllTiersDocument, {})).allTiers;
    tierCode = (id) => tiers.find((t) => t.id === id)?.code;
    product = async (code) => (await api.viewer.request(AllProductsDocument, { filter: { q: code } })).allProducts[0].id;
  });
  afterAll(() => api.close());

  const zhang = {
    externalRef: 'CUST-0001',
    name: '张三',
    phone: '13812345678',
    idNumber: '110101199001011234',
    aum: '800000.00',
    lifeStage: 'MARRIED_WITH_CHILDREN' as const,
    occupation: 'EMPLOYEE' as const,
  };
  /**
   * Each test creates the customers it uses (its own external reference), so any test runs alone; each is assessed C3
   * (the only way to a risk level) unless told otherwise, and has declared an income of 300,000.
   */
  const create = async (externalRef: string, over: Partial<typeof zhang> = {}, level: InvestorRiskLevel | null = 'C3') => {
    const created = (await api.pm.request(CreateCustomerDocument, { ...zhang, externalRef, ...over })).createCustomer;
    if (level) await assess(api, { [externalRef]: level });
    await api.pm.request(DeclareFinancialsDocument, {
      customerId: created.id,
      declaration: { kind: 'AVERAGE_ANNUAL_INCOME', amount: '300000', asOf: new Date().toISOString(), evidenceRef: 'tax statement 2025' },
    });
    return (await api.viewer.request(AllCustomersDocument, { filter: { q: externalRef } })).allCustomers[0];
  };

  it('shows personal data masked to everyone, in lists and in the audit log', async () => {
    const created = await create(zhang.externalRef);
    expect(created).toMatchObject({ name: '张*', phone: '138****5678', idNumber: '110***********1234', aum: '800000.00' });
    expect(tierCode(created.tierId)).toBe('POTENTIAL');
    expect(created.riskAssessmentExpiresAt).not.toBeNull();
    const listed = await api.admin.request(AllCustomersDocument, { filter: { riskLevel: 'C3' } });
    expect(listed.allCustomers.map((c) => c.phone)).toEqual(['138****5678']);
    const audit = await api.viewer.request(AllAuditEventsDocument, { filter: { entityId: created.id } });
    expect(JSON.stringify(audit.allAuditEvents)).not.toContain('13812345678');
    expect(audit.allAuditEvents.find((e) => e.action === 'CREATE')!.changes.phone).toEqual({ before: null, after: '138****5678' });
  });

  it('reveals personal data in full to an admin only, and audits every look', async () => {
    const customer = await create('CUST-REVEAL');
    expect((await api.pm.raw(RevealCustomerDocument, { id: customer.id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const revealed = (await api.admin.request(RevealCustomerDocument, { id: customer.id })).revealCustomer;
    expect(revealed).toEqual({ id: customer.id, name: '张三', phone: '13812345678', idNumber: '110101199001011234' });
    const audit = await api.viewer.request(AllAuditEventsDocument, { filter: { entityId: customer.id, action: 'REVEAL' } });
    expect(audit.allAuditEvents.map((e) => e.actor)).toEqual(['admin@tierwise.local']);
  });

  it('upgrades the tier at once when AUM rises, and leaves a downgrade to the re-tiering grace period', async () => {
    const customer = await create('CUST-UPGRADE');
    expect(tierCode(customer.tierId)).toBe('POTENTIAL');
    const up = (await api.pm.request(UpdateCustomerDocument, { id: customer.id, version: customer.version, aum: '3500000' })).updateCustomer;
    expect(tierCode(up.tierId)).toBe('HNW');
    const down = (await api.pm.request(UpdateCustomerDocument, { id: up.id, version: up.version, aum: '100000' })).updateCustomer;
    expect(tierCode(down.tierId)).toBe('HNW');
  });

  it('decides suitability with every reason, through GraphQL', async () => {
    // A C3 customer who was HNW and whose AUM has just fallen: still HNW while the downgrade waits for its grace period.
    const rich = await create('CUST-SUIT', { aum: '3500000' });
    const customer = (await api.pm.request(UpdateCustomerDocument, { id: rich.id, version: rich.version, aum: '100000' })).updateCustomer;
    expect(tierCode(customer.tierId)).toBe('HNW');
    const ok = (await api.viewer.request(SuitabilityDocument, { customerId: customer.id, productId: await product('FUND-BAL-001') })).suitability;
    expect(ok.allowed).toBe(true);
    const equity = (await api.viewer.request(SuitabilityDocument, { customerId: customer.id, productId: await product('FUND-EQ-001') })).suitability;
    expect(equity).toEqual({
      allowed: false,
      reasons: [
        {
          code: 'RISK_LEVEL_EXCEEDED',
          blocking: true,
          message: 'R4 is above what a C3 investor may buy (up to R3)',
          params: { productRisk: 'R4', customerLevel: 'C3', maxRisk: 'R3' },
        },
      ],
    });
    const pe = (await api.viewer.request(SuitabilityDocument, { customerId: customer.id, productId: await product('PE-001') })).suitability;
    // Still HNW (the downgrade waits for its grace period), so the tier is eligible; the rest is not.
    expect(pe.reasons.map((r) => r.code)).toEqual(['RISK_LEVEL_EXCEEDED', 'QUALIFIED_INVESTOR_REQUIRED']);
    const ordinary = await create('CUST-0009', { aum: '1000' }, 'C5');
    const forOrdinary = (await api.viewer.request(SuitabilityDocument, { customerId: ordinary.id, productId: await product('PE-001') })).suitability;
    expect(forOrdinary.reasons.map((r) => r.code)).toEqual(['TIER_NOT_ELIGIBLE', 'QUALIFIED_INVESTOR_REQUIRED']);
    const missing = await api.viewer.raw(SuitabilityDocument, { customerId: customer.id, productId: 'no-such-product' });
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses bad input, duplicates and writes by a viewer', async () => {
    await create('CUST-TWICE');
    expect((await api.pm.raw(CreateCustomerDocument, { ...zhang, externalRef: 'CUST-TWICE' })).errors?.[0].extensions?.code).toBe('CONFLICT');
    const bad = await api.pm.raw(CreateCustomerDocument, { ...zhang, externalRef: 'CUST-0002', idNumber: 'abc' });
    expect(bad.errors?.[0].extensions?.fields?.[0].field).toBe('idNumber');
    const negative = await api.pm.raw(CreateCustomerDocument, { ...zhang, externalRef: 'CUST-NEG', aum: '-100' });
    expect(negative.errors?.[0].extensions?.fields?.[0]).toMatchObject({ field: 'aum', code: 'NEGATIVE_AMOUNT' });
    expect(await api.dataSource.manager.count(Customer, { where: { externalRef: 'CUST-NEG' } })).toBe(0);
    expect((await api.viewer.raw(CreateCustomerDocument, { ...zhang, externalRef: 'CUST-0003' })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await api.anonymous.raw(AllCustomersDocument, {})).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
