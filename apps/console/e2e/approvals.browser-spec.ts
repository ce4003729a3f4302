import type { BrowserContext, Page } from 'playwright-core';
import { browserAvailable, openAs, shot, startConsole, type ConsoleHarness } from './browser';

const run = browserAvailable() ? describe : describe.skip;

/** Four eyes in the console (issue 13): a product manager's change waits in the checker's queue with its diff. */
run('four eyes in Chromium', () => {
  let h: ConsoleHarness;
  let session: { context: BrowserContext; page: Page } | undefined;
  beforeAll(async () => {
    h = await startConsole(__filename, { fourEyes: true });
  });
  afterAll(() => h?.close());
  afterEach(async () => {
    await session?.context.close();
    session = undefined;
  });

  async function as(email: string, language: 'en' | 'zh-CN') {
    session = await openAs(h, email, language);
    return session.page;
  }

  const productId = async (code: string) => {
    const { createTierwiseClient, AllProductsDocument } = await import('@tierwise/client');
    const client = createTierwiseClient({ url: `${h.url}/graphql` });
    await client.login('viewer@tierwise.local', 'tierwise-demo');
    return (await client.request(AllProductsDocument, { filter: { q: code } })).allProducts.find((p) => p.code === code)!;
  };

  it('sends a product edit for approval: nothing changes, the request shows the diff, and the product page shows it pending', async () => {
    const bond = await productId('FUND-BOND-001');
    const page = await as('pm@tierwise.local', 'en');
    await page.goto(`${h.url}/#/Product/${bond.id}`);
    await page.getByTestId('four-eyes-inputs').waitFor();
    await page.locator('input[name="name"]').fill('稳健债券 A 类');
    await page.getByLabel('Note for the checker').fill('Rename for the new share class');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Sent for approval: nothing changes until another person approves it').waitFor();
    const diff = page.getByTestId('diff');
    await diff.getByTestId('diff-name').getByText(bond.name).waitFor();
    await diff.getByTestId('diff-name').getByText('稳健债券 A 类').waitFor();
    await page.getByText('Waiting for a checker: you made this change, so another person approves it.').waitFor();
    expect(await page.getByRole('button', { name: 'Approve' }).count()).toBe(0); // never the maker
    await shot(page, 'change-request-maker-en');
    await page.goto(`${h.url}/#/Product/${bond.id}/show`);
    await page.getByTestId('pending-changes').getByText('Awaiting approval').waitFor();
    expect(await page.getByText('稳健债券 A 类').count()).toBe(0); // the product is as it was
  });

  it('lets the checker approve it from the queue in Chinese, with the diff side by side; the product then changes', async () => {
    const page = await as('checker@tierwise.local', 'zh-CN');
    await page.goto(`${h.url}/#/ChangeRequest`);
    await page.getByTestId('queue-awaiting').waitFor();
    await page.getByRole('row', { name: /FUND-BOND-001/ }).click();
    await page.getByTestId('diff-name').getByText('稳健债券 A 类').waitFor();
    await shot(page, 'change-request-checker-zh');
    await page.getByTestId('decisions').getByRole('button', { name: '批准' }).click();
    await page.getByText('已生效').first().waitFor();
    const bond = await productId('FUND-BOND-001');
    expect(bond.name).toBe('稳健债券 A 类');
  });

  it('keeps a rejected change with its reason, which the maker reads', async () => {
    const eq = await productId('FUND-EQ-001');
    let page = await as('pm@tierwise.local', 'zh-CN');
    await page.goto(`${h.url}/#/Product/${eq.id}`);
    await page.locator('input[name="name"]').fill('股票基金·改');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('已提交审批：在另一人批准前不会有任何改变').waitFor();
    const requestUrl = page.url();
    await session!.context.close();
    page = await as('checker@tierwise.local', 'zh-CN');
    await page.goto(requestUrl);
    await page.getByTestId('decisions').getByRole('button', { name: '驳回' }).click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.getByRole('button', { name: '驳回' }).isDisabled()).toBe(true); // a reason first
    await dialog.getByLabel('驳回理由（提交人可见）').fill('名称须与基金合同一致');
    await dialog.getByRole('button', { name: '驳回' }).click();
    await page.getByText('名称须与基金合同一致').waitFor();
    await session!.context.close();
    page = await as('pm@tierwise.local', 'zh-CN');
    await page.goto(`${h.url}/#/ChangeRequest`);
    await page.getByTestId('queue-mine').click();
    await page
      .getByRole('row', { name: /FUND-EQ-001/ })
      .getByText('已驳回')
      .waitFor();
    expect((await productId('FUND-EQ-001')).name).toBe(eq.name);
  });
});
