import { getNamedType, isNonNullType, lexicographicSortSchema } from 'graphql';
import {
  AllProductsDocument,
  AllServiceRequestsDocument,
  CreateApiClientDocument,
  CreateCustomerDocument,
  createAppClient,
  RecordInterviewNeedDocument,
  SetServiceRequestStatusDocument,
  TierwiseError,
  AllPartnerInstitutionsDocument,
  type ApiScope,
} from '@tierwise/client';
import { TokenService } from '../src/common/auth';
import { createSchema } from '../src/app/schema';
import { assess, databaseKinds, publishR4Warning, postGraphQL, startTestApi, type TestApi } from '../test-utils/harness';
import { operationFor, operationsOf } from '../test-utils/operations';

const codeOf = (call: Promise<unknown>) =>
  call.then(
    () => 'OK',
    (e: TierwiseError) => e.errors?.[0]?.extensions?.fields?.[0]?.code ?? e.code,
  );

/** The app's customer-facing API (issue 16): one customer per call, masked unless the key says so, nothing else reachable. */
describe.each(databaseKinds())('the customer-facing API on %s', (kind) => {
  let api: TestApi;
  let A: string;
  let B: string;
  const keys = new Map<string, string>();
  // Budgets of their own, large enough for the schema walk (the budget has its own tests).
  const appKey = async (name: string, scopes: ApiScope[], partnerId?: string) =>
    (await api.admin.request(CreateApiClientDocument, { name, scopes, partnerId, pointsPerMinute: 1_000_000 })).createApiClient.key!;

  beforeAll(async () => {
    api = await startTestApi(kind, __filename);
    A = (await api.pm.request(CreateCustomerDocument, { externalRef: 'APP-A', name: '王小明', phone: '13812345678', aum: '800000' })).createCustomer.id;
    B = (await api.pm.request(CreateCustomerDocument, { externalRef: 'APP-B', name: '李四', phone: '13900001111', aum: '30000' })).createCustomer.id;
    await assess(api, { 'APP-A': 'C2', 'APP-B': 'C3' });
    keys.set('self', await appKey('App backend', ['CUSTOMERS_SELF']));
    keys.set('pii', await appKey('App backend (identity)', ['CUSTOMERS_SELF', 'CUSTOMERS_SELF_PII']));
  });
  afterAll(() => api.close());
  const app = (key = 'self') => createAppClient({ url: api.url, apiKey: keys.get(key)! });

  it('answers the app about the customer it names: tier and promise, benefits left, recommendations; identity masked without the pii scope', async () => {
    expect(await app().customerId('APP-A')).toBe(A);
    const home = await app().home(A);
    expect([home.id, home.externalRef, home.unmasked]).toEqual([A, 'APP-A', false]);
    expect(home.name).not.toBe('王小明');
    expect(home.name.startsWith('王')).toBe(true);
    expect(home.phone).toMatch(/^138\*+5678$/);
    expect(home.tier).toMatchObject({ name: expect.any(String), responseSlaMinutes: expect.any(Number) });
    expect(home.tier!.description).toBeTruthy();
    expect(home.assessment).toMatchObject({ level: 'C2', valid: true });
    expect(home.assessment.daysLeft).toBeGreaterThan(300);
    expect(home.benefits.allowances.length).toBeGreaterThan(0);
    expect(home.benefits.allowances.every((a) => a.benefit?.name)).toBe(true);
    expect(home.recommendations.length).toBeGreaterThan(0);
    expect(home.recommendations[0].reasons.length).toBeGreaterThan(0);
    // With customers:self:pii the customer's own data is in full.
    const full = await app('pii').profile(A);
    expect([full.name, full.phone, full.unmasked]).toEqual(['王小明', '13812345678', true]);
    // A customer that does not exist, or a number unknown: NOT_FOUND.
    expect(await codeOf(app().home('00000000-0000-4000-8000-000000000000'))).toBe('NOT_FOUND');
    expect(await codeOf(app().customerId('NOPE-1'))).toBe('NOT_FOUND');
    expect(await codeOf(app().orders(A, { perPage: 51 }))).toBe('OUT_OF_RANGE');
  });

  it('acts for the customer it names, through the same rules as the branch; another customer’s records answer NOT_FOUND', async () => {
    const self = app();
    // The questionnaire in force, answered in the app: the answer becomes the level (C-something), assessed now.
    const { questionnaire, version } = await self.profile(B);
    const definition = questionnaire.definition as { questions: { code: string; options: { code: string }[] }[] };
    const answers = definition.questions.map((q) => ({ questionCode: q.code, optionCode: q.options[q.options.length - 1].code }));
    const assessment = await self.recordAssessment(B, version, answers);
    expect((await self.profile(B)).assessment).toMatchObject({ level: assessment.level, valid: true });
    expect(await codeOf(self.recordAssessment(B, version, answers))).toBe('CONFLICT'); // the record moved on meanwhile

    // Consent given in the app is in force.
    await self.setConsent(A, 'MARKETING_APP_PUSH', true);
    expect((await self.profile(A)).consents).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'MARKETING_APP_PUSH', granted: true })]));

    // An order above a C2's level: the special warning to read; confirmed in the app, signed; then cancelled.
    const equity = (await api.viewer.request(AllProductsDocument, { filter: { q: 'FUND-EQ-001' } })).allProducts[0].id;
    const warning = await publishR4Warning(api, equity);
    const waiting = await self.placeOrder(A, equity, '5000');
    expect([waiting.status, waiting.channel]).toEqual(['AWAITING_WARNING_CONFIRMATION', 'APP']);
    expect(await codeOf(self.confirmRiskWarning(B, waiting.id, waiting.version, warning.version))).toBe('NOT_FOUND');
    const confirmed = await self.confirmRiskWarning(A, waiting.id, waiting.version, warning.version);
    const signed = await self.signOrder(A, confirmed.id, confirmed.version);
    expect(signed.status).toBe('SIGNED');
    expect(await codeOf(self.cancelOrder(B, signed.id, signed.version, '不想买了'))).toBe('NOT_FOUND');
    expect((await self.cancelOrder(A, signed.id, signed.version, '不想买了')).status).toBe('CANCELLED');
    expect((await self.orders(A)).orders.map((o) => o.id)).toEqual([signed.id]);
    expect((await self.orders(B)).orders).toEqual([]);

    // A benefit of the tier, redeemed once with the key; the quota left goes down by one.
    const before = (await self.benefits(A)).benefits.allowances.find((a) => a.remaining !== null && a.remaining > 0)!;
    const redeemed = await self.redeemBenefit(A, before.benefitId, 'app-redeem-1');
    expect((await self.redeemBenefit(A, before.benefitId, 'app-redeem-1')).id).toBe(redeemed.id);
    const after = (await self.benefits(A)).benefits.allowances.find((a) => a.benefitId === before.benefitId)!;
    expect(after.remaining).toBe(before.remaining! - 1);

    // A request opened in the app, replied to and rated once resolved; B can neither reply to it nor rate it.
    const request = await self.openServiceRequest(A, 'CONSULTATION', '信用卡年费怎么减免？');
    expect(request.channel).toBe('APP');
    expect((await self.replyToServiceRequest(A, request.id, '补充：是白金卡')).body).toBe('补充：是白金卡');
    expect(await codeOf(self.replyToServiceRequest(B, request.id, 'x'))).toBe('NOT_FOUND');
    expect(await codeOf(self.rateServiceRequest(A, request.id, 5))).toBe('NOT_RESOLVED');
    const staff = (await api.viewer.request(AllServiceRequestsDocument, { filter: { customerId: A } })).allServiceRequests[0];
    await api.pm.request(SetServiceRequestStatusDocument, { id: staff.id, version: staff.version, status: 'RESOLVED' });
    expect(await codeOf(self.rateServiceRequest(B, request.id, 1))).toBe('NOT_FOUND');
    expect((await self.rateServiceRequest(A, request.id, 5)).satisfaction).toBe(5);
    expect((await self.serviceRequests(B)).serviceRequests).toEqual([]);

    // A need: confirmed by the customer (it holds on), dismissed (it lapses); not B's to touch.
    const need = (await api.pm.request(RecordInterviewNeedDocument, { customerId: A, need: 'EDUCATION', weight: 60, notes: '孩子明年出国', validDays: 10 }))
      .recordInterviewNeed;
    expect(await codeOf(self.confirmNeed(B, need.id))).toBe('NOT_FOUND');
    const confirmedNeed = await self.confirmNeed(A, need.id);
    expect(new Date(confirmedNeed.expiresAt).getTime()).toBeGreaterThan(new Date(need.expiresAt).getTime());
    expect((await self.home(A)).needs.map((n) => n.id)).toContain(need.id);
    await self.dismissNeed(A, need.id);
    expect((await self.home(A)).needs.map((n) => n.id)).not.toContain(need.id);
    expect(await codeOf(self.dismissNeed(A, need.id))).toBe('OK'); // dismissing again changes nothing
  });

  it('reaches only the customer-facing operations: every other one refuses the key, and these refuse staff and partners', async () => {
    const schema = lexicographicSortSchema(await createSchema(new TokenService('z'.repeat(32), 60)));
    const reached: string[] = [];
    for (const [k, field] of operationsOf(schema)) {
      const { body } = await postGraphQL(api, { query: operationFor(k, field) }, undefined, { 'x-api-key': keys.get('pii')! });
      if (!['FORBIDDEN', 'UNAUTHENTICATED'].includes(String(body.errors?.[0]?.extensions?.code))) reached.push(field.name);
    }
    const selfOps = operationsOf(schema)
      .map(([, f]) => f.name)
      .filter((n) => n === 'customerSelf' || n === 'customerSelfId' || /^self[A-Z]/.test(n));
    expect(selfOps.length).toBe(14);
    // What the key reaches besides: the smart customer service (for the customer it names), and the planning calculators
    // anyone may use (public, no data).
    expect(reached.filter((n) => !selfOps.includes(n)).sort()).toEqual(['ask', 'educationPlan', 'retirementPlan']);
    expect(selfOps.filter((n) => !reached.includes(n))).toEqual([]);

    // The same operations refuse a staff token, a partner's key with every partner scope, and an app key without customers:self.
    const partner = (await api.viewer.request(AllPartnerInstitutionsDocument, { filter: { q: 'LIANJIA' } })).allPartnerInstitutions[0];
    const partnerKey = await appKey('Partner', ['CATALOG_READ', 'CUSTOMERS_READ', 'RECOMMENDATIONS_READ', 'REFERRALS_WRITE'], partner.id);
    const eventsKey = await appKey('Events only', ['EVENTS_WRITE']);
    for (const [k, field] of operationsOf(schema).filter(([, f]) => selfOps.includes(f.name))) {
      const query = operationFor(k, field).replace('"someone@example.com"', `"${A}"`);
      const callers: Record<string, string>[] = [{ authorization: `Bearer ${api.admin.token}` }, { 'x-api-key': partnerKey }, { 'x-api-key': eventsKey }];
      for (const headers of callers) {
        const { body } = await postGraphQL(api, { query }, undefined, headers);
        expect([field.name, body.errors?.[0]?.extensions?.code]).toEqual([field.name, 'FORBIDDEN']);
      }
      // And a customer id that names nobody: NOT_FOUND before anything is read or changed.
      if (field.args.some((a) => a.name === 'customerId' && isNonNullType(a.type) && getNamedType(a.type).name === 'ID')) {
        const { body } = await postGraphQL(api, { query: operationFor(k, field) }, undefined, { 'x-api-key': keys.get('self')! });
        expect([field.name, body.errors?.[0]?.extensions?.code]).toEqual([field.name, 'NOT_FOUND']);
      }
    }
  });
});
