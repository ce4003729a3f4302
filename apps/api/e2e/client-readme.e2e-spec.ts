import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInThisContext } from 'node:vm';
import { transformSync } from '@swc/core';
import * as client from '@tierwise/client';
import {
  AllCustomersDocument,
  AllPartnerInstitutionsDocument,
  AllReferralsDocument,
  AllServiceRequestsDocument,
  CreateApiClientDocument,
} from '@tierwise/client';
import { databaseKinds, startTestApi, type TestApi } from '../test-utils/harness';

const README = join(__dirname, '../../../packages/client/README.md');

/** The TypeScript example of a README section, as written, made runnable: its import taken from the real package. */
function readmeExample(heading: string, names: string): (sdk: typeof client, log: (...args: unknown[]) => void, url: string) => Promise<void> {
  const text = readFileSync(README, 'utf8');
  const section = text.slice(text.indexOf(heading));
  const source = /```ts\n([\s\S]*?)```/.exec(section)![1];
  const importLine = `import { ${names} } from '@tierwise/client';`;
  expect(source).toContain(importLine);
  const body = source
    .replace(importLine, `const { ${names} } = sdk;`)
    // The one thing a reader changes: where the API is.
    .replace(/'https:\/\/tierwise\.example-bank\.cn\/graphql'/, 'url');
  const js = transformSync(`async function example(sdk, console, url, process) {\n${body}\n}`, {
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
  }).code;
  // Run outside jest's sandbox, handed this test's `process` (for the key in the environment).
  return (sdk, log, url) => (runInThisContext(`(${js})`) as (s: unknown, c: unknown, u: string, p: unknown) => Promise<void>)(sdk, { log }, url, process);
}

describe.each(databaseKinds())('the SDK README on %s', (kind) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(kind, __filename, { demoPopulation: true });
  });
  afterAll(() => api.close());

  it('runs its first example as written on the demo data: catalogue, a consenting customer, a referral in the queue', async () => {
    const agency = (await api.viewer.request(AllPartnerInstitutionsDocument, { filter: { q: 'LIANJIA' } })).allPartnerInstitutions[0];
    const key = (
      await api.admin.request(CreateApiClientDocument, {
        partnerId: agency.id,
        name: 'README',
        scopes: ['CATALOG_READ', 'CUSTOMERS_READ', 'RECOMMENDATIONS_READ', 'REFERRALS_WRITE', 'FULFILMENT_WRITE'],
      })
    ).createApiClient.key!;
    process.env.TIERWISE_API_KEY = key;
    const logged: unknown[][] = [];
    const before = (await api.pm.request(AllReferralsDocument, {}))._allReferralsMeta.count;
    await readmeExample("## A partner's first request", 'createPartnerClient, TierwiseError')(
      client,
      (...args) => {
        logged.push(args);
      },
      api.url,
    );
    // It printed the catalogue and the key's budget, and its referral reached the institution's queue.
    expect((logged[0][0] as string[]).length).toBe(14);
    expect(logged[1][0]).toMatchObject({ limit: 1000, remaining: expect.any(Number) });
    expect((await api.pm.request(AllReferralsDocument, {}))._allReferralsMeta.count).toBe(before + 1);
  });

  it("runs the app's example as written on the demo data: the home screen, a request opened, another customer's out of reach", async () => {
    process.env.TIERWISE_APP_KEY = (await api.admin.request(CreateApiClientDocument, { name: 'App README', scopes: ['CUSTOMERS_SELF'] })).createApiClient.key!;
    const logged: unknown[][] = [];
    const customer = (await api.viewer.request(AllCustomersDocument, { filter: { q: 'SYN-00000007' } })).allCustomers[0];
    await readmeExample("## The app's first request", 'createAppClient, TierwiseError')(
      client,
      (...args) => {
        logged.push(args);
      },
      api.url,
    );
    // Masked name, the tier's name and promise; allowances and recommendations printed; the request is the customer's.
    expect(logged[0].slice(0, 2)).toEqual([customer.name, expect.any(String)]);
    expect(logged[0][3]).toBe('assessment valid: true');
    expect((logged[1][0] as string[]).length).toBeGreaterThan(0);
    expect((logged[2][0] as string[]).length).toBeGreaterThan(0);
    expect(logged[3][0]).toBe('NEW');
    // The one request still open is the one the example opened (the demo's history has the customer's resolved ones).
    const requests = (await api.viewer.request(AllServiceRequestsDocument, { filter: { customerId: customer.id } })).allServiceRequests;
    expect(requests.filter((r) => r.status === 'NEW').map((r) => [r.channel, r.description])).toEqual([['APP', '想了解大额存单的起存金额']]);
  });
});
