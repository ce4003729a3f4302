import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInThisContext } from 'node:vm';
import { transformSync } from '@swc/core';
import * as client from '@tierwise/client';
import { AllPartnerInstitutionsDocument, AllReferralsDocument, CreateApiClientDocument } from '@tierwise/client';
import { databaseKinds, startTestApi, type TestApi } from '../test-utils/harness';

const README = join(__dirname, '../../../packages/client/README.md');

/** The README's first TypeScript example, as written, made runnable: its import taken from the real package. */
function readmeExample(): (sdk: typeof client, log: (...args: unknown[]) => void, url: string) => Promise<void> {
  const text = readFileSync(README, 'utf8');
  const section = text.slice(text.indexOf("## A partner's first request"));
  const source = /```ts\n([\s\S]*?)```/.exec(section)![1];
  expect(source).toContain("import { createPartnerClient, TierwiseError } from '@tierwise/client';");
  const body = source
    .replace("import { createPartnerClient, TierwiseError } from '@tierwise/client';", 'const { createPartnerClient, TierwiseError } = sdk;')
    // The one thing a reader changes: where the API is.
    .replace(/'https:\/\/tierwise\.example-bank\.cn\/graphql'/, 'url');
  const js = transformSync(`async function example(sdk, console, url, process) {\n${body}\n}`, {
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
  }).code;
  // Run outside jest's sandbox, handed this test's `process` (for the key in TIERWISE_API_KEY).
  return (sdk, log, url) => (runInThisContext(`(${js})`) as (s: unknown, c: unknown, u: string, p: unknown) => Promise<void>)(sdk, { log }, url, process);
}

describe.each(databaseKinds())('the partner SDK README on %s', (kind) => {
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
    await readmeExample()(
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
});
