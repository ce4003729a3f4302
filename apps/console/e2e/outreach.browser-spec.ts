import type { BrowserContext, Page } from 'playwright-core';
import { jobs } from '../../api/src/common/queue';
import { JobRun } from '../../api/src/common/job-run.entity';
import { browserAvailable, openAs, shot, startConsole, type ConsoleHarness } from './browser';

const run = browserAvailable() ? describe : describe.skip;

/** Outreach in the console (issue 15): a campaign approved, sent and measured; the contact policy; the jobs page. */
run('outreach in Chromium', () => {
  let h: ConsoleHarness;
  let session: { context: BrowserContext; page: Page } | undefined;
  let campaignId: string;
  let customerId: string;
  beforeAll(async () => {
    h = await startConsole(__filename, { fourEyes: true });
    const client = await import('@tierwise/client');
    const pm = client.createTierwiseClient({ url: `${h.url}/graphql` });
    await pm.login('pm@tierwise.local', 'tierwise-demo');
    await pm.request(client.UpsertCustomersDocument, {
      items: [
        { externalRef: 'OUT-1', name: '王芳', aum: '1000' },
        { externalRef: 'OUT-2', name: '李娜', aum: '1000' },
      ],
    });
    customerId = (await pm.request(client.AllCustomersDocument, { filter: { q: 'OUT-1' } })).allCustomers[0].id;
    await pm.request(client.SetConsentDocument, { customerId, kind: 'MARKETING_APP_PUSH', granted: true });
    // Quiet hours far from now, so that the message goes at once whenever the test runs.
    const policy = (await pm.request(client.ContactPolicyDocument, {})).contactPolicy;
    const away = (h: number) =>
      new Date(Date.now() + h * 3_600_000).toLocaleTimeString('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    await pm.request(client.SetContactPolicyDocument, {
      version: policy.version,
      policy: {
        caps: policy.caps.map(({ channel, category, perDay, perWeek }) => ({ channel, category, perDay, perWeek })),
        quietFrom: away(6),
        quietTo: away(7),
        ignored: 3,
        withinDays: 30,
        restDays: 30,
      },
    });
    const ordinary = (await pm.request(client.AllTiersDocument, {})).allTiers.find((t) => t.code === 'ORDINARY')!.id;
    campaignId = (
      await pm.request(client.CreateCampaignDocument, {
        code: 'BR-PUSH',
        name: '理财节',
        audienceKind: 'TIER',
        audienceRef: ordinary,
        channels: ['APP_PUSH'],
        templateZh: '{{name}}您好，理财节专享收益等您来。',
        templateEn: 'Dear {{name}}, the wealth festival is on.',
      })
    ).createCampaign.id;
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

  it('previews a campaign, submits it for approval, and after a checker approves shows its funnel with who was not sent and why, in Chinese', async () => {
    const page = await as('pm@tierwise.local', 'zh-CN');
    await page.goto(`${h.url}/#/Campaign/${campaignId}/show`);
    await page
      .getByTestId('preview-zh')
      .getByText(/^王\*芳您好，理财节专享收益等您来。$|您好，理财节专享收益等您来。$/)
      .waitFor();
    await page.getByText('预览（当前受众 2 位客户）').waitFor();
    await page.getByRole('button', { name: '提交审批' }).click();
    await page.getByTestId('pending-changes').waitFor();
    await page.getByText('草稿').first().waitFor(); // nothing goes out before approval

    const client = await import('@tierwise/client');
    const checker = client.createTierwiseClient({ url: `${h.url}/graphql` });
    await checker.login('checker@tierwise.local', 'tierwise-demo');
    const [request] = (await checker.request(client.AllChangeRequestsDocument, { filter: { status: 'SUBMITTED' } })).allChangeRequests;
    await checker.request(client.ApproveChangeRequestDocument, { id: request.id, version: request.version });
    await jobs.execute(h.dataSource, 'campaign-dispatch', {}, 'browser-test', 1);
    for (let i = 0; i < 100 && !(await h.dataSource.manager.findOneBy(JobRun, { jobKey: `campaign-send:${campaignId}:1`, status: 'DONE' as never })); i++)
      await new Promise((resolve) => setTimeout(resolve, 100));

    await page.reload();
    await page.getByText('已完成').first().waitFor();
    await page.getByTestId('funnel-sent').getByText('1', { exact: true }).waitFor();
    await page.getByTestId('not-sent-NO_CONSENT').getByText('未获该渠道授权: 1').waitFor();
    await page.getByTestId('messages').getByText('已发送').waitFor();
    await shot(page, 'campaign-funnel-zh');
  });

  it("shows a customer's contact history, with every message and why any was not sent, in English", async () => {
    const page = await as('viewer@tierwise.local', 'en');
    await page.goto(`${h.url}/#/Customer/${customerId}/show/messages`);
    await page.getByTestId('messages').getByText('Sent', { exact: true }).waitFor();
    await page
      .getByTestId('messages')
      .getByText(/the wealth festival is on|理财节专享收益等您来/)
      .waitFor();
    await page.goto(`${h.url}/#/OutreachMessage`);
    await page.getByText('No consent for the channel').first().waitFor();
    await page.goto(`${h.url}/#/OutboxMessage`);
    await page
      .getByText(/理财节专享收益等您来/)
      .first()
      .waitFor();
    // The app reports the push delivered and opened: the dashboard's push accuracy counts it.
    const client = await import('@tierwise/client');
    const pm = client.createTierwiseClient({ url: `${h.url}/graphql` });
    await pm.login('pm@tierwise.local', 'tierwise-demo');
    const [sent] = (await pm.request(client.AllOutreachMessagesDocument, { filter: { customerId, status: 'SENT' } })).allOutreachMessages;
    await pm.request(client.ReportMessageEventsDocument, {
      reports: [
        { messageId: sent.id, event: 'DELIVERED' },
        { messageId: sent.id, event: 'OPENED' },
      ],
    });
    await page.goto(`${h.url}/#/`);
    await page.getByTestId('push-accuracy').getByText('Push accuracy (target 75%): 100%').waitFor();
    await page.getByTestId('push-accuracy').getByText('App push 100% (1/1)').waitFor();
  });

  it('creates a campaign through its form, refusing an unknown template variable with the reason', async () => {
    const page = await as('pm@tierwise.local', 'en');
    await page.goto(`${h.url}/#/Campaign/create`);
    await page.getByLabel('Code').fill('BR-FORM');
    await page.getByLabel('Name', { exact: true }).fill('表单活动');
    await page.getByLabel('Audience').click();
    await page.getByRole('option', { name: 'A tier' }).click();
    await page.getByLabel('Who').click();
    await page.getByRole('option', { name: 'ORDINARY' }).click();
    await page.getByLabel('SMS').check();
    await page.getByLabel('Message (Chinese)').fill('{{nmae}}您好');
    await page.getByRole('button', { name: 'Save' }).click();
    await page
      .getByText(/\{\{nmae\}\} is not a variable/)
      .first()
      .waitFor();
    await page.getByLabel('Message (Chinese)').fill('{{name}}您好');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/#\/Campaign\/[^/]+\/show/);
    await page.getByText('Draft').first().waitFor();
    await page.getByText('Submit for approval').waitFor();
  });

  it('sets the contact policy and shows the background jobs, in both languages', async () => {
    const page = await as('pm@tierwise.local', 'en');
    await page.goto(`${h.url}/#/ContactPolicy`);
    const policy = page.getByTestId('contact-policy');
    await policy.getByLabel('Per day').first().fill('1');
    await policy.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Contact policy saved').waitFor();
    await policy.getByText(/Last set by pm@tierwise.local/).waitFor();
    await shot(page, 'contact-policy-en');
    await page.goto(`${h.url}/#/JobRun`);
    await page.getByText(/Jobs run inside the API/).waitFor();
    await page.getByTestId('job-campaign-send').getByText('Send a campaign').waitFor();
    await page.getByTestId('job-campaign-send').getByText('Done').waitFor();

    session && (await session.context.close());
    const zh = await as('pm@tierwise.local', 'zh-CN');
    await zh.goto(`${h.url}/#/JobRun`);
    await zh.getByTestId('job-sla').getByText('记录服务时限预警与超时').waitFor();
    await zh.getByText(/任务在 API 进程内运行/).waitFor();
    await shot(zh, 'jobs-zh');
  });
});
