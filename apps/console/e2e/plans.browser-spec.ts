import type { Browser, BrowserContext, Page } from 'playwright-core';
import { browserAvailable, shot, signIn, startConsole, type ConsoleHarness } from './browser';

const run = browserAvailable() ? describe : describe.skip;

async function session(browser: Browser, url: string, locale: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1100 }, locale });
  const page = await context.newPage();
  await signIn(page, url, 'pm@tierwise.local', 'tierwise-demo');
  return { context, page };
}

/** Issue 17: a private banker builds a proposal for a goal from the suggestion, edits it with live checks, and presents it. */
run('goals and proposals in Chromium', () => {
  let h: ConsoleHarness;
  let customerId: string;
  beforeAll(async () => {
    h = await startConsole(__filename);
    const { createTierwiseClient, CreateCustomerDocument, UpsertRiskAssessmentsDocument } = await import('@tierwise/client');
    const admin = createTierwiseClient({ url: `${h.url}/graphql` });
    await admin.login('admin@tierwise.local', 'tierwise-admin');
    customerId = (await admin.request(CreateCustomerDocument, { externalRef: 'PLAN-UI-1', name: '方案客户', aum: '30000000' })).createCustomer.id;
    const assessedAt = new Date(Date.now() - 86_400_000);
    await admin.request(UpsertRiskAssessmentsDocument, {
      items: [
        {
          externalRef: 'PLAN-UI-1-A',
          customerRef: 'PLAN-UI-1',
          level: 'C4',
          assessedAt: assessedAt.toISOString(),
          expiresAt: new Date(assessedAt.getTime() + 365 * 86_400_000).toISOString(),
          sourceSystem: 'test',
          evidenceRef: 'signed questionnaire',
        },
      ],
    });
  });
  afterAll(() => h?.close());

  it('records a goal, drafts from the suggestion, checks an edited line live, saves, presents, and opens the summary', async () => {
    const { context, page } = await session(h.browser, h.url, 'en-US');
    try {
      await page.goto(`${h.url}/#/Customer/${customerId}/show/plans`);
      await page.getByText('No goals yet').waitFor();
      await page.getByRole('button', { name: 'New goal' }).first().click();
      await page.getByTestId('goal-target').fill('40000000');
      await page.getByRole('dialog').getByRole('button', { name: 'New goal' }).click();
      await page.getByText('Target 40,000,000 in 10 years').waitFor();

      await page.getByRole('button', { name: 'Draft from the suggestion' }).click();
      await page.getByTestId('draft-investable').fill('20000000');
      await page.getByRole('dialog').getByRole('button', { name: 'Draft from the suggestion' }).click();
      const proposal = page.getByTestId('proposal-1');
      await proposal.getByTestId('proposal-status').getByText('Draft').waitFor();
      // Every suggested line is suitable for this C4 customer; the projection and the allocation are shown.
      await proposal.getByTestId('line-check').first().getByText('Suitable').waitFor();
      await proposal
        .getByTestId('projection')
        .getByText(/falls short of the target of 40,000,000/)
        .waitFor();
      await proposal
        .getByTestId('allocation')
        .getByText(/^R1 10(\.00)?%$/)
        .waitFor();

      // The banker adds the private equity fund: below 1,000,000 it is refused as typed; at 1,000,000 it needs the warning.
      await proposal.getByRole('button', { name: 'Add a line' }).click();
      const rows = proposal.locator('tbody tr');
      const added = rows.last();
      await added.getByRole('combobox').click();
      await page.getByRole('option').filter({ hasText: 'PE-001' }).click();
      await added.getByTestId('line-amount').fill('999999');
      await added.getByText('A private placement takes at least 1,000,000 CNY').waitFor();
      await added.getByTestId('line-amount').fill('1000000');
      await added.getByText('Above the level: special warning').waitFor();
      // Take the million from the core line, so the lines stay within the 20,000,000.
      const core = rows.filter({ has: page.getByRole('combobox').filter({ hasText: 'FUND-BOND-001' }) });
      await core.getByTestId('line-amount').fill('7000000');
      await proposal.getByText('Lines total 20,000,000 of 20,000,000').waitFor();
      await proposal.getByRole('button', { name: 'Save the lines' }).click();
      await page.getByText('Lines saved and checked').waitFor();
      await shot(page, 'proposal-draft');

      await page.getByTestId('proposal-1').getByRole('button', { name: 'Present' }).click();
      await page.getByTestId('proposal-1').getByTestId('proposal-status').getByText('Presented').waitFor();
      await page
        .getByTestId('proposal-1')
        .getByText(/May be accepted until/)
        .waitFor();
      await page.getByTestId('proposal-1').getByText('Above the level: special warning').waitFor();
      await shot(page, 'proposal-presented');

      // The summary for the meeting opens in a new window, in both languages.
      const [summary] = await Promise.all([
        context.waitForEvent('page'),
        page.getByTestId('proposal-1').getByRole('button', { name: 'Summary (中文 + English)' }).click(),
      ]);
      await summary.waitForLoadState();
      await summary.getByText('专属方案 · 财富传承').waitFor();
      await summary.getByText('Proposal · Wealth transfer').waitFor();
      await summary.getByText('远见私募股权基金一期').first().waitFor();
      await shot(summary, 'proposal-summary');
    } finally {
      await context.close();
    }
  });

  it('lets a credit checker approve a proposed limit on the pending changes page, and shows it on the customer page', async () => {
    const { createTierwiseClient, AllProductsDocument, OpenCreditLineDocument, ProposeCreditLimitDocument } = await import('@tierwise/client');
    const pm = createTierwiseClient({ url: `${h.url}/graphql` });
    await pm.login('pm@tierwise.local', 'tierwise-demo');
    const product = (await pm.request(AllProductsDocument, { filter: { q: 'CL-001' } })).allProducts[0].id;
    const line = (await pm.request(OpenCreditLineDocument, { customerId, productId: product, creditLimit: '50000' })).openCreditLine;
    await pm.request(ProposeCreditLimitDocument, { creditLineId: line.id, toLimit: '80000', note: '年收入证明更新' });
    const context = await h.browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'en-US' });
    const page = await context.newPage();
    try {
      await signIn(page, h.url, 'checker@tierwise.local', 'tierwise-demo');
      await page.goto(`${h.url}/#/CreditLimitChange`);
      const row = page.getByRole('row').filter({ hasText: 'Proposed by a person: 年收入证明更新' });
      await row.getByText('50,000', { exact: true }).waitFor();
      await row.getByText('80,000', { exact: true }).waitFor();
      await row.getByRole('button', { name: 'Approve' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Approve' }).click();
      await page.getByText('Applied: the customer is told').waitFor();
      await page.goto(`${h.url}/#/Customer/${customerId}/show/credit`);
      await page.getByTestId('credit-lines').getByText('80,000').first().waitFor();
      await page.getByTestId('credit-lines').getByText('Applied · checker@tierwise.local').waitFor();
      await shot(page, 'credit-lines');
    } finally {
      await context.close();
    }
  });

  it('shows the goal and the presented proposal in Chinese', async () => {
    const { context, page } = await session(h.browser, h.url, 'zh-CN');
    try {
      await page.goto(`${h.url}/#/Customer/${customerId}/show/plans`);
      await page.getByText('财富传承').first().waitFor();
      await page.getByTestId('proposal-1').getByText('已呈现').waitFor();
      await page.getByTestId('proposal-1').getByText('到期预测').waitFor();
      await page.getByTestId('proposal-1').getByRole('button', { name: '记录客户接受' }).waitFor();
    } finally {
      await context.close();
    }
  });
});
