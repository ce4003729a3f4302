import {
  AllCreditLimitChangesDocument,
  AllCreditLineRulesDocument,
  AllProductsDocument,
  AllTiersDocument,
  ApproveCreditLimitChangeDocument,
  ContactPolicyDocument,
  CreateCampaignDocument,
  CreateCustomerDocument,
  CustomerCreditLinesDocument,
  OpenCreditLineDocument,
  ProposeCreditLimitDocument,
  RecordCreditConductDocument,
  RejectCreditLimitChangeDocument,
  ScheduleCampaignDocument,
  SetConsentDocument,
  SetContactPolicyDocument,
} from '@tierwise/client';
import { systemContext } from '../src/common/context';
import { CreditLineService } from '../src/modules/credit-lines';
import { OutreachMessage } from '../src/modules/outreach';
import { databaseKinds, startTestApi, type TestApi } from '../test-utils/harness';

/** Credit lines that adjust (issue 17): rules on a monthly review, four eyes on every change, the customer told. */
describe.each(databaseKinds())('credit lines on %s', (kind) => {
  let api: TestApi;
  let product: string;
  beforeAll(async () => {
    api = await startTestApi(kind, __filename);
    product = (await api.viewer.request(AllProductsDocument, { filter: { q: 'CL-001' } })).allProducts[0].id;
  });
  afterAll(() => api.close());

  const review = (now = new Date()) => CreditLineService.review(systemContext(api.dataSource, 'credit-review'), now);
  const openLine = async (ref: string, limit: string) => {
    const customerId = (await api.pm.request(CreateCustomerDocument, { externalRef: ref, name: '信用客户', aum: '50000' })).createCustomer.id;
    return (await api.pm.request(OpenCreditLineDocument, { customerId, productId: product, creditLimit: limit })).openCreditLine;
  };
  const pendingOf = async (creditLineId: string) =>
    (await api.viewer.request(AllCreditLimitChangesDocument, { filter: { creditLineId, status: 'PROPOSED' } })).allCreditLimitChanges;

  it('proposes by the rules once per line and month, applies only what a credit checker approves, and tells the customer', async () => {
    // The default rules: +15% after 12 months on time (up to 300,000), −30% after two late repayments (not below 5,000).
    expect((await api.viewer.request(AllCreditLineRulesDocument)).allCreditLineRules.map((r) => r.code)).toEqual(
      expect.arrayContaining(['CL-ON-TIME-12', 'CL-LATE-2', 'CL-INCOME-UP', 'CL-INCOME-DOWN']),
    );
    const good = await openLine('CL-GOOD', '50000');
    const late = await openLine('CL-LATE', '40000');
    const quiet = await openLine('CL-QUIET', '20000');
    await api.pm.request(RecordCreditConductDocument, {
      items: [
        { creditLineId: good.id, onTimeMonths: 12, overdueLast12: 0 },
        { creditLineId: late.id, onTimeMonths: 14, overdueLast12: 2 },
        { creditLineId: quiet.id, onTimeMonths: 3, overdueLast12: 0 },
      ],
    });
    // The customers told of a change: the bank's trigger campaign (SMS, to everyone); only CL-GOOD takes marketing SMS.
    const { version } = (await api.viewer.request(ContactPolicyDocument, {})).contactPolicy;
    await api.pm.request(SetContactPolicyDocument, { version, policy: { caps: [{ channel: 'SMS', category: 'MARKETING', perDay: 5, perWeek: 20 }] } });
    await api.pm.request(SetConsentDocument, { customerId: good.customerId, kind: 'MARKETING_SMS', granted: true });
    const everyone = (await api.viewer.request(AllTiersDocument, {})).allTiers.find((t) => t.code === 'ORDINARY')!.id;
    const campaign = (
      await api.pm.request(CreateCampaignDocument, {
        code: 'CL-LIMIT-NOTICE',
        name: '额度调整通知',
        audienceKind: 'TIER',
        audienceRef: everyone,
        channels: ['SMS'],
        trigger: 'CREDIT_LIMIT',
        templateZh: '{{name}}您好，您的信用额度已调整为{{amount}}元。',
      })
    ).createCampaign;
    await api.pm.request(ScheduleCampaignDocument, { id: campaign.id, version: campaign.version });

    // The review, run three times in a month: one proposal per line with a rule that holds, with its reason; limits unchanged.
    const now = new Date();
    const first = await review(now);
    expect(await review(now)).toBe(0);
    expect(await review(new Date(now.getTime() + 60_000))).toBe(0);
    expect(first).toBeGreaterThanOrEqual(2);
    const [raise] = await pendingOf(good.id);
    const [cut] = await pendingOf(late.id);
    expect(await pendingOf(quiet.id)).toEqual([]);
    expect([raise.fromLimit, raise.toLimit, raise.reason]).toEqual([
      '50000.00',
      '57500.00',
      { code: 'CREDIT_RULE_ON_TIME_MONTHS', params: { rule: 'CL-ON-TIME-12', changePercent: '15', months: '12' } },
    ]);
    // A late payer is cut, not raised for the months they did pay.
    expect([cut.toLimit, cut.reason.code]).toEqual(['28000.00', 'CREDIT_RULE_OVERDUE']);
    let lines = (await api.viewer.request(CustomerCreditLinesDocument, { id: good.customerId })).Customer.creditLines;
    expect(lines[0].creditLimit).toBe('50000.00');

    // Four eyes: a product manager without the credit checker permission may not decide; the checker may.
    const notChecker = await api.pm.raw(ApproveCreditLimitChangeDocument, { id: raise.id, version: raise.version });
    expect([notChecker.errors?.[0].extensions?.code, notChecker.errors?.[0].extensions?.reason]).toEqual(['FORBIDDEN', 'NOT_A_CHECKER']);
    const applied = (await api.checker.request(ApproveCreditLimitChangeDocument, { id: raise.id, version: raise.version, note: '还款记录良好' }))
      .approveCreditLimitChange;
    expect([applied.status, applied.decidedBy, applied.notifiedAt === null]).toEqual(['APPLIED', 'checker@tierwise.local', false]);
    lines = (await api.viewer.request(CustomerCreditLinesDocument, { id: good.customerId })).Customer.creditLines;
    expect(lines[0].creditLimit).toBe('57500.00');
    expect(lines[0].history.map((h) => [h.status, h.toLimit])).toEqual([['APPLIED', '57500.00']]);
    const rejected = (await api.checker.request(RejectCreditLimitChangeDocument, { id: cut.id, version: cut.version, note: '客户已补足还款' }))
      .rejectCreditLimitChange;
    expect(rejected.status).toBe('REJECTED');
    expect((await api.viewer.request(CustomerCreditLinesDocument, { id: late.customerId })).Customer.creditLines[0].creditLimit).toBe('40000.00');
    const twice = await api.checker.raw(ApproveCreditLimitChangeDocument, { id: cut.id, version: rejected.version });
    expect(twice.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ code: 'NOT_PROPOSED' })]);

    // The customer was told once, through the campaign, with the new limit (consent and the contact policy applied).
    const told = await api.dataSource.manager.findBy(OutreachMessage, { campaignId: campaign.id });
    expect(told.map((m) => [m.customerId, m.status, m.dedupeKey])).toEqual([[good.customerId, 'SENT', `credit_limit:${raise.id}:SMS`]]);
    expect(told[0].body).toContain('57,500.00');
    // The review's sweep tells no one twice.
    await review(now);
    expect(await api.dataSource.manager.countBy(OutreachMessage, { campaignId: campaign.id })).toBe(1);
  });

  it('lets a person propose a limit that another decides, and refuses a stale or self decision', async () => {
    const line = await openLine('CL-MANUAL', '30000');
    const bad = await api.pm.raw(ProposeCreditLimitDocument, { creditLineId: line.id, toLimit: '30000', note: '同额' });
    expect(bad.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'toLimit', code: 'INVALID_AMOUNT' })]);
    const byChecker = (await api.checker.request(ProposeCreditLimitDocument, { creditLineId: line.id, toLimit: '45000', note: '客户收入证明更新' }))
      .proposeCreditLimit;
    expect([byChecker.status, byChecker.reason]).toEqual(['PROPOSED', { code: 'MANUAL', params: { note: '客户收入证明更新' } }]);
    const self = await api.checker.raw(ApproveCreditLimitChangeDocument, { id: byChecker.id, version: byChecker.version });
    expect([self.errors?.[0].extensions?.code, self.errors?.[0].extensions?.reason]).toEqual(['FORBIDDEN', 'SELF_APPROVAL']);
    // One open proposal per line at a time.
    const second = await api.pm.raw(ProposeCreditLimitDocument, { creditLineId: line.id, toLimit: '50000', note: '再提一次' });
    expect(second.errors?.[0].extensions?.code).toBe('CONFLICT');
    // The review leaves a line with a waiting change alone.
    await api.pm.request(RecordCreditConductDocument, { items: [{ creditLineId: line.id, onTimeMonths: 24, overdueLast12: 0 }] });
    await review();
    expect((await pendingOf(line.id)).map((c) => c.id)).toEqual([byChecker.id]);
    // A viewer may not propose.
    expect((await api.viewer.raw(ProposeCreditLimitDocument, { creditLineId: line.id, toLimit: '1000', note: 'x' })).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
  });
});
