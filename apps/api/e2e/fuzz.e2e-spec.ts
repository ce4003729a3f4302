import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  lexicographicSortSchema,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { AllPartnerInstitutionsDocument, CreateApiClientDocument } from '@tierwise/client';
import { TokenService } from '../src/common/auth';
import { createSchema } from '../src/app/schema';
import { databaseKinds, startTestApi, type TestApi } from '../test-utils/harness';
import { operationsOf } from '../test-utils/operations';

/** Requests per database: enough to reach every operation many times, few enough for CI (≈ 20 s). */
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 1500);
const SEED = Number(process.env.FUZZ_SEED ?? 20261201);

/** A small seeded generator (mulberry32), so a failure can be replayed with FUZZ_SEED. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return { next, int, pick: <T>(items: readonly T[]): T => items[int(items.length)], chance: (p: number) => next() < p };
}
type Random = ReturnType<typeof random>;

const NASTY_STRINGS = [
  '',
  ' ',
  'x',
  '0',
  '-1',
  '1e309',
  'NaN',
  'null',
  'undefined',
  '%',
  '%%',
  '_',
  '\\',
  "'",
  '"',
  "' OR '1'='1",
  '; DROP TABLE product; --',
  '<script>alert(1)</script>',
  '客户',
  '😀'.repeat(50),
  'a'.repeat(5000),
  '\u0000',
  '\n\r\t',
  '1990-02-30',
  '2026-13-01T00:00:00Z',
  '99999999999999999999.99',
  '-0.01',
  '1.234',
  '00000000-0000-4000-8000-000000000000',
  '../../etc/passwd',
  '${jndi:ldap://x}',
];

/** A value for an input type: usually plausible, often wrong in some way (type, range, size, null). */
function fuzzValue(type: GraphQLInputType, r: Random, depth = 0): unknown {
  if (r.chance(0.05)) return null;
  if (r.chance(0.04)) return r.pick([{}, [], 'string', 12, -1, true, 1.5, { nested: { deep: [1, 2] } }]);
  if (isNonNullType(type)) return fuzzValue(type.ofType, r, depth);
  if (isListType(type)) {
    const size = r.chance(0.05) ? 1001 + r.int(50) : r.int(4);
    return Array.from({ length: size }, () => fuzzValue(type.ofType, r, depth + 1));
  }
  if (isEnumType(type)) return r.chance(0.9) ? r.pick(type.getValues()).value : r.pick(NASTY_STRINGS);
  if (isInputObjectType(type)) {
    if (depth > 3) return {};
    const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) || r.chance(0.5));
    const value: Record<string, unknown> = Object.fromEntries(fields.map((f) => [f.name, fuzzValue(f.type, r, depth + 1)]));
    if (r.chance(0.05)) value.notAField = 1;
    return value;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
        return r.pick([0, 1, -1, 25, 100, 101, 2147483647, -2147483648, 2 ** 40, 3.5, r.int(1000)]);
      case 'Float':
        return r.pick([0, -1, 1e308, 0.1, r.next() * 1000]);
      case 'Boolean':
        return r.chance(0.5);
      case 'Decimal':
        return r.pick(['0', '1.00', '500000', '9999999999999.99', '90071992547409.92', '-100', '1e5', '0.001', '1,000.00', String(r.int(10_000_000))]);
      case 'DateTimeISO':
        return r.pick(['2026-01-01T00:00:00.000Z', '1990-02-30T00:00:00Z', '2026-06-01', 'yesterday', new Date(Date.now() + r.int(1e10) - 5e9).toISOString()]);
      default:
        return r.chance(0.6) ? r.pick(NASTY_STRINGS) : `${r.int(1e6)}`;
    }
  }
  return null;
}

/** A selection set for an output type, a few levels deep. */
function selection(type: GraphQLObjectType, r: Random, depth: number): string {
  const fields = Object.values(type.getFields());
  const leaves = fields.filter((f) => isLeafType(getNamedType(f.type)) && f.args.every((a) => !isNonNullType(a.type)));
  const objects = fields.filter((f) => isObjectType(getNamedType(f.type)) && f.args.every((a) => !isNonNullType(a.type)));
  const chosen = leaves.filter(() => r.chance(0.5)).map((f) => f.name);
  if (depth < 3)
    for (const f of objects) if (r.chance(0.25)) chosen.push(`${f.name} { ${selection(getNamedType(f.type) as GraphQLObjectType, r, depth + 1)} }`);
  return chosen.length ? chosen.join(' ') : '__typename';
}

function request(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, r: Random) {
  const args = field.args.filter((a) => (isNonNullType(a.type) ? !r.chance(0.03) : r.chance(0.5)));
  const variables = Object.fromEntries(args.map((a) => [a.name, fuzzValue(a.type, r)]));
  const defs = args.map((a) => `$${a.name}: ${r.chance(0.03) ? 'String' : String(a.type)}`).join(', ');
  const call = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const returned = getNamedType(field.type);
  const sel = isObjectType(returned) ? ` { ${selection(returned, r, 1)} }` : '';
  return { query: `${kind}${defs ? `(${defs})` : ''} { ${field.name}${call ? `(${call})` : ''}${sel} }`, variables };
}

/** Bodies no client should send. */
const MALFORMED: (string | object)[] = [
  '',
  'not json',
  '{',
  '[]',
  'null',
  '123',
  '{"query": 5}',
  '{"query": ""}',
  '{"query": "{", "variables": "x"}',
  '{"query": "{ __typename }", "variables": [1]}',
  '{"query": "{ __typename }", "operationName": 7}',
  '{"query": "query A { __typename } query B { __typename }"}',
  '{"query": "{ __typename }", "extensions": {"persistedQuery": {"version": 2}}}',
  '{"extensions": {"persistedQuery": {"version": 1, "sha256Hash": "zz"}}}',
  '{"query": "mutation { __typename }"}',
  '{"query": "subscription { __typename }"}',
  '{"query": "{ ...F } fragment F on Query { ...F }"}',
  '{"query": "{ allProducts(perPage: -5) { id } }"}',
  '{"query": "fragment F on Nope { id } { ...F }"}',
  { query: `{ ${'a: __typename '.repeat(40)} }` },
  { query: '{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }' },
];

describe.each(databaseKinds())('schema-driven fuzzing on %s', (kind) => {
  let api: TestApi;
  let schema: GraphQLSchema;
  const callers: Record<string, Record<string, string>> = {};
  beforeAll(async () => {
    api = await startTestApi(kind, __filename);
    schema = lexicographicSortSchema(await createSchema(new TokenService('f'.repeat(32), 60)));
    const partner = (await api.viewer.request(AllPartnerInstitutionsDocument, { perPage: 1 })).allPartnerInstitutions[0];
    const scopes = ['CATALOG_READ', 'CUSTOMERS_READ', 'RECOMMENDATIONS_READ', 'REFERRALS_WRITE', 'FULFILMENT_WRITE'] as const;
    const partnerKey = (
      await api.admin.request(CreateApiClientDocument, { partnerId: partner.id, name: 'fuzz', scopes: [...scopes], pointsPerMinute: 1_000_000 })
    ).createApiClient.key!;
    const internalKey = (await api.admin.request(CreateApiClientDocument, { name: 'fuzz app', scopes: ['EVENTS_WRITE', 'FEEDBACK_WRITE'] })).createApiClient
      .key!;
    const forged = await new TokenService('another-secret-that-is-long-enough!!', 60).sign({ sub: 'x', email: 'x@y.z', role: 'ADMIN' as never });
    Object.assign(callers, {
      anonymous: {},
      viewer: { authorization: `Bearer ${api.viewer.token}` },
      admin: { authorization: `Bearer ${api.admin.token}` },
      pm: { authorization: `Bearer ${api.pm.token}` },
      partner: { 'x-api-key': partnerKey },
      internal: { 'x-api-key': internalKey },
      forgedToken: { authorization: `Bearer ${forged}` },
      garbageToken: { authorization: 'Bearer not.a.jwt' },
      emptyBearer: { authorization: 'Bearer ' },
      malformedKey: { 'x-api-key': 'tw_zz' },
      unknownKey: { 'x-api-key': `tw_deadbeef_${'A'.repeat(43)}` },
      basic: { authorization: 'Basic YTpi' },
    });
  });
  afterAll(() => api.close());

  it(`answers ${REQUESTS} generated requests from every kind of caller without a 5xx or INTERNAL_SERVER_ERROR (seed ${SEED})`, async () => {
    const r = random(SEED + (kind === 'mysql' ? 1 : 0));
    const operations = operationsOf(schema);
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    for (let i = 0; i < REQUESTS; i++) {
      const who = r.pick(Object.keys(callers));
      let body: string;
      if (r.chance(0.08)) {
        const bad = r.pick(MALFORMED);
        body = typeof bad === 'string' ? bad : JSON.stringify(bad);
      } else {
        const [k, field] = r.pick(operations);
        body = JSON.stringify(request(k, field, r));
      }
      const method = r.chance(0.05) ? 'GET' : 'POST';
      const url = method === 'GET' ? `${api.url}?query=${r.chance(0.5) ? encodeURIComponent('{ __typename }') : '%7B%zz'}` : api.url;
      const response = await fetch(url, {
        method,
        headers: {
          ...(method === 'POST' ? { 'content-type': r.chance(0.97) ? 'application/json' : 'text/plain' } : { 'apollo-require-preflight': '1' }),
          ...callers[who],
        },
        body: method === 'POST' ? body : undefined,
      });
      const text = await response.text();
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      if (response.status >= 500 || text.includes('INTERNAL_SERVER_ERROR') || /\bat \S+\.(ts|js):\d+/.test(text)) {
        failures.push(`#${i} ${who} ${method} ${response.status} ${body.slice(0, 300)} → ${text.slice(0, 300)}`);
      }
    }
    expect(failures.slice(0, 10)).toEqual([]);
    // The requests reached the resolvers (not all refused up front): a large share of the answers are 200 (about half:
    // the rest are the malformed bodies, bad variables and foreign callers the generator sends on purpose).
    expect(statuses.get(200) ?? 0).toBeGreaterThan(REQUESTS * 0.4);
  });
});
