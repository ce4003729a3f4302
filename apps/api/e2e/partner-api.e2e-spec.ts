import { lexicographicSortSchema, isNonNullType, getNamedType } from 'graphql';
import {
  AllPartnerInstitutionsDocument,
  AllBenefitsDocument,
  AllProductsDocument,
  AllReferralsDocument,
  CreateApiClientDocument,
  CreateCustomerDocument,
  CreateFulfilmentOrderDocument,
  CreateProductDocument,
  CreateScenarioPackageDocument,
  CustomerOrdersDocument,
  GetApiClientDocument,
  SignOrderDocument,
  PartnerCatalogDocument,
  RecordBehaviourEventsDocument,
  RecordRecommendationFeedbackDocument,
  SetConsentDocument,
  UpdateApiClientDocument,
  createPartnerClient,
  createTierwiseClient,
  TierwiseError,
  type ApiScope,
  type PartnerClient,
} from '@tierwise/client';
import { TokenService } from '../src/common/auth';
import { createSchema } from '../src/app/schema';
import { startServer } from '../src/app/server';
import { loadConfig } from '../src/app/config';
import { assess, databaseKinds, postGraphQL, startApiProcess, startTestApi, type TestApi } from '../test-utils/harness';
import { operationFor, operationsOf } from '../test-utils/operations';

const ALL_SCOPES: ApiScope[] = ['CATALOG_READ', 'CUSTOMERS_READ', 'RECOMMENDATIONS_READ', 'REFERRALS_WRITE', 'FULFILMENT_WRITE', 'ORDERS_REFER'];
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** The code of the error a partner call throws (or 'OK'). */
const outcome = (call: Promise<unknown>) =>
  call.then(
    () => 'OK',
    (e: unknown) => (e instanceof TierwiseError ? e.code : String(e)),
  );

describe.each(databaseKinds())('partner API on %s', (kind) => {
  let api: TestApi;
  const partners = new Map<string, string>();
  const products = new Map<string, string>();
  const customers = new Map<string, string>();
  const keyFor = async (partner: string, scopes = ALL_SCOPES, pointsPerMinute?: number) =>
    (await api.admin.request(CreateApiClientDocument, { partnerId: partners.get(partner)!, name: `${partner} test key`, scopes, pointsPerMinute }))
      .createApiClient;
  const sdk = (key: string) => createPartnerClient({ url: api.url, apiKey: key });
  let lianjia: PartnerClient;
  let huaan: PartnerClient;
  let meinian: PartnerClient;

  beforeAll(async () => {
    api = await startTestApi(kind, __filename);
    for (const p of (await api.viewer.request(AllPartnerInstitutionsDocument, { perPage: 100 })).allPartnerInstitutions) partners.set(p.code, p.id);
    for (const p of (await api.viewer.request(AllProductsDocument, { perPage: 100 })).allProducts) products.set(p.code, p.id);
    for (const [ref, consentTo] of [
      ['P-1', 'LIANJIA_HOMES'],
      ['P-2', 'HUAAN_FUND'],
      ['P-3', 'LIANJIA_HOMES'],
    ] as const) {
      const id = (
        await api.pm.request(CreateCustomerDocument, {
          externalRef: ref,
          name: '合作客户',
          phone: '13812345678',
          aum: '800000',
          lifeStage: 'MARRIED_WITH_CHILDREN',
          occupation: 'EMPLOYEE',
        })
      ).createCustomer.id;
      customers.set(ref, id);
      await assess(api, { [ref]: 'C3' });
      await api.pm.request(SetConsentDocument, { customerId: id, kind: 'DATA_SHARING', granted: true, partnerId: partners.get(consentTo)! });
    }
    await api.pm.request(SetConsentDocument, {
      customerId: customers.get('P-3')!,
      kind: 'DATA_SHARING',
      granted: false,
      partnerId: partners.get('LIANJIA_HOMES')!,
    });
    // A package that lets the agency (and the fund house) refer orders for two of its products, and one that does not.
    await api.pm.request(CreateScenarioPackageDocument, {
      code: 'HOME-WITH-AGENCY',
      name: '购房·中介推荐',
      need: 'HOME_PURCHASE',
      productIds: [products.get('FUND-BOND-001')!, products.get('PE-001')!],
      partnerIds: [partners.get('LIANJIA_HOMES')!, partners.get('HUAAN_FUND')!],
      partnerOrders: true,
    });
    await api.pm.request(CreateScenarioPackageDocument, {
      code: 'HOME-NO-ORDERS',
      name: '购房·仅推荐',
      need: 'HOME_PURCHASE',
      productIds: [products.get('FUND-BAL-001')!],
      partnerIds: [partners.get('LIANJIA_HOMES')!],
    });
    lianjia = sdk((await keyFor('LIANJIA_HOMES')).key!);
    huaan = sdk((await keyFor('HUAAN_FUND')).key!);
    meinian = sdk((await keyFor('MEINIAN_HEALTH')).key!);
  });
  afterAll(() => api.close());

  it('shows a key once, keeps only its hash, records its use, and refuses it once expired or revoked', async () => {
    const created = await keyFor('JUNHE_LAW', ['CATALOG_READ']);
    expect(created.key).toMatch(/^tw_[0-9a-f]{8}_[A-Za-z0-9_-]{43}$/);
    expect((await api.admin.request(GetApiClientDocument, { id: created.id })).ApiClient).toMatchObject({ key: null, lastUsedAt: null });
    const [row] = await api.dataSource.query('SELECT * FROM api_client WHERE id = ?', [created.id]);
    // The secret is everything after `tw_<8 hex>_` (it may itself hold "_", so splitting on it could yield "").
    const secret = created.key!.slice('tw_'.length + 9);
    expect(secret).toHaveLength(43);
    expect(JSON.stringify(row)).not.toContain(secret);

    const client = sdk(created.key!);
    expect((await client.catalog({ perPage: 5 })).length).toBe(5);
    expect((await api.admin.request(GetApiClientDocument, { id: created.id })).ApiClient.lastUsedAt).not.toBeNull();

    const wrong = sdk(`${created.key!.slice(0, -4)}AAAA`);
    expect(await outcome(wrong.catalog())).toBe('UNAUTHENTICATED');
    await api.dataSource.query('UPDATE api_client SET expiresAt = ? WHERE id = ?', [
      kind === 'sqlite' ? '2020-01-01 00:00:00.000' : new Date('2020-01-01T00:00:00Z'),
      created.id,
    ]);
    const expired = await client.catalog().catch((e: TierwiseError) => e);
    expect(expired).toMatchObject({ code: 'UNAUTHENTICATED', message: expect.stringContaining('expired') });

    const another = await keyFor('JUNHE_LAW', ['CATALOG_READ']);
    await api.admin.request(UpdateApiClientDocument, { id: another.id, version: another.version, revoked: true });
    expect(await outcome(sdk(another.key!).catalog())).toBe('UNAUTHENTICATED');
    const tooLong = await api.admin.raw(CreateApiClientDocument, {
      partnerId: partners.get('JUNHE_LAW')!,
      name: 'x',
      scopes: ['CATALOG_READ'],
      expiresAt: new Date(Date.now() + 400 * 86_400_000).toISOString(),
    });
    expect(tooLong.errors?.[0].extensions?.fields?.[0].code).toBe('INVALID_EXPIRY');
    expect(
      (await api.pm.raw(CreateApiClientDocument, { partnerId: partners.get('JUNHE_LAW')!, name: 'x', scopes: ['CATALOG_READ'] })).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
  });

  it('gives the institution’s own systems keys for behaviour events and feedback, and nothing else', async () => {
    const internal = (await api.admin.request(CreateApiClientDocument, { name: 'App backend', scopes: ['EVENTS_WRITE', 'FEEDBACK_WRITE'] })).createApiClient;
    const backend = createTierwiseClient({ url: api.url, headers: { 'x-api-key': internal.key! } });
    const sent = await backend.request(RecordBehaviourEventsDocument, {
      items: [{ id: 'backend-1', customerRef: 'P-1', type: 'SEARCH', topic: 'pension', occurredAt: new Date().toISOString() }],
    });
    expect(sent.recordBehaviourEvents.accepted).toBe(1);
    const feedback = await backend.request(RecordRecommendationFeedbackDocument, {
      customerId: customers.get('P-1')!,
      productId: products.get('FUND-BOND-001')!,
      event: 'SHOWN',
    });
    expect(feedback.recordRecommendationFeedback).toMatchObject({ event: 'SHOWN' });
    const [row] = await api.dataSource.query('SELECT recordedBy FROM recommendation_feedback WHERE id = ?', [feedback.recordRecommendationFeedback.id]);
    expect(row.recordedBy).toBe(`api key tw_${internal.keyPrefix}`);
    expect((await backend.raw(PartnerCatalogDocument, { perPage: 1 })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const staffOp = await postGraphQL(api, { query: '{ allProducts(perPage: 1) { id } }' }, undefined, { 'x-api-key': internal.key! });
    expect(staffOp.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // A partner's key cannot send events; the two kinds of scope do not mix on one key.
    const partnerKey = createTierwiseClient({ url: api.url, headers: { 'x-api-key': (await keyFor('LIANJIA_HOMES')).key! } });
    expect((await partnerKey.raw(RecordBehaviourEventsDocument, { items: [] })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const mixed = await api.admin.raw(CreateApiClientDocument, {
      partnerId: partners.get('LIANJIA_HOMES')!,
      name: 'x',
      scopes: ['CATALOG_READ', 'EVENTS_WRITE'],
    });
    expect(mixed.errors?.[0].extensions?.fields?.[0].code).toBe('SCOPE_NOT_FOR_THIS_KEY');
    const orphan = await api.admin.raw(CreateApiClientDocument, { name: 'x', scopes: ['CATALOG_READ'] });
    expect(orphan.errors?.[0].extensions?.fields?.[0].code).toBe('SCOPE_NOT_FOR_THIS_KEY');
  });

  it('enforces scopes, and keeps partner keys and staff tokens to their own operations', async () => {
    const narrow = sdk((await keyFor('HUAAN_FUND', ['CATALOG_READ'])).key!);
    expect(await outcome(narrow.customer(customers.get('P-2')!))).toBe('FORBIDDEN');
    const staffOp = await postGraphQL(api, { query: '{ allProducts { id } }' }, undefined, { 'x-api-key': (await keyFor('HUAAN_FUND')).key! });
    expect(staffOp.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await postGraphQL(api, { query: '{ partnerCatalog { id } }' }, api.pm.token)).body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('does not show a partner the contacts of another institution (a product’s issuer)', async () => {
    const key = (await keyFor('LIANJIA_HOMES')).key!;
    const { body } = await postGraphQL(api, { query: '{ partnerCatalog(perPage: 100) { code issuer { code contactEmail contactPhone } } }' }, undefined, {
      'x-api-key': key,
    });
    const issued = (body.data!.partnerCatalog as { issuer: { code: string; contactEmail: string | null } | null }[]).filter((p) => p.issuer);
    expect(issued.length).toBeGreaterThan(0);
    expect(issued.map((p) => p.issuer!.contactEmail).filter((e) => e !== null)).toEqual([]);
    const staff = (await postGraphQL(api, { query: '{ allPartnerInstitutions(filter: { q: "HUAAN" }) { contactEmail } }' }, api.viewer.token)).body;
    expect((staff.data!.allPartnerInstitutions as { contactEmail: string }[])[0].contactEmail).toContain('@');
  });

  it('shows consenting customers masked, with need signals and no raw behaviour', async () => {
    const seen = await lianjia.customers();
    expect(seen.map((c) => c.id)).toEqual([customers.get('P-1')]); // not P-2 (another partner), not P-3 (withdrew)
    // Exactly these fields, masked; needs are signals only (none detected for P-1 yet), never behaviour events.
    expect(seen[0]).toEqual({
      id: customers.get('P-1'),
      name: '合**户',
      phone: '138****5678',
      tierCode: 'POTENTIAL',
      lifeStage: 'MARRIED_WITH_CHILDREN',
      occupation: 'EMPLOYEE',
      riskLevel: 'C3',
      needs: [],
    });
    const schema = await createSchema(new TokenService('z'.repeat(32), 60));
    const schemaFields = Object.keys((schema.getType('PartnerCustomer') as import('graphql').GraphQLObjectType).getFields()).sort();
    expect(schemaFields).toEqual(['id', 'lifeStage', 'name', 'needs', 'occupation', 'phone', 'riskLevel', 'tierCode']);
    expect(Object.keys((schema.getType('PartnerNeedSignal') as import('graphql').GraphQLObjectType).getFields()).sort()).toEqual([
      'lastConfirmedAt',
      'need',
      'weight',
    ]);
  });

  it('answers NOT_FOUND for every id that is not the partner’s, as for one that does not exist', async () => {
    const draft = (
      await api.pm.request(CreateProductDocument, { code: 'DRAFT-P', name: '草稿', type: 'FUND', riskLevel: 'R2', status: 'DRAFT', eligibleTierIds: [] })
    ).createProduct.id;
    const benefits = new Map((await api.viewer.request(AllBenefitsDocument, {})).allBenefits.map((b) => [b.code, b.id]));
    const ownOrder = (await api.pm.request(CreateFulfilmentOrderDocument, { customerId: customers.get('P-1')!, benefitId: benefits.get('HEALTH_CHECKUP')! }))
      .createFulfilmentOrder;
    const otherOrder = (await api.pm.request(CreateFulfilmentOrderDocument, { customerId: customers.get('P-1')!, benefitId: benefits.get('AIRPORT_LOUNGE')! }))
      .createFulfilmentOrder;
    const P1 = customers.get('P-1')!;
    const P2 = customers.get('P-2')!;
    const P3 = customers.get('P-3')!;
    const cases: Record<string, { own: () => Promise<unknown>; others: (() => Promise<unknown>)[] }> = {
      partnerProduct: { own: () => huaan.product(products.get('FUND-BOND-001')!), others: [() => huaan.product(draft), () => huaan.product('no-such-id')] },
      partnerProductFigures: {
        own: () => huaan.productFigures(products.get('FUND-BOND-001')!),
        others: [() => huaan.productFigures(products.get('INS-CI-001')!), () => huaan.productFigures('no-such-id')],
      },
      partnerCustomer: {
        own: () => lianjia.customer(P1),
        others: [() => lianjia.customer(P2), () => lianjia.customer(P3), () => lianjia.customer('no-such-id')],
      },
      partnerRecommendations: { own: () => lianjia.recommendations(P1, 3), others: [() => lianjia.recommendations(P2), () => lianjia.recommendations(P3)] },
      submitReferral: {
        own: () => lianjia.submitReferral(P1, 'HOME_PURCHASE', '客户已看中两套房，需房贷预审'),
        others: [() => lianjia.submitReferral(P2, 'HOME_PURCHASE', 'x'), () => lianjia.submitReferral('no-such-id', 'HOME_PURCHASE', 'x')],
      },
      referOrder: {
        own: () => lianjia.referOrder(P1, products.get('FUND-BOND-001')!, '20000'),
        others: [
          () => lianjia.referOrder(P2, products.get('FUND-BOND-001')!, '20000'),
          () => lianjia.referOrder('no-such-id', products.get('FUND-BOND-001')!, '20000'),
        ],
      },
      updateFulfilmentOrder: {
        own: () => meinian.updateFulfilmentOrder(ownOrder.id, ownOrder.version, 'ACCEPTED', '已预约'),
        others: [() => meinian.updateFulfilmentOrder(otherOrder.id, otherOrder.version, 'ACCEPTED')],
      },
    };
    for (const [op, { own, others }] of Object.entries(cases)) {
      expect([op, await outcome(own())]).toEqual([op, 'OK']);
      for (const other of others) expect([op, await outcome(other())]).toEqual([op, 'NOT_FOUND']);
    }

    // Every operation a partner key may call that takes an id is in the table above.
    const schema = lexicographicSortSchema(await createSchema(new TokenService('z'.repeat(32), 60)));
    const partnerKey = (await keyFor('HUAAN_FUND')).key!;
    const takingIds: string[] = [];
    for (const [k, field] of operationsOf(schema)) {
      if (!field.args.some((a) => isNonNullType(a.type) && getNamedType(a.type).name === 'ID')) continue;
      const { body } = await postGraphQL(api, { query: operationFor(k, field) }, undefined, { 'x-api-key': partnerKey });
      if (!['FORBIDDEN', 'UNAUTHENTICATED'].includes(String(body.errors?.[0]?.extensions?.code))) takingIds.push(field.name);
    }
    expect(takingIds.sort()).toEqual(Object.keys(cases).sort());

    // The referral is in the institution's queue.
    const queue = (await api.viewer.request(AllReferralsDocument, {})).allReferrals;
    expect(queue[0]).toMatchObject({ customerId: P1, scenario: 'HOME_PURCHASE', status: 'NEW', partnerId: partners.get('LIANJIA_HOMES') });
  });

  it('lets a partner refer an order only where a scenario package names it and allows it, decided like every order', async () => {
    const bond = products.get('FUND-BOND-001')!;
    const privateFund = products.get('PE-001')!;
    const lianjia = sdk((await keyFor('LIANJIA_HOMES', ALL_SCOPES, 1_000_000)).key!); // a budget of its own
    const p1 = customers.get('P-1')!;
    const referred = await lianjia.referOrder(p1, bond, '50000');
    expect([referred.status, referred.amount, referred.currency]).toEqual(['DRAFT', '50000.00', 'CNY']);
    // The institution sees who referred it, under which package, and completes it.
    const staffView = (await api.viewer.request(CustomerOrdersDocument, { id: p1 })).Customer!.orders.find((o) => o.id === referred.id)!;
    expect([staffView.channel, staffView.referredByPartnerId, staffView.placedBy]).toEqual([
      'PARTNER',
      partners.get('LIANJIA_HOMES'),
      expect.stringMatching(/^api key tw_/),
    ]);
    expect((await api.pm.request(SignOrderDocument, { id: staffView.id, version: staffView.version })).signOrder.status).toBe('SIGNED');
    // A private fund for a C3 investor who is not qualified: refused, with the reasons, like any order.
    const refused = await lianjia.referOrder(p1, privateFund, '1000000');
    expect(refused.status).toBe('REFUSED');
    expect(refused.refusalCodes).toContain('QUALIFIED_INVESTOR_REQUIRED');
    // No package allowing it: a product outside the package, a package without partner orders, a partner not named.
    const codeOf = (call: Promise<unknown>) =>
      call.then(
        () => 'OK',
        (e: TierwiseError) => e.errors[0].extensions?.fields?.[0]?.code ?? e.code,
      );
    expect(await codeOf(lianjia.referOrder(p1, products.get('FUND-BAL-001')!, '50000'))).toBe('NO_SCENARIO_FOR_ORDER');
    expect(await codeOf(lianjia.referOrder(p1, products.get('FUND-EQ-001')!, '50000'))).toBe('NO_SCENARIO_FOR_ORDER');
    expect(await codeOf(meinian.referOrder(p1, bond, '50000'))).toBe('NOT_FOUND'); // P-1 shares no data with Meinian
    expect(await codeOf(lianjia.referOrder(customers.get('P-3')!, bond, '50000'))).toBe('NOT_FOUND'); // consent withdrawn
    expect(await codeOf(lianjia.referOrder(p1, bond, '-5'))).toBe('BELOW_MINIMUM_INVESTMENT');
    // Each partner sees the orders it referred, and only those.
    expect((await lianjia.referredOrders({ perPage: 100 })).map((o) => o.id)).toEqual(expect.arrayContaining([referred.id, refused.id]));
    expect(await huaan.referredOrders({ perPage: 5 })).toEqual([]);
    const withoutScope = sdk((await keyFor('LIANJIA_HOMES', ['CATALOG_READ', 'CUSTOMERS_READ'])).key!);
    expect(await outcome(withoutScope.referOrder(p1, bond, '50000'))).toBe('FORBIDDEN');
  });

  it('moves a service order through its statuses, refusing a jump', async () => {
    const benefits = new Map((await api.viewer.request(AllBenefitsDocument, {})).allBenefits.map((b) => [b.code, b.id]));
    // P-3: P-1 has used this year's one health check-up already (the ledger counts it).
    const order = (await api.pm.request(CreateFulfilmentOrderDocument, { customerId: customers.get('P-3')!, benefitId: benefits.get('HEALTH_CHECKUP')! }))
      .createFulfilmentOrder;
    expect(await outcome(meinian.updateFulfilmentOrder(order.id, order.version, 'DONE'))).toBe('BAD_USER_INPUT');
    const accepted = await meinian.updateFulfilmentOrder(order.id, order.version, 'ACCEPTED', '已预约 12 月 3 日');
    expect(await outcome(meinian.updateFulfilmentOrder(order.id, order.version, 'IN_PROGRESS'))).toBe('CONFLICT'); // stale version
    const done = await meinian.updateFulfilmentOrder(
      order.id,
      (await meinian.updateFulfilmentOrder(order.id, accepted.version, 'IN_PROGRESS')).version,
      'DONE',
    );
    expect(done.status).toBe('DONE');
    expect((await meinian.fulfilmentOrders('DONE')).map((o) => o.id)).toContain(order.id);
  });

  it('charges each request to the key’s budget, reports it, and answers RATE_LIMITED with when to retry', async () => {
    const limited = sdk((await keyFor('HUAAN_FUND', ALL_SCOPES, 30)).key!);
    await limited.product(products.get('FUND-BOND-001')!);
    const first = limited.rateLimit!;
    expect(first).toMatchObject({ limit: 30, remaining: 30 - first.cost });
    expect(first.cost).toBeGreaterThan(10); // one point per field selected
    let refused: TierwiseError | null = null;
    for (let i = 0; i < 5 && !refused; i++)
      await limited.product(products.get('FUND-BOND-001')!).catch((e: TierwiseError) => {
        refused = e;
      });
    expect(refused).toMatchObject({ code: 'RATE_LIMITED', status: 429 });
    expect(refused!.errors[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused!.errors[0].extensions?.retryAfterSeconds).toBeLessThanOrEqual(60);
    // A list costs its page size times its selection: a big page is refused at once on a small budget.
    const pages = sdk((await keyFor('HUAAN_FUND', ALL_SCOPES, 100)).key!);
    expect(await outcome(pages.catalog({ perPage: 100 }))).toBe('RATE_LIMITED');
    // A page left to its default size (25) costs what it returns, not one item's worth.
    const roomy = sdk((await keyFor('HUAAN_FUND', ALL_SCOPES, 10_000)).key!);
    await roomy.catalog({ perPage: 1 });
    const one = roomy.rateLimit!.cost;
    await roomy.catalog();
    expect(roomy.rateLimit!.cost).toBe(1 + 25 * (one - 1));
  });

  it('refuses schema introspection to partner keys in production', async () => {
    const production = await startServer(
      { ...loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'p'.repeat(40), ADMIN_PASSWORD: 'not-used-here' }), consoleDir: '/nonexistent' },
      api.dataSource,
      0,
    );
    try {
      const key = (await keyFor('HUAAN_FUND')).key!;
      const ask = async (query: string) =>
        (await (
          await fetch(`${production.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-api-key': key },
            body: JSON.stringify({ query }),
          })
        ).json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
      expect((await ask('{ __schema { types { name } } }')).errors?.[0].extensions?.code).toBe('INTROSPECTION_DISABLED');
      expect((await ask('{ partnerCatalog(perPage: 1) { code } }')).data).toEqual({ partnerCatalog: [{ code: expect.any(String) }] });
    } finally {
      await production.close();
    }
  });

  it('locks an account out on every API instance at once: the failed sign-ins are counted in Redis', async () => {
    // A prefix of this run's own, so that earlier runs' counts in the same Redis do not add up.
    const config = {
      ...loadConfig({
        REDIS_URL,
        REDIS_PREFIX: `test-${process.pid}-${Date.now()}`,
        ADMIN_EMAIL: 'admin@tierwise.local',
        ADMIN_PASSWORD: 'admin-password-for-tests',
      }),
      consoleDir: '/nonexistent',
    };
    const a = await startServer(config, api.dataSource, 0);
    const b = await startServer(config, api.dataSource, 0);
    try {
      const attempt = (server: { url: string }, password: string) =>
        createTierwiseClient({ url: `${server.url}/graphql` })
          .login('admin@tierwise.local', password)
          .then(
            () => 'OK',
            (e: TierwiseError) => e.code,
          );
      for (let i = 0; i < 5; i++) expect(await attempt(i % 2 ? a : b, `wrong-${i}`)).toBe('UNAUTHENTICATED');
      // The sixth try, on either instance and even with the right password, is refused.
      expect(await attempt(a, 'admin-password-for-tests')).toBe('RATE_LIMITED');
      expect(await attempt(b, 'admin-password-for-tests')).toBe('RATE_LIMITED');
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('shares a key’s budget between two API processes through Redis', async () => {
    const config = { ...loadConfig({ REDIS_URL }), consoleDir: '/nonexistent' };
    const mine = await startServer(config, api.dataSource, 0);
    // On MySQL/MariaDB the second instance is a separate process (the built API) on the same database; the
    // in-memory SQLite database cannot be shared, so there it is a second server in this process.
    const other =
      kind === 'mysql'
        ? await startApiProcess({ DATABASE_URL: (api.dataSource.options as { url: string }).url, REDIS_URL })
        : await startServer(config, api.dataSource, 0);
    try {
      const id = products.get('FUND-BOND-001')!;
      // The rolling minute is counted in clock minutes: if one ends between the two calls, start again with a fresh key.
      let onA: PartnerClient;
      let onB: PartnerClient;
      do {
        const created = await keyFor('HUAAN_FUND', ALL_SCOPES, 60);
        onA = createPartnerClient({ url: `${mine.url}/graphql`, apiKey: created.key! });
        onB = createPartnerClient({ url: `${other.url}/graphql`, apiKey: created.key! });
        await onA.product(id);
        await onB.product(id);
      } while (onA.rateLimit!.resetAt !== onB.rateLimit!.resetAt);
      const cost = onA.rateLimit!.cost;
      expect(onB.rateLimit!.remaining).toBe(60 - 2 * cost); // B saw what A spent
      const codes: string[] = [];
      for (let i = 0; i < 4; i++) codes.push(await outcome(i % 2 ? onA.product(id) : onB.product(id)));
      expect(codes).toContain('RATE_LIMITED');
    } finally {
      await other.close();
      await mine.close();
    }
  });
});
