import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  AllChangeRequestsDocument,
  AllOutboxMessagesDocument,
  AllOutreachMessagesDocument,
  AllProductsDocument,
  AllTiersDocument,
  ApproveChangeRequestDocument,
  ContactPolicyDocument,
  CreateCampaignDocument,
  GetCampaignDocument,
  PauseCampaignDocument,
  PushAccuracyDocument,
  ReportMessageEventsDocument,
  ScheduleCampaignDocument,
  SetConsentDocument,
  SetContactPolicyDocument,
  UpsertCustomersDocument,
  UpsertHoldingsDocument,
  UpdateCustomerDocument,
  AllCustomersDocument,
  type ContactPolicyInput,
} from '@tierwise/client';
import { calendarDay, CampaignStatus, localInstant } from '@tierwise/domain';
import { jobs } from '../src/common/queue';
import { Campaign, OutreachJobs, signBody, useChannelAdapter, WebhookAdapter } from '../src/modules/outreach';
import { databaseKinds, jobFinished, startTestApi, type TestApi } from '../test-utils/harness';

const DAY = 86_400_000;
const TZ = 'Asia/Shanghai';

/** Outreach (issue 15): campaigns under four eyes, triggers, the contact policy at send time, channels reporting back. */
describe.each(databaseKinds())('outreach on %s', (kind) => {
  let api: TestApi;
  let ordinary: string;
  let product: string;
  const ids = new Map<string, string>();

  beforeAll(async () => {
    api = await startTestApi(kind, __filename, { fourEyes: true });
    ordinary = (await api.viewer.request(AllTiersDocument, {})).allTiers.find((t) => t.code === 'ORDINARY')!.id;
    product = (await api.viewer.request(AllProductsDocument, { filter: { q: 'DEP-CD-001' } })).allProducts[0].id;
    const refs = ['OR-1', 'OR-2', 'OR-3', 'OR-4'];
    await api.pm.request(UpsertCustomersDocument, { items: refs.map((r) => ({ externalRef: r, name: `客户${r}`, aum: '1000' })) });
    for (const r of refs) ids.set(r, (await api.viewer.request(AllCustomersDocument, { filter: { q: r } })).allCustomers[0].id);
    // OR-1 and OR-3 and OR-4 take marketing SMS; OR-2 never agreed.
    for (const r of ['OR-1', 'OR-3', 'OR-4']) await api.pm.request(SetConsentDocument, { customerId: ids.get(r)!, kind: 'MARKETING_SMS', granted: true });
  });
  afterAll(async () => {
    useChannelAdapter(undefined);
    await api.close();
  });

  /** Quiet hours that hold now (`inside`) or that are well away from now, in Asia/Shanghai. */
  const quietHours = (inside: boolean) => {
    const minute = (offset: number) =>
      new Date(Date.now() + offset * 60_000).toLocaleTimeString('en-GB', { timeZone: TZ, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    return inside ? { quietFrom: minute(-60), quietTo: minute(120) } : { quietFrom: minute(300), quietTo: minute(360) };
  };
  const setPolicy = async (over: Partial<ContactPolicyInput> = {}, inside = false) => {
    const { version } = (await api.viewer.request(ContactPolicyDocument, {})).contactPolicy;
    const policy: ContactPolicyInput = {
      caps: [{ channel: 'SMS', category: 'MARKETING', perDay: 2, perWeek: 5 }],
      ...quietHours(inside),
      ignored: 3,
      withinDays: 30,
      restDays: 30,
      ...over,
    };
    return (await api.pm.request(SetContactPolicyDocument, { policy, version })).setContactPolicy;
  };
  const approveAll = async () => {
    for (const r of (await api.checker.request(AllChangeRequestsDocument, { filter: { status: 'SUBMITTED' } })).allChangeRequests)
      await api.checker.request(ApproveChangeRequestDocument, { id: r.id, version: r.version });
  };
  const messages = async (filter: Record<string, string>) =>
    (await api.viewer.request(AllOutreachMessagesDocument, { filter, perPage: 100, sortField: 'createdAt', sortOrder: 'ASC' })).allOutreachMessages;
  const run = (job: string) => jobs.execute(api.dataSource, job, {}, `test:${job}:${Date.now()}`, 1);

  it('sends a campaign only once it is approved, each customer by the contact policy, and counts who was not sent and why', async () => {
    await setPolicy();
    const created = (
      await api.pm.request(CreateCampaignDocument, {
        code: 'CD-AUTUMN',
        name: '大额存单秋季',
        audienceKind: 'TIER',
        audienceRef: ordinary,
        channels: ['SMS'],
        templateZh: '{{name}}您好，{{product}}今日发售。',
        templateEn: 'Dear {{name}}, {{product}} is on sale today.',
        productId: product,
      })
    ).createCampaign;
    expect(created.status).toBe('DRAFT');
    const bad = await api.pm.raw(CreateCampaignDocument, {
      code: 'BAD-1',
      name: 'x',
      audienceKind: 'TIER',
      audienceRef: 'nope',
      channels: ['SMS'],
      templateZh: '{{nmae}}',
    });
    expect(bad.errors?.[0].extensions?.fields?.map((f: { code: string }) => f.code).sort()).toEqual(['UNKNOWN_AUDIENCE', 'UNKNOWN_VARIABLE']);
    // The preview renders for a customer of the audience (the name masked) and counts it.
    const preview = (await api.viewer.request(GetCampaignDocument, { id: created.id })).Campaign.preview;
    expect(preview.audience).toBeGreaterThanOrEqual(4);
    expect(preview.zh).toMatch(/^客\*+\d您好，/);

    // Four eyes: the maker's schedule is held; nothing goes out until a checker approves it.
    const held = (await api.pm.request(ScheduleCampaignDocument, { id: created.id, version: created.version })).scheduleCampaign;
    expect([held.status, held.pendingChanges[0].status]).toEqual(['DRAFT', 'SUBMITTED']);
    await run('campaign-dispatch');
    expect(await messages({ campaignId: created.id })).toEqual([]);
    // Consent withdrawn after scheduling and before sending stops that customer's message; OR-3 reads English.
    await api.pm.request(SetConsentDocument, { customerId: ids.get('OR-4')!, kind: 'MARKETING_SMS', granted: false });
    const or3 = (await api.viewer.request(AllCustomersDocument, { filter: { q: 'OR-3' } })).allCustomers[0];
    expect((await api.pm.request(UpdateCustomerDocument, { id: or3.id, version: or3.version, language: 'en' })).updateCustomer.language).toBe('en');
    await approveAll();
    const scheduled = (await api.viewer.request(GetCampaignDocument, { id: created.id })).Campaign;
    expect(scheduled.status).toBe('SCHEDULED');
    expect(scheduled.approvedBy).toBe('checker@tierwise.local');

    await run('campaign-dispatch');
    await jobFinished(api, `campaign-send:${created.id}:1`);
    const sent = await messages({ campaignId: created.id });
    const of = (ref: string) => sent.find((m) => m.customerId === ids.get(ref))!;
    expect([of('OR-1').status, of('OR-2').status, of('OR-3').status, of('OR-4').status]).toEqual(['SENT', 'NOT_SENT', 'SENT', 'NOT_SENT']);
    expect([of('OR-2').reason, of('OR-4').reason]).toEqual(['NO_CONSENT', 'NO_CONSENT']);
    expect(of('OR-1').body).toMatch(/^客\*+1您好，.+今日发售。$/);
    expect([of('OR-1').language, of('OR-3').language]).toEqual(['zh', 'en']);
    expect(of('OR-3').body).toMatch(/^Dear 客\*+3, .+ is on sale today\.$/);
    const outbox = (await api.viewer.request(AllOutboxMessagesDocument, { filter: { customerId: ids.get('OR-1')! } })).allOutboxMessages;
    expect(outbox.map((o) => o.messageId)).toEqual([of('OR-1').id]);
    const done = (await api.viewer.request(GetCampaignDocument, { id: created.id })).Campaign;
    expect(done.status).toBe('COMPLETED');
    expect(done.funnel.notSent).toEqual(expect.arrayContaining([{ reason: 'NO_CONSENT', count: done.funnel.messages - done.funnel.sent }]));
    expect(done.funnel.sent).toBe(sent.filter((m) => m.status === 'SENT').length);

    // The send runs again from the start, as after a crash before its cursor moved (a retry, or a second worker): the
    // messages exist already (unique per campaign, customer and channel) and none is open, so nothing is sent twice.
    await api.dataSource.manager.update(Campaign, { id: created.id }, { status: CampaignStatus.RUNNING, cursor: null });
    await run('campaign-dispatch');
    expect(await jobs.execute(api.dataSource, 'campaign-send', { campaignId: created.id }, 'test:again', 2)).toBe(0);
    expect((await messages({ campaignId: created.id })).length).toBe(sent.length);
    expect((await api.viewer.request(AllOutboxMessagesDocument, { filter: { customerId: ids.get('OR-1')! } }))._allOutboxMessagesMeta.count).toBe(1);
  });

  const maturityCampaign = async (code: string) => {
    const c = (
      await api.pm.request(CreateCampaignDocument, {
        code,
        name: '到期提醒',
        category: 'REMINDER',
        audienceKind: 'PRODUCT_HOLDERS',
        audienceRef: product,
        productId: product,
        channels: ['SMS'],
        templateZh: '{{name}}您好，您的{{product}}（{{amount}}元）将于{{date}}到期。',
        trigger: 'MATURITY',
      })
    ).createCampaign;
    expect(c.offsets).toEqual([7, 3, 1]);
    await api.pm.request(ScheduleCampaignDocument, { id: c.id, version: c.version });
    await approveAll();
    return c;
  };

  it('reminds of a maturity 7, 3 and 1 days before, once however often the scheduler runs; a renewed holding is not reminded of', async () => {
    await setPolicy();
    const now = new Date();
    const inDays = (n: number) => localInstant(calendarDay(new Date(now.getTime() + n * DAY), TZ), 15 * 60, TZ);
    await api.pm.request(UpsertHoldingsDocument, {
      items: [
        {
          externalRef: 'H-OR1',
          customerRef: 'OR-1',
          productCode: 'DEP-CD-001',
          amount: '200000',
          startedAt: new Date(now.getTime() - 300 * DAY).toISOString(),
          maturesAt: inDays(7).toISOString(),
        },
        {
          externalRef: 'H-OR3',
          customerRef: 'OR-3',
          productCode: 'DEP-CD-001',
          amount: '50000',
          startedAt: new Date(now.getTime() - 300 * DAY).toISOString(),
          maturesAt: inDays(5).toISOString(),
        },
      ],
    });
    const campaign = await maturityCampaign('CD-MATURITY');
    // A second campaign firing the same reminder: recorded for it as DUPLICATE, not sent twice.
    const second = await maturityCampaign('CD-MATURITY-2');
    for (let i = 0; i < 3; i++) await OutreachJobs.fireTriggers(api.dataSource, now);
    const reminders = await messages({ campaignId: campaign.id });
    expect(reminders.map((m) => [m.customerId, m.status, m.basis.offset])).toEqual([[ids.get('OR-1'), 'SENT', 7]]);
    expect(reminders[0].body).toContain('200,000.00');
    expect(reminders[0].body).toContain(calendarDay(inDays(7), TZ));
    expect((await messages({ campaignId: second.id })).map((m) => [m.status, m.reason])).toEqual([['NOT_SENT', 'DUPLICATE']]);

    // OR-3's holding is renewed (it now matures a year on) before its 3-day reminder: none goes.
    await api.pm.request(UpsertHoldingsDocument, {
      items: [
        {
          externalRef: 'H-OR3',
          customerRef: 'OR-3',
          productCode: 'DEP-CD-001',
          amount: '50000',
          startedAt: now.toISOString(),
          maturesAt: inDays(370).toISOString(),
        },
      ],
    });
    await OutreachJobs.fireTriggers(api.dataSource, new Date(now.getTime() + 2 * DAY));
    expect((await messages({ customerId: ids.get('OR-3')!, campaignId: campaign.id })).length).toBe(0);
    // On the 3-day mark OR-1 gets the second reminder (one each offset).
    await OutreachJobs.fireTriggers(api.dataSource, new Date(now.getTime() + 4 * DAY));
    expect((await messages({ campaignId: campaign.id })).map((m) => m.basis.offset)).toEqual([7, 3]);
    await api.pm.request(PauseCampaignDocument, { id: campaign.id });
    await api.pm.request(PauseCampaignDocument, { id: second.id });
  });

  it('holds a message through quiet hours and sends it when they end — unless what it was about no longer holds', async () => {
    const policy = await setPolicy({}, true);
    const now = new Date();
    const inDays = (n: number) => localInstant(calendarDay(new Date(now.getTime() + n * DAY), TZ), 15 * 60, TZ);
    await api.pm.request(UpsertHoldingsDocument, {
      items: [
        {
          externalRef: 'H-Q1',
          customerRef: 'OR-1',
          productCode: 'DEP-CD-001',
          amount: '10000',
          startedAt: new Date(now.getTime() - 100 * DAY).toISOString(),
          maturesAt: inDays(1).toISOString(),
        },
        {
          externalRef: 'H-Q3',
          customerRef: 'OR-3',
          productCode: 'DEP-CD-001',
          amount: '10000',
          startedAt: new Date(now.getTime() - 100 * DAY).toISOString(),
          maturesAt: inDays(1).toISOString(),
        },
      ],
    });
    const campaign = await maturityCampaign('CD-QUIET');
    await OutreachJobs.fireTriggers(api.dataSource, now);
    // (OR-1's 7-day reminder fired for this campaign too: already sent by the first one, it is recorded as DUPLICATE.)
    const own = async () => (await messages({ campaignId: campaign.id })).filter((m) => m.reason !== 'DUPLICATE');
    const held = await own();
    expect(held.map((m) => [m.status, m.reason])).toEqual([
      ['HELD', 'QUIET_HOURS_HELD'],
      ['HELD', 'QUIET_HOURS_HELD'],
    ]);
    const until = new Date(held[0].holdUntil!);
    expect(until.toLocaleTimeString('en-GB', { timeZone: TZ, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })).toBe(policy.quietTo);
    // Before the window ends nothing goes; OR-3 renews meanwhile.
    await OutreachJobs.releaseDue(api.dataSource, new Date(until.getTime() - 60_000));
    expect((await own()).every((m) => m.status === 'HELD')).toBe(true);
    await api.pm.request(UpsertHoldingsDocument, {
      items: [
        {
          externalRef: 'H-Q3',
          customerRef: 'OR-3',
          productCode: 'DEP-CD-001',
          amount: '10000',
          startedAt: now.toISOString(),
          maturesAt: inDays(200).toISOString(),
        },
      ],
    });
    await OutreachJobs.releaseDue(api.dataSource, new Date(until.getTime() + 1000));
    const after = await own();
    const of = (ref: string) => after.find((m) => m.customerId === ids.get(ref))!;
    expect([of('OR-1').status, of('OR-3').status, of('OR-3').reason]).toEqual(['SENT', 'NOT_SENT', 'STALE']);
    expect(new Date(of('OR-1').sentAt!).getTime()).toBe(until.getTime() + 1000);
    await api.pm.request(PauseCampaignDocument, { id: campaign.id });
  });

  it('hands messages to a webhook signed with HMAC, and takes its signed delivery reports back', async () => {
    await setPolicy();
    const secret = 'test-webhook-secret-0123456789abcdef';
    process.env.OUTREACH_WEBHOOK_SECRET = secret;
    const received: { body: { messageId: string; body: string; customerRef: string }; valid: boolean; key: string | undefined }[] = [];
    const receiver: Server = createServer((req, res) => {
      let raw = '';
      req.on('data', (c) => (raw += c));
      req.on('end', () => {
        received.push({
          body: JSON.parse(raw),
          valid: req.headers['x-tierwise-signature'] === signBody(secret, raw),
          key: req.headers['idempotency-key'] as string,
        });
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ providerMessageId: `prov-${received.length}` }));
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    useChannelAdapter(new WebhookAdapter(`http://127.0.0.1:${(receiver.address() as AddressInfo).port}/send`, secret));
    try {
      const c = (
        await api.pm.request(CreateCampaignDocument, {
          code: 'CD-WEBHOOK',
          name: 'webhook',
          audienceKind: 'TIER',
          audienceRef: ordinary,
          channels: ['SMS'],
          templateZh: '{{name}}，新品上线',
        })
      ).createCampaign;
      await api.pm.request(ScheduleCampaignDocument, { id: c.id, version: c.version });
      await approveAll();
      await run('campaign-dispatch');
      await jobFinished(api, `campaign-send:${c.id}:1`);
      const sent = (await messages({ campaignId: c.id })).filter((m) => m.status === 'SENT');
      expect(sent.length).toBeGreaterThan(0);
      expect(received.map((r) => r.valid)).toEqual(sent.map(() => true));
      expect(received.map((r) => r.key).sort()).toEqual(sent.map((m) => m.id).sort());
      expect(received.map((r) => r.body.customerRef).sort()).toEqual(['OR-1', 'OR-3']);

      // The provider reports back: delivered and opened for the first, delivered then dismissed for the second.
      const [first, second] = sent;
      const callback = async (body: string, signature = signBody(secret, body)) =>
        fetch(`${api.server.url}/outreach/callbacks`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-tierwise-signature': signature },
          body,
        });
      const reports = JSON.stringify({
        reports: [
          { messageId: first.id, event: 'DELIVERED' },
          { messageId: first.id, event: 'OPENED' },
          { messageId: second.id, event: 'DELIVERED' },
          { messageId: second.id, event: 'DISMISSED' },
        ],
      });
      expect((await callback(reports, 'sha256=forged')).status).toBe(401);
      expect((await messages({ campaignId: c.id })).find((m) => m.id === first.id)!.status).toBe('SENT');
      const answer = await callback(reports);
      expect([answer.status, ((await answer.json()) as { applied: number }).applied]).toEqual([200, 4]);
      // A late DELIVERED after OPENED changes nothing; an unknown message is refused whole.
      const late = await callback(JSON.stringify({ reports: [{ messageId: first.id, event: 'DELIVERED' }] }));
      expect(((await late.json()) as { applied: number }).applied).toBe(0);
      expect((await callback(JSON.stringify({ reports: [{ messageId: 'nope', event: 'OPENED' }] }))).status).toBe(400);
      const after = await messages({ campaignId: c.id });
      expect([after.find((m) => m.id === first.id)!.status, after.find((m) => m.id === second.id)!.status]).toEqual(['OPENED', 'DELIVERED']);
      // Push accuracy of this campaign: one of two delivered was opened and not dismissed.
      const accuracy = (await api.viewer.request(PushAccuracyDocument, { by: 'campaign', since: new Date(Date.now() - DAY).toISOString() })).pushAccuracy;
      expect(accuracy.find((a) => a.key === c.id)).toEqual({ key: c.id, delivered: 2, accurate: 1, rate: 0.5 });
      // The app reports through GraphQL too (its events key); a viewer may not.
      expect((await api.viewer.raw(ReportMessageEventsDocument, { reports: [{ messageId: second.id, event: 'OPENED' }] })).errors?.[0].extensions?.code).toBe(
        'FORBIDDEN',
      );
    } finally {
      useChannelAdapter(undefined);
      delete process.env.OUTREACH_WEBHOOK_SECRET;
      receiver.close();
    }
  });

  it('caps marketing per calendar day: a third SMS the same day is not sent (CAP_REACHED)', async () => {
    await setPolicy({ caps: [{ channel: 'SMS', category: 'MARKETING', perDay: 2, perWeek: 5 }] });
    // OR-1 has had two marketing SMS today already (the autumn campaign and the webhook one).
    const c = (
      await api.pm.request(CreateCampaignDocument, {
        code: 'CD-THIRD',
        name: 'third',
        audienceKind: 'TIER',
        audienceRef: ordinary,
        channels: ['SMS'],
        templateZh: '第三条',
      })
    ).createCampaign;
    await api.pm.request(ScheduleCampaignDocument, { id: c.id, version: c.version });
    await approveAll();
    await run('campaign-dispatch');
    await jobFinished(api, `campaign-send:${c.id}:1`);
    const of = (await messages({ campaignId: c.id })).find((m) => m.customerId === ids.get('OR-1'))!;
    expect([of.status, of.reason]).toEqual(['NOT_SENT', 'CAP_REACHED']);
  });
  it('sends a campaign set-wise: 40 customers cost the same number of SQL statements as 4', async () => {
    await setPolicy();
    const refs = Array.from({ length: 40 }, (_, i) => `SET-${String(i).padStart(2, '0')}`);
    await api.pm.request(UpsertCustomersDocument, { items: refs.map((externalRef) => ({ externalRef, name: '批量', aum: '1000' })) });
    // Everyone holds the flexible product; the first four also the bond fund. Nine in ten took marketing SMS.
    await api.pm.request(UpsertHoldingsDocument, {
      items: refs.flatMap((customerRef, i) =>
        (i < 4 ? ['WM-FLEX-001', 'FUND-BOND-001'] : ['WM-FLEX-001']).map((productCode) => ({
          externalRef: `${customerRef}-${productCode}`,
          customerRef,
          productCode,
          amount: '1000',
          startedAt: '2026-01-05T00:00:00.000Z',
        })),
      ),
    });
    const customers = (await api.viewer.request(AllCustomersDocument, { filter: { q: 'SET-' }, perPage: 100 })).allCustomers;
    for (const c of customers.filter((c) => !c.externalRef.endsWith('9')))
      await api.pm.request(SetConsentDocument, { customerId: c.id, kind: 'MARKETING_SMS', granted: true });
    const productId = async (code: string) => (await api.viewer.request(AllProductsDocument, { filter: { q: code } })).allProducts[0].id;
    const send = async (code: string, productCode: string) => {
      const c = (
        await api.pm.request(CreateCampaignDocument, {
          code,
          name: code,
          audienceKind: 'PRODUCT_HOLDERS',
          audienceRef: await productId(productCode),
          channels: ['SMS'],
          templateZh: '{{name}}您好，新一期产品已发售。',
        })
      ).createCampaign;
      await api.pm.request(ScheduleCampaignDocument, { id: c.id, version: c.version });
      await approveAll();
      await api.dataSource.manager.update(Campaign, { id: c.id }, { status: CampaignStatus.RUNNING, startedAt: new Date() });
      api.queries.reset();
      await jobs.execute(api.dataSource, 'campaign-send', { campaignId: c.id }, `test:set:${code}`, 1);
      const statements = api.queries.count;
      return { statements, messages: await messages({ campaignId: c.id }) };
    };
    const few = await send('SET-FEW', 'FUND-BOND-001');
    const many = await send('SET-MANY', 'WM-FLEX-001');
    expect([few.messages.length, many.messages.length]).toEqual([4, 40]);
    expect(many.messages.filter((m) => m.status === 'SENT')).toHaveLength(36);
    expect(many.messages.filter((m) => m.reason === 'NO_CONSENT')).toHaveLength(4);
    expect(many.statements).toBe(few.statements);
  });
});
