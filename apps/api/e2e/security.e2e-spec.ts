import { lexicographicSortSchema, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { AllUsersDocument, CreateUserDocument, DeleteUserDocument, MeDocument, UpdateUserDocument, createTierwiseClient } from '@tierwise/client';
import { TokenService } from '../src/common/auth';
import { GRAPHQL_LIMITS } from '../src/common/graphql-limits';
import { createSchema } from '../src/app/schema';
import { User } from '../src/modules/users/user.entity';
import { ADMIN, databaseKinds, postGraphQL, startTestApi, type TestApi } from '../test-utils/harness';
import { operationFor, operationsOf } from '../test-utils/operations';

describe.each(databaseKinds())('security on %s', (kind) => {
  let api: TestApi;
  let schema: GraphQLSchema;
  beforeAll(async () => {
    api = await startTestApi(kind, __filename, { seedCatalogue: false });
    schema = lexicographicSortSchema(await createSchema(new TokenService('y'.repeat(32), 60)));
  });
  afterAll(() => api.close());

  const operations = () => operationsOf(schema);

  it('refuses every operation to an anonymous caller with UNAUTHENTICATED, but login and the planning calculators', async () => {
    const open: string[] = [];
    for (const [k, field] of operations()) {
      if (field.name === 'login') continue;
      const { body } = await postGraphQL(api, { query: operationFor(k, field) });
      if (body.errors?.[0]?.extensions?.code !== 'UNAUTHENTICATED') open.push(field.name);
    }
    // The calculators compute on what the caller sends and read no data: the app shows them before sign-in.
    expect(open.sort()).toEqual(['educationPlan', 'retirementPlan']);
  });

  it('refuses every mutation to a viewer with FORBIDDEN, and user management to a product manager', async () => {
    const allowed: string[] = [];
    for (const [k, field] of operations()) {
      if (k !== 'mutation' || field.name === 'login') continue;
      const { body } = await postGraphQL(api, { query: operationFor(k, field) }, api.viewer.token);
      if (body.errors?.[0]?.extensions?.code !== 'FORBIDDEN') allowed.push(field.name);
    }
    // A viewer may hold a checker permission (four eyes: a checker who only decides, queued like any other): the
    // decisions on change requests (and on credit-limit changes) are theirs to call, and the service checks the permission
    // (the four-eyes and credit-line tests).
    expect(allowed.sort()).toEqual([
      'approveChangeRequest',
      'approveCreditLimitChange',
      'cancelChangeRequest',
      'rejectChangeRequest',
      'rejectCreditLimitChange',
      'submitChangeRequest',
    ]);
    for (const op of ['allUsers', 'User', 'createUser', 'updateUser', 'deleteUser']) {
      const found = operations().find(([, f]) => f.name === op)!;
      const { body } = await postGraphQL(api, { query: operationFor(found[0], found[1]) }, api.pm.token);
      expect([op, body.errors?.[0]?.extensions?.code]).toEqual([op, 'FORBIDDEN']);
    }
  });

  describe('login', () => {
    it('refuses a wrong password without saying whether the account exists', async () => {
      const client = createTierwiseClient({ url: `${api.server.url}/graphql` });
      const wrong = await client.login(ADMIN.email, 'wrong-password').catch((e) => e);
      const nobody = await client.login('nobody@tierwise.local', 'wrong-password').catch((e) => e);
      expect([wrong.code, wrong.message]).toEqual(['UNAUTHENTICATED', 'Wrong email or password']);
      expect([nobody.code, nobody.message]).toEqual(['UNAUTHENTICATED', 'Wrong email or password']);
    });

    it('locks an account after 5 failed attempts, even for the right password', async () => {
      const client = createTierwiseClient({ url: `${api.server.url}/graphql` });
      const email = 'brute@tierwise.local';
      await api.admin.request(CreateUserDocument, { email, password: 'the-right-password', role: 'VIEWER' });
      for (let i = 0; i < 5; i++) await client.login(email, `guess-${i}`).catch(() => undefined);
      const locked = await client.login(email, 'the-right-password').catch((e) => e);
      expect(locked.code).toBe('RATE_LIMITED');
      expect(locked.errors[0].extensions.retryAfterSeconds).toBeGreaterThan(0);
    });

    it('stores only a salted scrypt hash and never exposes it', async () => {
      const users = await api.dataSource.getRepository(User).find();
      expect(users.every((u) => /^scrypt\$16384\$8\$1\$/.test(u.passwordHash))).toBe(true);
      expect(new Set(users.map((u) => u.passwordHash)).size).toBe(users.length);
      expect(Object.keys((schema.getType('User') as GraphQLObjectType).getFields())).not.toContain('passwordHash');
    });
  });

  describe('users', () => {
    it("lets an admin create, change the role of and delete a user; the deleted user's token stops working", async () => {
      const created = (await api.admin.request(CreateUserDocument, { email: 'New.PM@Tierwise.local', password: 'a-long-password', role: 'VIEWER' })).createUser;
      expect(created.email).toBe('new.pm@tierwise.local');
      const client = createTierwiseClient({ url: `${api.server.url}/graphql` });
      await client.login('new.pm@tierwise.local', 'a-long-password');
      expect((await client.request(MeDocument)).me.role).toBe('VIEWER');
      await api.admin.request(UpdateUserDocument, { id: created.id, version: created.version, role: 'PRODUCT_MANAGER' });
      expect((await client.request(MeDocument)).me.role).toBe('PRODUCT_MANAGER');
      await api.admin.request(DeleteUserDocument, { id: created.id });
      expect((await client.raw(MeDocument)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('refuses a short password, a duplicate email and deleting oneself', async () => {
      expect(
        (await api.admin.raw(CreateUserDocument, { email: 'short@tierwise.local', password: 'short', role: 'VIEWER' })).errors?.[0].extensions?.fields?.[0]
          .field,
      ).toBe('password');
      expect(
        (await api.admin.raw(CreateUserDocument, { email: ADMIN.email, password: 'long-enough-password', role: 'VIEWER' })).errors?.[0].extensions?.code,
      ).toBe('CONFLICT');
      const me = (await api.admin.request(MeDocument)).me;
      expect((await api.admin.raw(DeleteUserDocument, { id: me.id })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect((await api.admin.request(AllUsersDocument, { filter: { role: 'ADMIN' } }))._allUsersMeta.count).toBe(1);
    });
  });

  describe('query limits', () => {
    it(`refuses queries deeper than ${GRAPHQL_LIMITS.maxDepth}`, async () => {
      let selection = 'id';
      for (let i = 0; i < GRAPHQL_LIMITS.maxDepth; i++) selection = `components { ${selection} }`;
      const { status, body } = await postGraphQL(api, { query: `{ allProducts { ${selection} } }` }, api.viewer.token);
      expect([status, body.errors?.[0].extensions?.code]).toEqual([400, 'QUERY_TOO_DEEP']);
      expect(body.errors?.[0].message).not.toMatch(/syntax/i);
      expect(body.errors?.[0].message).toMatch(/depth/i);
    });

    it('does not let a fragment named __schema bypass the depth limit', async () => {
      let selection = 'id';
      for (let i = 0; i < GRAPHQL_LIMITS.maxDepth; i++) selection = `components { ${selection} }`;
      const query = `query { ...__schema } fragment __schema on Query { allProducts { ${selection} } }`;
      const { body } = await postGraphQL(api, { query }, api.viewer.token);
      expect(body.errors?.[0].extensions?.code).toBe('QUERY_TOO_DEEP');
    });

    it(`refuses more than ${GRAPHQL_LIMITS.maxAliases} aliases`, async () => {
      const aliases = Array.from({ length: GRAPHQL_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: me { id }`).join(' ');
      const { status, body } = await postGraphQL(api, { query: `{ ${aliases} }` }, api.viewer.token);
      expect([status, body.errors?.[0].extensions?.code]).toEqual([400, 'TOO_MANY_ALIASES']);
    });

    it('refuses batched requests', async () => {
      const { status, body } = await postGraphQL(api, [{ query: '{ me { id } }' }, { query: '{ me { id } }' }], api.viewer.token);
      expect(status).toBe(400);
      expect(JSON.stringify(body)).not.toContain('"me"');
    });

    it('still answers the schema introspection the console and tools use', async () => {
      const { body } = await postGraphQL(
        api,
        {
          query:
            '{ __schema { queryType { name } types { name fields { name type { name kind ofType { name kind ofType { name kind ofType { name } } } } } } } }',
        },
        api.viewer.token,
      );
      expect(body.errors).toBeUndefined();
    });
  });

  it('never sends a stack trace', async () => {
    const { body } = await postGraphQL(api, { query: '{ allProducts(sortField: "nope") { id } }' }, api.viewer.token);
    expect(JSON.stringify(body)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
    const malformed = await postGraphQL(api, { query: '{ allProducts( }' }, api.viewer.token);
    expect(malformed.body.errors?.[0].extensions?.code).toMatch(/^GRAPHQL_(PARSE|VALIDATION)_FAILED$/);
    expect(malformed.body.errors?.[0].message).toMatch(/Syntax Error/);
    expect(JSON.stringify(malformed.body)).not.toMatch(/stacktrace/);
  });
});
