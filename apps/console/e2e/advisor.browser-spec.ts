import type { BrowserContext, Page } from 'playwright-core';
import { browserAvailable, openAs, shot, startConsole, type ConsoleHarness } from './browser';

const run = browserAvailable() ? describe : describe.skip;

/** The advisor's day in the console (issue 14): their customers and follow-ups only, and a contact that does one. */
run("an advisor's day in Chromium", () => {
  let h: ConsoleHarness;
  let session: { context: BrowserContext; page: Page } | undefined;
  beforeAll(async () => {
    h = await startConsole(__filename);
    const { createTierwiseClient, CreateUserDocument, UpsertCustomersDocument, AllCustomersDocument, AssignCustomersToAdvisorDocument } =
      await import('@tierwise/client');
    const admin = createTierwiseClient({ url: `${h.url}/graphql` });
    await admin.login('admin@tierwise.local', 'tierwise-admin');
    const advisor = (
      await admin.request(CreateUserDocument, { email: 'banker@tierwise.local', password: 'banker-password', role: 'ADVISOR', displayName: '私行顾问' })
    ).createUser;
    await admin.request(UpsertCustomersDocument, {
      items: [
        { externalRef: 'PB-1', name: '张三', aum: '6000000' },
        { externalRef: 'PB-2', name: '李四', aum: '6000000' },
      ],
    });
    const pb1 = (await admin.request(AllCustomersDocument, { filter: { q: 'PB-1' } })).allCustomers[0].id;
    await admin.request(AssignCustomersToAdvisorDocument, { customerIds: [pb1], advisorId: advisor.id });
    const { systemContext } = await import('../../api/src/common/context');
    const { AdvisoryService } = await import('../../api/src/modules/advisory');
    await AdvisoryService.generateFollowUps(systemContext(h.dataSource, 'test'));
  });
  afterAll(() => h?.close());
  afterEach(async () => {
    await session?.context.close();
    session = undefined;
  });

  it('shows an advisor their day and their own customers only, and a logged interview does the follow-up, in Chinese', async () => {
    session = await openAs(h, 'banker@tierwise.local', 'zh-CN', 'banker-password');
    const { page } = session;
    await page
      .getByTestId('advisor-day')
      .getByText(/未完成 1 项/)
      .waitFor();
    expect(await page.getByRole('menuitem', { name: '产品' }).count()).toBe(0); // no catalogue
    await page.goto(`${h.url}/#/Customer`);
    await page.getByRole('row', { name: /PB-1/ }).waitFor();
    expect(await page.getByRole('row', { name: /PB-2/ }).count()).toBe(0);
    await page.goto(`${h.url}/#/FollowUp`);
    const row = page.getByRole('row', { name: /需求访谈/ });
    await row.getByRole('button', { name: '记录联系' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('沟通内容').fill('季度需求访谈：子女留学、家族信托');
    await dialog.getByRole('button', { name: '记录联系' }).click();
    await page.getByTestId('empty').waitFor(); // nothing left to do
    await shot(page, 'advisor-day-zh');
  });
});
