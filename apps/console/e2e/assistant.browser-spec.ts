import type { BrowserContext, Page } from 'playwright-core';
import { browserAvailable, openAs, shot, startConsole, type ConsoleHarness } from './browser';

const run = browserAvailable() ? describe : describe.skip;

/** The smart customer service in the console (issue 16): the knowledge base, trying a question, what was not answered. */
run('the smart customer service in Chromium', () => {
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

  it('shows the knowledge base with its KPIs and answers a question tried in the box, in Chinese', async () => {
    session = await openAs(h, 'pm@tierwise.local', 'zh-CN');
    const { page } = session;
    await page.goto(`${h.url}/#/KnowledgeEntry`);
    await page
      .getByTestId('assistant-kpis')
      .getByText(/智能客服解答率/)
      .waitFor();
    await page.getByText('怎么查询卡里的余额？').waitFor();
    await page.getByLabel('试一试：像客户一样提问（不计入指标）').fill('大额存单最低要存多少钱');
    await page.getByRole('button', { name: '提问' }).click();
    await page
      .getByTestId('try-it-answer')
      .getByText(/已解答/)
      .waitFor();
    await page
      .getByTestId('try-it-answer')
      .getByText(/20 万元/)
      .waitFor();
    await shot(page, 'assistant-try-it-zh');
  });

  it('lists what was not answered and turns a question into a new entry, in English', async () => {
    const client = await import('@tierwise/client');
    const pm = client.createTierwiseClient({ url: `${h.url}/graphql` });
    await pm.login('pm@tierwise.local', 'tierwise-demo');
    await pm.request(client.AskDocument, { text: 'Write me a poem about the sea', language: 'en' });
    session = await openAs(h, 'pm@tierwise.local', 'en');
    const { page } = session;
    await page.goto(`${h.url}/#/AssistantQuestion`);
    await page.getByText('Write me a poem about the sea').waitFor();
    await page.getByRole('button', { name: 'Make an entry' }).first().click();
    await page.waitForURL(/#\/KnowledgeEntry\/create/);
    await page.getByLabel('Question (English)').waitFor();
    const value = await page.getByLabel('Question (English)').inputValue();
    expect(value).toBe('Write me a poem about the sea');
    await shot(page, 'assistant-make-entry-en');
  });
});
