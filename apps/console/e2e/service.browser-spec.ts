import type { BrowserContext, Page } from 'playwright-core';
import { browserAvailable, openAs, shot, startConsole, type ConsoleHarness } from './browser';

const run = browserAvailable() ? describe : describe.skip;

/** The service desk and the benefit ledger in the console (issue 14). */
run('the service desk in Chromium', () => {
  let h: ConsoleHarness;
  let session: { context: BrowserContext; page: Page } | undefined;
  let customerId: string;
  let requestId: string;
  beforeAll(async () => {
    h = await startConsole(__filename);
    const { createTierwiseClient, UpsertCustomersDocument, AllCustomersDocument, CreateServiceRequestDocument } = await import('@tierwise/client');
    const pm = createTierwiseClient({ url: `${h.url}/graphql` });
    await pm.login('pm@tierwise.local', 'tierwise-demo');
    await pm.request(UpsertCustomersDocument, { items: [{ externalRef: 'DESK-1', name: '李雷', aum: '3500000' }] });
    customerId = (await pm.request(AllCustomersDocument, { filter: { q: 'DESK-1' } })).allCustomers[0].id;
    requestId = (
      await pm.request(CreateServiceRequestDocument, { customerId, category: 'TRANSACTION_HELP', channel: 'APP', description: '转账一直显示处理中' })
    ).createServiceRequest.id;
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

  it('lists open requests with their time left, and lets an advisor take one, work on it and reply, in Chinese', async () => {
    const page = await as('pm@tierwise.local', 'zh-CN');
    await page.goto(`${h.url}/#/ServiceRequest`);
    const row = page.getByRole('row', { name: /交易协助/ });
    await row
      .getByTestId('time-left')
      .getByText(/^剩余 \d+ 分钟$/)
      .waitFor(); // 30 minutes for high net worth, around the clock
    await row.click();
    await page.getByTestId('service-steps').getByRole('button', { name: '由我处理' }).click();
    await page.getByText('已分派').first().waitFor();
    await page.getByTestId('service-steps').getByRole('button', { name: '开始处理' }).click();
    await page.getByText('处理中').first().waitFor();
    await page.getByLabel('消息').fill('您好，我们正在核实，请提供转账时间。');
    await page.getByRole('button', { name: '回复客户' }).click();
    await page.getByTestId('conversation').getByText('您好，我们正在核实，请提供转账时间。').waitFor();
    await shot(page, 'service-request-zh');
    const { createTierwiseClient, GetServiceRequestDocument } = await import('@tierwise/client');
    const viewer = createTierwiseClient({ url: `${h.url}/graphql` });
    await viewer.login('viewer@tierwise.local', 'tierwise-demo');
    const stored = (await viewer.request(GetServiceRequestDocument, { id: requestId })).ServiceRequest;
    expect([stored.status, stored.firstResponseAt !== null, stored.clocks.firstResponseDueAt]).toEqual(['IN_PROGRESS', true, null]);
  });

  it("shows the customer's benefits with the quota left this year, and redeems one", async () => {
    const page = await as('pm@tierwise.local', 'en');
    await page.goto(`${h.url}/#/Customer/${customerId}/show/benefits`);
    const ledger = page.getByTestId('benefits-ledger');
    const lounge = ledger.getByRole('row', { name: /Airport VIP lounge/ });
    await lounge.waitFor();
    const before = (await lounge.locator('td').nth(2).textContent())!;
    await ledger.getByRole('button', { name: 'Redeem a benefit' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox').click();
    await page.getByRole('option', { name: /Airport VIP lounge/ }).click();
    await dialog.getByRole('button', { name: 'Redeem a benefit' }).click();
    await lounge
      .locator('td')
      .nth(2)
      .getByText(String(Number(before) + 1), { exact: true })
      .waitFor();
    await ledger.getByText('Redeemed').first().waitFor();
    await ledger
      .getByTestId('points-balance')
      .getByText(/^Points: 0/)
      .waitFor();
    await shot(page, 'customer-benefits-en');
  });

  it('lets a product manager keep the branch calendar: opening hours per weekday, holidays, make-up days', async () => {
    const page = await as('pm@tierwise.local', 'en');
    await page.goto(`${h.url}/#/BusinessCalendar/create`);
    await page.locator('input[name="code"]').fill('BRANCH');
    await page.locator('input[name="name"]').fill('网点营业时间');
    for (const day of ['1', '2', '3', '4', '5']) {
      await page.locator(`input[name="weekdays.${day}.open"]`).fill('09:00');
      await page.locator(`input[name="weekdays.${day}.close"]`).fill('17:00');
    }
    await page.locator('textarea[name="holidays"]').fill('2027-01-01\n2027-02-16');
    await page.locator('textarea[name="workdays"]').fill('2027-02-07');
    await page.getByRole('button', { name: 'Save' }).click();
    await page
      .getByRole('row', { name: /BRANCH/ })
      .getByText('2 holidays, 1 make-up days')
      .waitFor();
    const { createTierwiseClient, CreateServiceRequestDocument } = await import('@tierwise/client');
    const pm = createTierwiseClient({ url: `${h.url}/graphql` });
    await pm.login('pm@tierwise.local', 'tierwise-demo');
    const atBranch = (await pm.request(CreateServiceRequestDocument, { customerId, category: 'DOCUMENT', channel: 'BRANCH', description: '补办对账单' }))
      .createServiceRequest;
    expect(atBranch.policy.calendar).toMatchObject({ holidays: ['2027-01-01', '2027-02-16'], workdays: ['2027-02-07'], weekdays: { 6: null, 7: null } });
  });

  it('runs the branch queue from the service desk: the high-net-worth ticket first at the dedicated window', async () => {
    const { createTierwiseClient, IssueBranchTicketDocument } = await import('@tierwise/client');
    const pm = createTierwiseClient({ url: `${h.url}/graphql` });
    await pm.login('pm@tierwise.local', 'tierwise-demo');
    await pm.request(IssueBranchTicketDocument, { branchCode: 'SH-001' });
    await pm.request(IssueBranchTicketDocument, { branchCode: 'SH-001', customerId });
    const page = await as('pm@tierwise.local', 'zh-CN');
    await page.goto(`${h.url}/#/ServiceRequest`);
    const queue = page.getByTestId('branch-queue');
    await queue.getByTestId('waiting').getByText('V001').waitFor();
    await queue.getByRole('button', { name: '叫号（专属窗口）' }).click();
    await queue.getByTestId('called').getByText('请 V001 号办理').waitFor();
    await queue.getByRole('button', { name: '叫号（普通窗口）' }).click();
    await queue.getByTestId('called').getByText('请 A001 号办理').waitFor();
    await queue.getByText(/暂无排队客户/).waitFor();
  });
});
