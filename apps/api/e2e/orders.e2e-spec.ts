import {
  AllProductsDocument,
  AllTiersDocument,
  CancelOrderDocument,
  ConfirmRiskWarningDocument,
  AcknowledgeElderlyOrderDocument,
  CreateApiClientDocument,
  CreateCustomerDocument,
  CreateProductDocument,
  createTierwiseClient,
  CustomerOrdersDocument,
  PayOrderDocument,
  PlaceOrderDocument,
  RecommendationsDocument,
  ScenarioRecommendationsDocument,
  RecordInterviewNeedDocument,
  SetExchangeRateDocument,
  SignOrderDocument,
  UpdateProductDocument,
  UpsertCustomersDocument,
} from '@tierwise/client';
import { calendarDay } from '@tierwise/domain';
import { systemContext } from '../src/common/context';
import { OrderService } from '../src/modules/orders';
import { assess, databaseKinds, publishR4Warning, startTestApi, type TestApi } from '../test-utils/harness';

const HOUR = 3_600_000;

/** Orders at the point of sale: the decision kept with each, the insisting investor, cooling-off and its silence. */
describe.each(databaseKinds())('orders on %s', (kind) => {
  let api: TestApi;
  let productId: (code: string) => Promise<string>;
  beforeAll(async () => {
    api = await startTestApi(kind, __filename);
    productId = async (code) => (await api.viewer.request(AllProductsDocument, { filter: { q: code } })).allProducts.find((p) => p.code === code)!.id;
  });
  afterAll(() => api.close());

  const customer = async (externalRef: string, level: 'C1' | 'C2' | 'C3' | 'C4' | 'C5', aum = '800000', birthDate?: string) => {
    const id = (await api.pm.request(CreateCustomerDocument, { externalRef, name: '下单客户', aum, birthDate })).createCustomer.id;
    await assess(api, { [externalRef]: level });
    return id;
  };

  it('places, signs and pays an order within the level, keeping the decision it was placed under; cooling-off is skipped without one', async () => {
    const id = await customer('ORD-1', 'C3');
    const placed = (await api.pm.request(PlaceOrderDocument, { customerId: id, productId: await productId('FUND-BAL-001'), amount: '50000' })).placeOrder;
    expect(placed.status).toBe('DRAFT');
    expect(placed.decision).toMatchObject({ allowed: true, gate: 'ALLOWED', ruleVersion: expect.any(String), assessment: { level: 'C3' } });
    expect((placed.decision.reasons as { code: string }[]).map((r) => r.code)).toEqual(['SUITABLE']);
    const signed = (await api.pm.request(SignOrderDocument, { id: placed.id, version: placed.version })).signOrder;
    const paid = (await api.pm.request(PayOrderDocument, { id: signed.id, version: signed.version })).payOrder;
    expect(paid).toMatchObject({ status: 'CONFIRMED', coolingOffEndsAt: null, cnyAmount: '50000.00' });
    const again = await api.pm.raw(CancelOrderDocument, { id: paid.id, version: paid.version, reason: 'changed my mind' });
    expect(again.errors?.[0].extensions?.fields?.[0]).toMatchObject({ code: 'INVALID_ORDER_TRANSITION' });
    // The order keeps the terms it was sold under, whatever the product's terms become.
    const product = (await api.viewer.request(AllProductsDocument, { filter: { q: 'FUND-BAL-001' } })).allProducts[0];
    await api.pm.request(UpdateProductDocument, { id: product.id, version: product.version, name: `${product.name}（新条款）` });
    const [kept] = (await api.viewer.request(CustomerOrdersDocument, { id })).Customer.orders;
    expect([kept.productVersion, kept.productTerms?.version, kept.productTerms?.terms.minInvestment]).toEqual([
      product.version,
      product.version,
      product.minInvestment,
    ]);
  });

  it('keeps the CNY equivalent at the day’s rate with a foreign-currency order, and refuses one with no rate for the day', async () => {
    const id = await customer('ORD-EUR', 'C3');
    const eligibleTierIds = (await api.viewer.request(AllTiersDocument, {})).allTiers.map((t) => t.id);
    const fund = (
      await api.pm.request(CreateProductDocument, {
        code: 'FUND-EUR-ORD',
        name: '欧元债券基金',
        type: 'FUND',
        riskLevel: 'R2',
        status: 'ACTIVE',
        currency: 'EUR',
        eligibleTierIds,
      })
    ).createProduct.id;
    const noRate = await api.pm.raw(PlaceOrderDocument, { customerId: id, productId: fund, amount: '1000' });
    expect(noRate.errors?.[0].extensions?.fields?.map((f) => f.code)).toEqual(['NO_EXCHANGE_RATE']);
    await api.pm.request(SetExchangeRateDocument, { currency: 'EUR', day: calendarDay(new Date()), cnyPerUnit: '7.65432109' });
    const placed = (await api.pm.request(PlaceOrderDocument, { customerId: id, productId: fund, amount: '1000.01' })).placeOrder;
    expect([placed.amount, placed.currency, placed.cnyRate, placed.cnyAmount]).toEqual(['1000.01', 'EUR', '7.65432109', '7654.40']); // 7654.3976… rounded half up
  });

  it('refuses a C1 investor who insists outright, kept as REFUSED with the reasons; a C2 waits for the special warning', async () => {
    const equity = await productId('FUND-EQ-001'); // R4
    const c1 = await customer('ORD-C1', 'C1');
    const refused = (await api.pm.request(PlaceOrderDocument, { customerId: c1, productId: equity, amount: '5000' })).placeOrder;
    expect(refused).toMatchObject({ status: 'REFUSED', refusalCodes: ['C1_CANNOT_INSIST'] });
    expect((await api.pm.raw(SignOrderDocument, { id: refused.id, version: refused.version })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    const c2 = await customer('ORD-C2', 'C2');
    const noWarning = await api.pm.raw(PlaceOrderDocument, { customerId: c2, productId: equity, amount: '5000' });
    expect(noWarning.errors?.[0].extensions?.fields?.[0]).toMatchObject({ code: 'NO_RISK_WARNING' });
    const warning = await publishR4Warning(api, equity);
    const waiting = (await api.pm.request(PlaceOrderDocument, { customerId: c2, productId: equity, amount: '5000' })).placeOrder;
    expect(waiting.status).toBe('AWAITING_WARNING_CONFIRMATION');
    expect((await api.pm.raw(SignOrderDocument, { id: waiting.id, version: waiting.version })).errors?.[0].extensions?.fields?.[0]).toMatchObject({
      code: 'WARNING_NOT_CONFIRMED',
    });
    const stale = await api.pm.raw(ConfirmRiskWarningDocument, {
      id: waiting.id,
      version: waiting.version,
      warningVersion: warning.version + 1,
      via: 'BRANCH',
    });
    expect(stale.errors?.[0].extensions?.fields?.[0]).toMatchObject({ code: 'WARNING_VERSION' });
    const confirmed = (
      await api.pm.request(ConfirmRiskWarningDocument, { id: waiting.id, version: waiting.version, warningVersion: warning.version, via: 'BRANCH' })
    ).confirmRiskWarning;
    expect(confirmed).toMatchObject({ warningVersion: 1, warningConfirmedBy: 'pm@tierwise.local', warningConfirmedVia: 'BRANCH' });
    expect((await api.pm.request(SignOrderDocument, { id: confirmed.id, version: confirmed.version })).signOrder.status).toBe('SIGNED');
    // Recommendations never offer it: the warning is for an investor who insists, not a pitch.
    const picks = (await api.viewer.request(RecommendationsDocument, { customerId: c2, limit: 10 })).recommendations;
    expect(picks.map((p) => p.product.code)).not.toContain('FUND-EQ-001');
  });

  it('a private fund: at least 1,000,000 per subscription, cooling-off from signed and paid, a full refund when cancelled in it, and silence meanwhile', async () => {
    const id = await customer('ORD-PE', 'C5', '5000000');
    const pe = await productId('PE-001');
    const small = await api.pm.raw(PlaceOrderDocument, { customerId: id, productId: pe, amount: '999999.99' });
    expect(small.errors?.[0].extensions?.fields?.map((f) => f.code)).toContain('BELOW_MINIMUM_INVESTMENT');
    const placed = (await api.pm.request(PlaceOrderDocument, { customerId: id, productId: pe, amount: '1000000' })).placeOrder;
    const signed = (await api.pm.request(SignOrderDocument, { id: placed.id, version: placed.version })).signOrder;
    const paid = (await api.pm.request(PayOrderDocument, { id: signed.id, version: signed.version })).payOrder;
    expect(paid.status).toBe('IN_COOLING_OFF');
    const ends = new Date(paid.coolingOffEndsAt!).getTime();
    expect(ends - new Date(paid.paidAt!).getTime()).toBeGreaterThanOrEqual(24 * HOUR);
    // Silence: no recommendation and no scenario package on any path while it lasts.
    await api.pm.request(RecordInterviewNeedDocument, { customerId: id, need: 'WEALTH_TRANSFER', weight: 90, notes: 'family trust' });
    expect((await api.viewer.request(RecommendationsDocument, { customerId: id, limit: 10 })).recommendations).toEqual([]);
    expect((await api.viewer.request(ScenarioRecommendationsDocument, { customerId: id })).scenarioRecommendations).toEqual([]);
    expect((await api.viewer.request(CustomerOrdersDocument, { id })).Customer.inCoolingOff).toBe(true);
    const cancelled = (await api.pm.request(CancelOrderDocument, { id: paid.id, version: paid.version, reason: 'changed my mind' })).cancelOrder;
    expect(cancelled).toMatchObject({ status: 'CANCELLED', refundAmount: '1000000.00', cancelReason: 'changed my mind' });
    expect((await api.viewer.request(CustomerOrdersDocument, { id })).Customer.inCoolingOff).toBe(false);
    expect((await api.viewer.request(RecommendationsDocument, { customerId: id, limit: 10 })).recommendations.length).toBeGreaterThan(0);
  });

  it('confirms orders when cooling-off ends, once, even if the job runs twice; a cancellation after the end is refused', async () => {
    const id = await customer('ORD-END', 'C5', '5000000');
    const pe = await productId('PE-001');
    let order = (await api.pm.request(PlaceOrderDocument, { customerId: id, productId: pe, amount: '2000000' })).placeOrder;
    order = (await api.pm.request(SignOrderDocument, { id: order.id, version: order.version })).signOrder;
    order = (await api.pm.request(PayOrderDocument, { id: order.id, version: order.version })).payOrder;
    const after = new Date(new Date(order.coolingOffEndsAt!).getTime() + 1);
    const ctx = systemContext(api.dataSource, 'test');
    const [first, second] = await Promise.all([OrderService.confirmDue(ctx, after), OrderService.confirmDue(ctx, after)]);
    expect(first + second).toBe(1);
    const [stored] = (await api.viewer.request(CustomerOrdersDocument, { id })).Customer.orders;
    expect(stored).toMatchObject({ status: 'CONFIRMED' });
    const late = await api.pm.raw(CancelOrderDocument, { id: stored.id, version: stored.version, reason: 'too late' });
    expect(late.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('needs the advisor to acknowledge the 65+ flag before an order proceeds', async () => {
    const id = await customer('ORD-OLD', 'C3', '800000', '1950-03-01T00:00:00Z');
    const product = await productId('FUND-BAL-001');
    const unacknowledged = await api.pm.raw(PlaceOrderDocument, { customerId: id, productId: product, amount: '10000' });
    expect(unacknowledged.errors?.[0].extensions?.fields?.[0]).toMatchObject({ code: 'ELDERLY_NOT_ACKNOWLEDGED' });
    const placed = (await api.pm.request(PlaceOrderDocument, { customerId: id, productId: product, amount: '10000', elderlyAcknowledged: true })).placeOrder;
    expect(placed).toMatchObject({ status: 'DRAFT', elderlyAcknowledgedBy: 'pm@tierwise.local' });
    // Placed before the birth date was corrected to 65+: signing waits for the acknowledgement, recorded on the order.
    const younger = await customer('ORD-OLD-2', 'C3', '800000', '1990-03-01T00:00:00Z');
    const draft = (await api.pm.request(PlaceOrderDocument, { customerId: younger, productId: product, amount: '10000' })).placeOrder;
    await api.pm.request(UpsertCustomersDocument, { items: [{ externalRef: 'ORD-OLD-2', name: '下单客户', birthDate: '1950-03-01T00:00:00Z' }] });
    const unsigned = await api.pm.raw(SignOrderDocument, { id: draft.id, version: draft.version });
    expect(unsigned.errors?.[0].extensions?.fields?.[0]).toMatchObject({ code: 'ELDERLY_NOT_ACKNOWLEDGED' });
    const acknowledged = (await api.pm.request(AcknowledgeElderlyOrderDocument, { id: draft.id, version: draft.version })).acknowledgeElderlyOrder;
    expect(acknowledged.elderlyAcknowledgedBy).toBe('pm@tierwise.local');
    expect((await api.pm.request(SignOrderDocument, { id: draft.id, version: acknowledged.version })).signOrder.status).toBe('SIGNED');
    // PARTNER is the channel of a partner's referral (the partner API), not one staff or the app may name.
    const posing = await api.pm.raw(PlaceOrderDocument, {
      customerId: younger,
      productId: product,
      amount: '10000',
      channel: 'PARTNER',
      elderlyAcknowledged: true,
    });
    expect(posing.errors?.[0].extensions?.fields?.[0]).toMatchObject({ code: 'PARTNER_CHANNEL' });
  });

  it("lets the app backend place orders with an orders:write key, and nothing else of the staff's", async () => {
    await api.pm.request(UpsertCustomersDocument, { items: [{ externalRef: 'ORD-APP', name: '应用客户', aum: '800000' }] });
    await assess(api, { 'ORD-APP': 'C3' });
    const id = (
      await api.viewer.request(CustomerOrdersDocument, { id: (await api.dataSource.query("SELECT id FROM customer WHERE externalRef = 'ORD-APP'"))[0].id })
    ).Customer.id;
    const key = (await api.admin.request(CreateApiClientDocument, { name: 'app backend', scopes: ['ORDERS_WRITE'] })).createApiClient.key!;
    const app = createTierwiseClient({ url: api.url, headers: { 'x-api-key': key } });
    const placed = (await app.request(PlaceOrderDocument, { customerId: id, productId: await productId('FUND-BAL-001'), amount: '20000', channel: 'APP' }))
      .placeOrder;
    expect(placed).toMatchObject({ status: 'DRAFT', channel: 'APP' });
    expect((await app.raw(PayOrderDocument, { id: placed.id, version: placed.version })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
