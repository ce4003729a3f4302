import { createHash } from 'node:crypto';
import { createServer, Socket, type Server } from 'node:net';
import { getIntrospectionQuery, getNamedType, isInputObjectType, isListType, isNonNullType, lexicographicSortSchema, type GraphQLSchema } from 'graphql';
import {
  AllPartnerInstitutionsDocument,
  AllProductsDocument,
  CreateApiClientDocument,
  CreateCustomerDocument,
  CreateProductDocument,
  UpdatePartnerInstitutionDocument,
  createPartnerClient,
  TierwiseError,
} from '@tierwise/client';
import { TokenService } from '../src/common/auth';
import { systemContext } from '../src/common/context';
import { statedListLimit } from '../src/common/graphql-limits';
import { loadConfig } from '../src/app/config';
import { createDataSource } from '../src/app/data-source';
import { ConsentKind } from '@tierwise/domain';
import { ConsentService } from '../src/modules/consents/consent.service';
import { createSchema } from '../src/app/schema';
import { startServer } from '../src/app/server';
import { databaseKinds, postGraphQL, QueryCounter, startTestApi, type TestApi } from '../test-utils/harness';
import { operationsOf, operationWithVariables, sampleValue } from '../test-utils/operations';

/** A raw HTTP call to the API, for requests the typed client cannot make. */
async function call(url: string, init: RequestInit = {}) {
  const response = await fetch(url, init);
  const text = await response.text();
  let body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] } = {};
  try {
    body = JSON.parse(text);
  } catch {
    /* not JSON: left empty */
  }
  return { status: response.status, headers: response.headers, body, text };
}
const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
  call(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof payload === 'string' ? payload : JSON.stringify(payload),
  });
const codeOf = (r: { body: { errors?: { extensions?: Record<string, unknown> }[] } }) => r.body.errors?.[0]?.extensions?.code;

describe.each(databaseKinds())('hardening on %s', (kind) => {
  let api: TestApi;
  let schema: GraphQLSchema;
  let partnerKey: string;
  let partnerId: string;
  const ALL_PARTNER_SCOPES = ['CATALOG_READ', 'CUSTOMERS_READ', 'RECOMMENDATIONS_READ', 'REFERRALS_WRITE', 'FULFILMENT_WRITE'] as const;

  beforeAll(async () => {
    api = await startTestApi(kind, __filename);
    schema = lexicographicSortSchema(await createSchema(new TokenService('z'.repeat(32), 60)));
    partnerId = (await api.viewer.request(AllPartnerInstitutionsDocument, { filter: { q: 'LIANJIA' } })).allPartnerInstitutions[0].id;
    partnerKey = (
      await api.admin.request(CreateApiClientDocument, { partnerId, name: 'hardening', scopes: [...ALL_PARTNER_SCOPES], pointsPerMinute: 1_000_000 })
    ).createApiClient.key!;
  });
  afterAll(() => api.close());

  describe('a request the client got wrong is a 4xx with its own code, never a 5xx', () => {
    it.each([
      ['an unclosed selection', '{'],
      ['a bare name', 'q'],
      ['a stray character', '{ allProducts { id } ]'],
    ])('%s is GRAPHQL_PARSE_FAILED (400)', async (_name, query) => {
      const r = await post(api.url, { query }, { authorization: `Bearer ${api.viewer.token}` });
      expect([r.status, codeOf(r)]).toEqual([400, 'GRAPHQL_PARSE_FAILED']);
    });

    it('a query over the token limit is TOO_MANY_TOKENS (400), not a syntax error', async () => {
      const r = await post(api.url, { query: `{ ${'__typename '.repeat(5000)}}` });
      expect([r.status, codeOf(r)]).toEqual([400, 'TOO_MANY_TOKENS']);
    });

    it('a GET with bad percent-encoding, and a body that is not JSON, are 400', async () => {
      const get = await call(`${api.url}?query=%7B%zz`, { headers: { 'apollo-require-preflight': '1' } });
      expect(get.status).toBe(400);
      expect(codeOf(get)).toBe('GRAPHQL_PARSE_FAILED');
      const notJson = await post(api.url, '{"query": "{ me { id } ');
      expect([notJson.status, codeOf(notJson)]).toEqual([400, 'BAD_REQUEST']);
    });

    it('a subscription is OPERATION_NOT_SUPPORTED (400)', async () => {
      const r = await post(api.url, { query: 'subscription { __typename }' });
      expect([r.status, codeOf(r)]).toEqual([400, 'OPERATION_NOT_SUPPORTED']);
    });

    it('a missing or mistyped variable gets the same answer from a partner key as from a staff token', async () => {
      const cases = [
        { query: 'query($id: ID!) { partnerCustomer(id: $id) { id } }' },
        { query: 'query($id: ID!) { partnerCustomer(id: $id) { id } }', variables: { id: { not: 'an id' } } },
        { query: 'query { retirementPlan(input: { desiredMonthlyIncome: "" }) { __typename } }' },
        { query: 'query($i: RetirementPlanInput!) { retirementPlan(input: $i) { __typename } }', variables: { i: { desiredMonthlyIncome: 12 } } },
      ];
      for (const payload of cases) {
        const asPartner = await post(api.url, payload, { 'x-api-key': partnerKey });
        const asStaff = await post(api.url, payload, { authorization: `Bearer ${api.viewer.token}` });
        expect([asPartner.status, codeOf(asPartner)]).toEqual([asStaff.status, codeOf(asStaff)]);
        expect(asPartner.status).toBe(400);
        expect(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED']).toContain(codeOf(asPartner));
      }
    });

    it('the 51st variable error is still BAD_USER_INPUT (400)', async () => {
      // 60 ids that are not ids: graphql-js stops after 50 errors and adds one saying so.
      const query = 'query($ids: [ID!]) { allProducts(filter: { ids: $ids }) { id } }';
      const r = await post(api.url, { query, variables: { ids: Array.from({ length: 60 }, () => ({ not: 'an id' })) } });
      expect(r.status).toBe(400);
      expect(r.body.errors!.every((e) => e.extensions?.code === 'BAD_USER_INPUT')).toBe(true);
      expect(r.body.errors!.length).toBeGreaterThan(50);
    });

    it('a document sent again (compiled from its second run) answers as its first run did: data, errors, codes, bad variables', async () => {
      // Queries no other test sends, so their first run here is their first run anywhere.
      const list = `query JitParityList($perPage: Int) {
        allProducts(perPage: $perPage, sortField: "code") { id code minInvestment saleEndsAt issuer { code } eligibleTiers { code } components { code } }
        _allProductsMeta { count }
      }`;
      const missing = 'query JitParityMissing($id: ID!) { Product(id: $id) { id } }';
      const headers = { authorization: `Bearer ${api.viewer.token}` };
      const runsOf = async (query: string, variables: object) => {
        const runs = [];
        for (let i = 0; i < 4; i++) runs.push(await post(api.url, { query, variables }, headers));
        return runs;
      };
      const lists = await runsOf(list, { perPage: 7 });
      expect((lists[0].body.data as { allProducts: unknown[] }).allProducts).toHaveLength(7);
      const errors = await runsOf(missing, { id: 'no-such-product' });
      expect(errors[0].body.errors?.map((e) => [e.extensions?.code, (e as { path?: unknown }).path])).toEqual([['NOT_FOUND', ['Product']]]);
      for (const [first, ...again] of [lists, errors]) for (const run of again) expect([run.status, run.body]).toEqual([first.status, first.body]);
      // A variable that does not coerce, on the now-compiled document: still the client's error.
      const bad = await post(api.url, { query: list, variables: { perPage: 'seven' } }, headers);
      expect([bad.status, codeOf(bad), bad.body.data]).toEqual([400, 'BAD_USER_INPUT', undefined]);
    });

    it('tierChangePreview treats a missing maxAum as an open-ended range', async () => {
      const r = await post(
        api.url,
        {
          query: 'query($r: [ProposedTierRangeInput!]!) { tierChangePreview(ranges: $r) { fromTier toTier count } }',
          variables: {
            r: [
              { code: 'ORDINARY', minAum: '0', maxAum: '500000' },
              { code: 'POTENTIAL', minAum: '500000', maxAum: '3000000' },
              { code: 'HNW', minAum: '3000000' },
            ],
          },
        },
        { authorization: `Bearer ${api.viewer.token}` },
      );
      expect(r.body.errors).toBeUndefined();
      expect(Array.isArray((r.body.data as { tierChangePreview: unknown[] }).tierChangePreview)).toBe(true);
    });
  });

  describe('every list input has a stated size limit and is refused past it', () => {
    it("32,767 ids in a filter (past SQLite's variable limit) are BAD_USER_INPUT naming the field", async () => {
      const ids = Array.from({ length: 32_767 }, (_, i) => `p${i}`);
      const r = await post(
        api.url,
        { query: 'query($f: ProductFilter) { allProducts(filter: $f) { id } }', variables: { f: { ids } } },
        { authorization: `Bearer ${api.viewer.token}` },
      );
      expect([r.status < 500, codeOf(r)]).toEqual([true, 'BAD_USER_INPUT']);
      expect(JSON.stringify(r.body.errors)).toMatch(/ids/);
    });

    let app: { key: string; customerId: string } | undefined;
    /** An app key of the institution's own with every internal scope, and a customer for it to name. */
    const appCaller = async () => {
      if (app) return app;
      const key = (
        await api.admin.request(CreateApiClientDocument, {
          name: 'App (hardening)',
          scopes: ['EVENTS_WRITE', 'FEEDBACK_WRITE', 'ORDERS_WRITE', 'SERVICE_WRITE', 'CUSTOMERS_SELF', 'CUSTOMERS_SELF_PII'],
          pointsPerMinute: 1_000_000,
        })
      ).createApiClient.key!;
      const customerId = (await api.pm.request(CreateCustomerDocument, { externalRef: 'HARD-APP-1', name: '列表' })).createCustomer.id;
      return (app = { key, customerId });
    };

    it('each list argument and each list field of an argument, one item past its stated limit', async () => {
      const checked: string[] = [];
      const problems: string[] = [];
      for (const [k, field] of operationsOf(schema)) {
        for (const arg of field.args) {
          const targets: { path: string; value: unknown }[] = [];
          const limit = statedListLimit(arg.description);
          if (isListType(isNonNullType(arg.type) ? arg.type.ofType : arg.type) && limit !== null) {
            targets.push({ path: arg.name, value: sampleValue(arg.type, limit + 1) });
          }
          const named = getNamedType(arg.type);
          if (isInputObjectType(named) && !isListType(isNonNullType(arg.type) ? arg.type.ofType : arg.type)) {
            for (const f of Object.values(named.getFields())) {
              const fieldLimit = statedListLimit(f.description);
              if (fieldLimit === null || !isListType(isNonNullType(f.type) ? f.type.ofType : f.type)) continue;
              targets.push({ path: `${arg.name}.${f.name}`, value: { ...(sampleValue(arg.type) as object), [f.name]: sampleValue(f.type, fieldLimit + 1) } });
            }
          }
          for (const target of targets) {
            const values = Object.fromEntries(
              field.args.filter((a) => isNonNullType(a.type) || a === arg).map((a) => [a.name, a === arg ? target.value : sampleValue(a.type)]),
            );
            let r = await post(api.url, operationWithVariables(k, field, values), { authorization: `Bearer ${api.admin.token}` });
            // What only the app may call (customers:self) is tried with the app's key, for a customer that exists.
            if (codeOf(r) === 'FORBIDDEN') {
              const app = await appCaller();
              const asApp = 'customerId' in values ? { ...values, customerId: app.customerId } : values;
              r = await post(api.url, operationWithVariables(k, field, asApp), { 'x-api-key': app.key });
            }
            const listName = target.path.split('.').pop()!;
            checked.push(`${field.name}(${target.path})`);
            if (r.status >= 500 || codeOf(r) !== 'BAD_USER_INPUT' || !JSON.stringify(r.body.errors).includes(listName)) {
              problems.push(`${field.name}(${target.path}): ${r.status} ${JSON.stringify(r.body.errors?.[0]).slice(0, 200)}`);
            }
          }
        }
      }
      expect(problems).toEqual([]);
      // The walk found the lists (a schema change that hid them would leave nothing checked).
      expect(checked).toEqual(
        expect.arrayContaining(['upsertCustomers(items)', 'setProductsStatus(ids)', 'allProducts(filter.ids)', 'createProduct(eligibleTierIds)']),
      );
    });
  });

  describe('introspection and persisted queries', () => {
    it('in production: staff run the standard introspection query; anonymous callers and API keys get INTROSPECTION_DISABLED (403)', async () => {
      const production = await startServer(
        { ...loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'p'.repeat(32), ADMIN_PASSWORD: 'x' }), consoleDir: '/nonexistent' },
        api.dataSource,
        0,
      );
      try {
        const url = `${production.url}/graphql`;
        const login = await post(url, {
          query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
          variables: { e: 'viewer@tierwise.local', p: 'tierwise-demo' },
        });
        const token = (login.body.data as { login: { token: string } }).login.token;
        const staff = await post(url, { query: getIntrospectionQuery() }, { authorization: `Bearer ${token}` });
        expect([staff.status, staff.body.errors]).toEqual([200, undefined]);
        expect((staff.body.data as { __schema: { types: unknown[] } }).__schema.types.length).toBeGreaterThan(50);
        for (const headers of [{}, { 'x-api-key': partnerKey }] as Record<string, string>[]) {
          const refused = await post(url, { query: '{ __schema { types { name } } }' }, headers);
          expect([refused.status, codeOf(refused)]).toEqual([403, 'INTROSPECTION_DISABLED']);
          const viaType = await post(url, { query: '{ __type(name: "Product") { name } }' }, headers);
          expect(codeOf(viaType)).toBe('INTROSPECTION_DISABLED');
        }
        // __typename is not introspection of the schema.
        expect((await post(url, { query: '{ __typename }' })).body.data).toEqual({ __typename: 'Query' });
      } finally {
        await production.close();
      }
    });

    it('outside production anyone may introspect, with the standard query', async () => {
      const r = await post(api.url, { query: getIntrospectionQuery() });
      expect([r.status, r.body.errors]).toEqual([200, undefined]);
    });

    it('supports automatic persisted queries: an unknown hash asks for the query, then the hash alone works', async () => {
      const query = '{ __typename }';
      const persistedQuery = { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') };
      // A fresh hash each run is not needed: the server's cache is per process, and this process starts empty.
      const unknown = await post(api.url, { extensions: { persistedQuery } });
      expect([unknown.status, codeOf(unknown)]).toEqual([200, 'PERSISTED_QUERY_NOT_FOUND']);
      expect((await post(api.url, { query, extensions: { persistedQuery } })).body.data).toEqual({ __typename: 'Query' });
      expect((await post(api.url, { extensions: { persistedQuery } })).body.data).toEqual({ __typename: 'Query' });
      const mismatch = await post(api.url, { query: '{ me { id } }', extensions: { persistedQuery } });
      expect([mismatch.status, codeOf(mismatch)]).toEqual([400, 'BAD_REQUEST']);
    });
  });

  describe('operability', () => {
    it('serves Prometheus metrics with requests by operation and code, and the database pool', async () => {
      await post(api.url, { query: '{ allProducts(perPage: 1) { id } }' }, { authorization: `Bearer ${api.viewer.token}` });
      await post(api.url, { query: '{ allProducts(perPage: 1) { id } }' });
      const metrics = await call(`${api.server.url}/metrics`);
      expect(metrics.status).toBe(200);
      expect(metrics.text).toMatch(/tierwise_graphql_requests_total\{operation="query:allProducts",code="OK"\} [1-9]/);
      expect(metrics.text).toMatch(/tierwise_graphql_requests_total\{operation="query:allProducts",code="UNAUTHENTICATED"\} [1-9]/);
      expect(metrics.text).toMatch(/tierwise_graphql_request_duration_seconds_bucket\{le="0.1",operation="query:allProducts"\}/);
      expect(metrics.text).toMatch(/tierwise_db_pool_connections\{state="total"\} [1-9]/);
      // Operation names a client makes up do not become labels.
      await post(api.url, { query: 'query MadeUpName123 { notAField }' });
      expect((await call(`${api.server.url}/metrics`)).text).not.toContain('MadeUpName123');
    });

    it('echoes a request id, or makes one', async () => {
      const mine = await post(api.url, { query: '{ __typename }' }, { 'x-request-id': 'trace-42' });
      expect(mine.headers.get('x-request-id')).toBe('trace-42');
      const made = await post(api.url, { query: '{ __typename }' }, { 'x-request-id': 'has spaces and <tags>' });
      expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    });

    it('sends the security headers: a same-origin Content-Security-Policy, nosniff, no framing', async () => {
      const r = await call(`${api.server.url}/`);
      const csp = r.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe/);
      expect(r.headers.get('x-content-type-options')).toBe('nosniff');
      expect(r.headers.get('x-frame-options')).toBe('DENY');
      expect(r.headers.get('x-powered-by')).toBeNull();
    });
  });

  describe('when the database is unreachable', () => {
    it('answers 503 SERVICE_UNAVAILABLE with Retry-After, for signed-in and anonymous callers alike', async () => {
      // A database of its own behind a TCP proxy that is cut (MySQL/MariaDB), or a closed SQLite database.
      let proxy: Server | null = null;
      const sockets = new Set<Socket>();
      let url: string | undefined;
      if (kind === 'mysql') {
        const target = new URL((api.dataSource.options as { url: string }).url);
        proxy = createServer((client) => {
          const upstream = new Socket();
          upstream.connect(Number(target.port || 3306), target.hostname);
          sockets.add(client).add(upstream);
          client.pipe(upstream).pipe(client);
          const end = () => {
            client.destroy();
            upstream.destroy();
          };
          client.on('error', end);
          upstream.on('error', end);
          client.on('close', end);
          upstream.on('close', end);
        });
        await new Promise<void>((resolve) => proxy!.listen(0, '127.0.0.1', resolve));
        const proxied = new URL(target.toString());
        proxied.port = String((proxy.address() as { port: number }).port);
        url = proxied.toString();
      }
      const flavour = kind === 'mysql' ? (api.dataSource.options.type as 'mysql' | 'mariadb') : undefined;
      const dataSource = createDataSource({ url, sqlitePath: ':memory:', flavour, logger: new QueryCounter() });
      await dataSource.initialize();
      const config = { ...loadConfig({ ADMIN_PASSWORD: 'x' }), consoleDir: '/nonexistent' };
      const server = await startServer(config, dataSource, 0);
      try {
        // Sign in while the database is up (on SQLite the in-memory database has no users: the token is made directly).
        const token = await new TokenService(config.jwtSecret, 60).sign({ sub: 'someone', email: 'a@b.c', role: 'VIEWER' as never });
        if (kind === 'mysql') {
          proxy!.close();
          for (const s of sockets) s.destroy();
        } else {
          await dataSource.destroy();
        }
        for (const headers of [{ authorization: `Bearer ${token}` }, {}, { 'x-api-key': partnerKey }] as Record<string, string>[]) {
          const r = await post(`${server.url}/graphql`, { query: 'mutation { login(email: "a@b.c", password: "whatever") { token } }' }, headers);
          expect([r.status, codeOf(r)]).toEqual([503, 'SERVICE_UNAVAILABLE']);
          expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0);
          expect(r.text).not.toMatch(/contact support|stack/i);
        }
        expect((await call(`${server.url}/readyz`)).status).toBe(503);
      } finally {
        await server.close();
        if (dataSource.isInitialized) await dataSource.destroy().catch(() => undefined);
      }
    });
  });

  describe('consent', () => {
    it('of a grant and a withdrawal recorded at the same instant, the later-recorded one is in force', async () => {
      const ctx = systemContext(api.dataSource, 'consent-test');
      for (const [first, second] of [
        [true, false],
        [false, true],
      ] as const) {
        const customer = (await api.pm.request(CreateCustomerDocument, { externalRef: `TIE-${first}`, name: '同刻', aum: '1000' })).createCustomer;
        const at = new Date('2026-06-01T02:00:00.000Z');
        await ConsentService.set(ctx, customer.id, ConsentKind.DATA_SHARING, partnerId, first, at);
        await ConsentService.set(ctx, customer.id, ConsentKind.DATA_SHARING, partnerId, second, at);
        const r = await post(
          api.url,
          { query: 'query($id: ID!) { Customer(id: $id) { consents { kind granted } } }', variables: { id: customer.id } },
          { authorization: `Bearer ${api.viewer.token}` },
        );
        expect((r.body.data as { Customer: { consents: { granted: boolean }[] } }).Customer.consents).toEqual([{ kind: 'DATA_SHARING', granted: second }]);
        const partner = createPartnerClient({ url: api.url, apiKey: partnerKey });
        const seen = await partner.customer(customer.id).then(
          () => 'seen',
          (e: TierwiseError) => e.code,
        );
        expect(seen).toBe(second ? 'seen' : 'NOT_FOUND');
      }
    });
  });

  describe('partners', () => {
    it("a bundle's components follow the same visibility as top-level products (a suspended one is hidden)", async () => {
      const products = (await api.viewer.request(AllProductsDocument, { filter: { status: 'ACTIVE' }, perPage: 100 })).allProducts;
      const tierIds = products.find((p) => p.eligibleTierIds.length)!.eligibleTierIds;
      const visible = products.find((p) => p.type === 'INSURANCE')!;
      const make = (code: string, extra: object) =>
        api.pm.request(CreateProductDocument, {
          code,
          name: code,
          type: 'FUND',
          riskLevel: 'R2',
          status: 'ACTIVE',
          minInvestment: '1000',
          eligibleTierIds: tierIds,
          ...extra,
        });
      const hidden = (await make('HARD-SUSP', { status: 'SUSPENDED' })).createProduct;
      const bundle = (await make('HARD-BUNDLE', { type: 'BUNDLE', riskLevel: 'R3', componentIds: [visible.id, hidden.id] })).createProduct;
      const asPartner = (query: string, variables?: object) => post(api.url, { query, variables }, { 'x-api-key': partnerKey });
      expect(codeOf(await asPartner('query($id: ID!) { partnerProduct(id: $id) { id } }', { id: hidden.id }))).toBe('NOT_FOUND');
      const one = await asPartner('query($id: ID!) { partnerProduct(id: $id) { components { id } componentIds } }', { id: bundle.id });
      expect((one.body.data as { partnerProduct: unknown }).partnerProduct).toEqual({ components: [{ id: visible.id }], componentIds: [visible.id] });
      const catalog = await asPartner('{ partnerCatalog(perPage: 100) { id components { id status } } }');
      const listed = (catalog.body.data as { partnerCatalog: { id: string; components: { id: string }[] }[] }).partnerCatalog.find((p) => p.id === bundle.id);
      expect(listed?.components).toEqual([{ id: visible.id, status: 'ACTIVE' }]);
      // Staff see the whole bundle.
      const staff = await post(
        api.url,
        { query: 'query($id: ID!) { Product(id: $id) { componentIds } }', variables: { id: bundle.id } },
        { authorization: `Bearer ${api.viewer.token}` },
      );
      expect((staff.body.data as { Product: { componentIds: string[] } }).Product.componentIds).toEqual([visible.id, hidden.id]);
    });

    it('a partner suspended or terminated loses access with all its keys at once, and gets it back when reactivated', async () => {
      const other = (await api.viewer.request(AllPartnerInstitutionsDocument, { filter: { q: 'HUAAN' } })).allPartnerInstitutions[0];
      const key = (await api.admin.request(CreateApiClientDocument, { partnerId: other.id, name: 'suspend me', scopes: ['CATALOG_READ'] })).createApiClient
        .key!;
      const client = createPartnerClient({ url: api.url, apiKey: key });
      expect((await client.catalog({ perPage: 1 })).length).toBe(1);
      let version = other.version;
      for (const status of ['SUSPENDED', 'TERMINATED'] as const) {
        version = (await api.pm.request(UpdatePartnerInstitutionDocument, { id: other.id, version, status })).updatePartnerInstitution.version;
        const refused = await client.catalog({ perPage: 1 }).catch((e: TierwiseError) => e);
        expect(refused).toMatchObject({ code: 'UNAUTHENTICATED', message: expect.stringContaining('not active') });
      }
      await api.pm.request(UpdatePartnerInstitutionDocument, { id: other.id, version, status: 'ACTIVE' });
      expect((await client.catalog({ perPage: 1 })).length).toBe(1);
    });
  });

  it("every list accepts react-admin's default sort by id", async () => {
    const lists = operationsOf(schema).filter(([k, f]) => k === 'query' && /^all[A-Z]/.test(f.name) && f.args.some((a) => a.name === 'sortField'));
    expect(lists.length).toBeGreaterThan(8);
    for (const [, field] of lists) {
      for (const sortOrder of ['ASC', 'DESC']) {
        const r = await postGraphQL(api, { query: `{ ${field.name}(sortField: "id", sortOrder: "${sortOrder}", perPage: 5) { id } }` }, api.admin.token);
        expect([field.name, r.body.errors]).toEqual([field.name, undefined]);
        const ids = (r.body.data![field.name] as { id: string }[]).map((x) => x.id);
        const sorted = [...ids].sort();
        expect(ids).toEqual(sortOrder === 'ASC' ? sorted : sorted.reverse());
      }
    }
  });
});
