import {
  AcceptProposalDocument,
  AssignCustomersToAdvisorDocument,
  CreateUserDocument,
  createTierwiseClient,
  PlanProductsDocument,
  AllProductsDocument,
  CreateCustomerDocument,
  CreateCustomerGoalDocument,
  CustomerOrdersDocument,
  CustomerPlansDocument,
  DeclineProposalDocument,
  DraftLoanProposalDocument,
  DraftProposalDocument,
  PlanLineCheckDocument,
  PresentProposalDocument,
  ProposalByIdDocument,
  ProposalSummaryDocument,
  ReviseProposalDocument,
  SetProductsStatusDocument,
  SetProposalLinesDocument,
  type ProposalFieldsFragment,
} from '@tierwise/client';
import { equalInstalment, loanSchedule, RepaymentMethod } from '@tierwise/domain';
import { systemContext } from '../src/common/context';
import { WealthPlanningService } from '../src/modules/wealth-planning';
import { assess, databaseKinds, publishR4Warning, startTestApi, type TestApi } from '../test-utils/harness';

/** Goals and bespoke proposals (issue 17): the draft, live checks, presenting, acceptance through the point of sale. */
describe.each(databaseKinds())('goals and proposals on %s', (kind) => {
  let api: TestApi;
  let products: Map<string, { id: string; riskLevel: string; minInvestment?: string | null; termDays?: number | null }>;
  const code = (id: string) => [...products.entries()].find(([, p]) => p.id === id)![0];
  beforeAll(async () => {
    api = await startTestApi(kind, __filename);
    products = new Map((await api.viewer.request(AllProductsDocument, { perPage: 100 })).allProducts.map((p) => [p.code, p]));
  });
  afterAll(() => api.close());

  const hnwCustomer = async (ref: string, level: 'C2' | 'C3' | 'C4' | 'C5', aum = '30000000') => {
    const id = (await api.pm.request(CreateCustomerDocument, { externalRef: ref, name: '高净值客户', aum, birthDate: '1968-05-20T00:00:00.000Z' }))
      .createCustomer.id;
    await assess(api, { [ref]: level });
    return id;
  };
  const wealthTransfer = async (customerId: string) =>
    (
      await api.pm.request(CreateCustomerGoalDocument, {
        customerId,
        kind: 'WEALTH_TRANSFER',
        targetAmount: '40000000',
        horizonYears: 10,
        priority: 1,
        liquidityPercent: 10,
        note: '十年内把家族资产稳妥传给子女',
      })
    ).createCustomerGoal;
  const line = (c: string, amount: string) => ({ productId: products.get(c)!.id, amount });
  const codes = (errors?: readonly { extensions?: Record<string, unknown> }[]) =>
    (errors?.[0]?.extensions?.fields as { field: string; code: string }[] | undefined)?.map((f) => `${f.field}:${f.code}`);

  it('drafts a plan within the level, the horizon and each minimum, projects it, and accepts it into orders through the point of sale', async () => {
    const customerId = await hnwCustomer('PLAN-HNW-1', 'C4');
    const goal = await wealthTransfer(customerId);
    expect(goal).toMatchObject({ source: 'INTERVIEW', needId: null, horizonYears: 10 });
    const draft = (await api.pm.request(DraftProposalDocument, { goalId: goal.id, investable: '20000000', inflation: '2' })).draftProposal;
    expect(draft).toMatchObject({ status: 'DRAFT', revision: 1, kind: 'INVESTMENT' });
    // The suggestion: never above C4 (no R5 private equity), no term past 10 years, each minimum met, 10% kept liquid.
    expect(draft.lines.length).toBeGreaterThan(2);
    for (const l of draft.lines) {
      expect(Number(l.riskLevel.slice(1))).toBeLessThanOrEqual(4);
      expect(l.termMonths ?? 0).toBeLessThanOrEqual(120);
      expect(Number(l.amount)).toBeGreaterThanOrEqual(Number(products.get(code(l.productId))!.minInvestment ?? 0));
      expect(l.check).toMatchObject({ allowed: true, gate: 'ALLOWED', violations: [] });
    }
    expect(draft.lines.map((l) => code(l.productId))).not.toContain('PE-001');
    expect(draft.lines.reduce((s, l) => s + Number(l.amount), 0)).toBe(20000000);
    const liquid = draft.lines.filter((l) => l.role === 'LIQUIDITY').reduce((s, l) => s + Number(l.amount), 0);
    expect(liquid).toBe(2000000);
    expect(draft.projection).toMatchObject({ invested: '20000000.00' });
    expect(Number(draft.projection!.low)).toBeLessThanOrEqual(Number(draft.projection!.expected));
    expect(Number(draft.projection!.expectedReal)).toBeLessThan(Number(draft.projection!.expected));
    expect(draft.allocation.reduce((s, a) => s + Number(a.percent), 0)).toBeCloseTo(100, 1);

    // The banker checks lines live: the private fund above C4 needs the warning; below 1,000,000 it is refused outright.
    const pe = await api.pm.request(PlanLineCheckDocument, { goalId: goal.id, productId: products.get('PE-001')!.id, amount: '1500000' });
    expect(pe.planLineCheck).toMatchObject({ allowed: false, gate: 'WARNING_REQUIRED', violations: [] });
    expect(pe.planLineCheck.reasons.map((r) => r.code)).toContain('RISK_LEVEL_EXCEEDED');
    const small = await api.pm.request(PlanLineCheckDocument, { goalId: goal.id, productId: products.get('PE-001')!.id, amount: '999999.99' });
    expect(small.planLineCheck.violations).toEqual([expect.objectContaining({ code: 'BELOW_PRIVATE_PLACEMENT_MINIMUM' })]);

    // The banker's plan: the family trust for the transfer, a private fund line too small, then mended.
    const edited = [
      line('MMF-001', '2000000'),
      line('TRUST-FAM-001', '10000000'),
      line('FUND-BOND-001', '5000000'),
      line('FUND-EQ-001', '2000000'),
      line('PE-001', '999999.99'),
    ];
    let p = (await api.pm.request(SetProposalLinesDocument, { id: draft.id, version: draft.version, lines: edited })).setProposalLines;
    expect(p.lines[4].check.violations).toEqual([expect.objectContaining({ code: 'BELOW_PRIVATE_PLACEMENT_MINIMUM' })]);
    const refused = await api.pm.raw(PresentProposalDocument, { id: p.id, version: p.version });
    expect(codes(refused.errors)).toEqual(['lines.4:LINE_NOT_ALLOWED']);
    // A stale version changes nothing.
    const stale = await api.pm.raw(SetProposalLinesDocument, { id: p.id, version: draft.version, lines: edited });
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    p = (await api.pm.request(SetProposalLinesDocument, { id: p.id, version: p.version, lines: [...edited.slice(0, 4), line('PE-001', '1000000')] }))
      .setProposalLines;
    // Above the level with no special warning published: the point of sale could not sell it; present it once one is.
    await publishR4Warning(api, products.get('PE-001')!.id);
    p = (await api.pm.request(PresentProposalDocument, { id: p.id, version: p.version })).presentProposal;
    expect(p.status).toBe('PRESENTED');
    expect(new Date(p.validUntil!).getTime() - new Date(p.presentedAt!).getTime()).toBe(30 * 86_400_000);
    const frozen = await api.pm.raw(SetProposalLinesDocument, { id: p.id, version: p.version, lines: edited.slice(0, 2) });
    expect(codes(frozen.errors)).toEqual(['id:NOT_A_DRAFT']);

    // The summary for the meeting, both languages; the special warning of the line above the level is in it.
    const html = (await api.viewer.request(ProposalSummaryDocument, { id: p.id })).Proposal.summaryHtml;
    expect(html).toContain('<section lang="zh-CN">');
    expect(html).toContain('<section lang="en">');
    expect(html).toContain('传承家族信托（十年）');
    expect(html).toContain('10,000,000.00');
    expect(html).toContain('特别风险提示');
    expect(html).toContain('本产品风险等级 R4');
    expect(html).not.toContain('高净值客户'); // the name is masked
    const english = (await api.viewer.request(ProposalSummaryDocument, { id: p.id, language: 'en' })).Proposal.summaryHtml;
    expect(english).not.toContain('<section lang="zh-CN">');
    expect(english).toContain('Special risk warnings');

    // Accepted: each of the five lines an order through the point of sale — the R5 line waits for its special warning.
    const accepted = (await api.pm.request(AcceptProposalDocument, { id: p.id, version: p.version })).acceptProposal;
    expect(accepted).toMatchObject({ status: 'ACCEPTED', decidedBy: 'pm@tierwise.local' });
    const orders = (await api.viewer.request(CustomerOrdersDocument, { id: customerId })).Customer.orders;
    expect(orders).toHaveLength(5);
    expect(accepted.lines.every((l) => orders.some((o) => o.id === l.orderId && o.productId === l.productId && o.amount === l.amount))).toBe(true);
    const byProduct = new Map(orders.map((o) => [code(o.productId), o.status]));
    expect(byProduct.get('PE-001')).toBe('AWAITING_WARNING_CONFIRMATION');
    expect(byProduct.get('TRUST-FAM-001')).toBe('DRAFT');
    if (process.env.SHOW_EVIDENCE) console.log(JSON.stringify({ draft: summary(draft), accepted: summary(accepted) }, null, 1));
  });

  it('refuses an acceptance the point of sale refuses, placing nothing; declines, revises, and expires the earlier presented revision', async () => {
    const customerId = await hnwCustomer('PLAN-HNW-2', 'C3');
    const goal = await wealthTransfer(customerId);
    const draft = (await api.pm.request(DraftProposalDocument, { goalId: goal.id, investable: '3000000' })).draftProposal;
    let p = (
      await api.pm.request(SetProposalLinesDocument, {
        id: draft.id,
        version: draft.version,
        lines: [line('MMF-001', '300000'), line('FUND-BOND-001', '1700000'), line('FUND-BAL-001', '1000000')],
      })
    ).setProposalLines;
    p = (await api.pm.request(PresentProposalDocument, { id: p.id, version: p.version })).presentProposal;
    // The balanced fund is suspended after the meeting: the point of sale refuses it, so the acceptance changes nothing.
    await api.pm.request(SetProductsStatusDocument, { ids: [products.get('FUND-BAL-001')!.id], status: 'SUSPENDED' });
    const refused = await api.pm.raw(AcceptProposalDocument, { id: p.id, version: p.version });
    expect(codes(refused.errors)).toEqual(['lines.2:LINE_NOT_ALLOWED']);
    expect((await api.viewer.request(CustomerOrdersDocument, { id: customerId })).Customer.orders).toHaveLength(0);
    await api.pm.request(SetProductsStatusDocument, { ids: [products.get('FUND-BAL-001')!.id], status: 'ACTIVE' });

    // A new revision, presented: the first expires; the second is declined, with its reason.
    const second = (await api.pm.request(ReviseProposalDocument, { id: p.id })).reviseProposal;
    expect([second.revision, second.status, second.lines.length]).toEqual([2, 'DRAFT', 3]);
    const shown = (await api.pm.request(PresentProposalDocument, { id: second.id, version: second.version })).presentProposal;
    const plans = (await api.viewer.request(CustomerPlansDocument, { id: customerId })).Customer;
    expect(plans.proposals.map((x) => [x.revision, x.status]).sort()).toEqual([
      [1, 'EXPIRED'],
      [2, 'PRESENTED'],
    ]);
    const expired = plans.proposals.find((x) => x.revision === 1)!;
    expect(codes((await api.pm.raw(AcceptProposalDocument, { id: expired.id, version: expired.version })).errors)).toEqual(['status:PROPOSAL_TRANSITION']);
    const declined = (await api.pm.request(DeclineProposalDocument, { id: shown.id, version: shown.version, reason: '客户希望先与家人商量' })).declineProposal;
    expect([declined.status, declined.declineReason]).toEqual(['DECLINED', '客户希望先与家人商量']);
    // A viewer reads plans but never changes them.
    expect((await api.viewer.raw(ReviseProposalDocument, { id: shown.id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('builds a combined business + consumer loan with one schedule, exact to the fen, and accepts it into two orders', async () => {
    const customerId = await hnwCustomer('PLAN-BIZ-1', 'C3');
    const goal = (
      await api.pm.request(CreateCustomerGoalDocument, {
        customerId,
        kind: 'BUSINESS_FINANCING',
        targetAmount: '1200000',
        horizonYears: 3,
        priority: 2,
        liquidityPercent: 0,
      })
    ).createCustomerGoal;
    const parts = [
      {
        productId: products.get('LOAN-BIZ-001')!.id,
        purpose: 'BUSINESS',
        principal: '1000000',
        annualRate: '4.35',
        months: 36,
        method: 'EQUAL_INSTALMENT' as const,
      },
      {
        productId: products.get('CL-001')!.id,
        purpose: 'CONSUMER',
        principal: '200000',
        annualRate: '6',
        months: 24,
        method: 'EQUAL_PRINCIPAL' as const,
      },
    ];
    const wrong = await api.pm.raw(DraftLoanProposalDocument, { goalId: goal.id, parts: [{ ...parts[0], productId: products.get('FUND-BOND-001')!.id }] });
    expect(codes(wrong.errors)).toEqual(['parts.0.productId:WRONG_PRODUCT_KIND']);
    const loan = (await api.pm.request(DraftLoanProposalDocument, { goalId: goal.id, parts })).draftLoanProposal;
    const business = equalInstalment('1000000', '4.35', 36);
    const consumer = loanSchedule({ principal: '200000', annualRate: '6', months: 24, method: RepaymentMethod.EQUAL_PRINCIPAL });
    expect(loan.investable).toBe('1200000.00');
    expect(loan.schedule!.parts.map((x) => [x.kind, x.firstInstalment])).toEqual([
      ['BUSINESS', business],
      ['CONSUMER', consumer.firstInstalment],
    ]);
    expect(loan.schedule!.combined[0].instalment).toBe(
      ((Math.round(Number(business) * 100) + Math.round(Number(consumer.firstInstalment) * 100)) / 100).toFixed(2),
    );
    expect(loan.schedule!.combined).toHaveLength(36);
    expect(loan.schedule!.combined[35].balance).toBe('0.00');
    const shown = (await api.pm.request(PresentProposalDocument, { id: loan.id, version: loan.version })).presentProposal;
    const html = (await api.viewer.request(ProposalSummaryDocument, { id: shown.id, language: 'zh' })).Proposal.summaryHtml;
    expect(html).toContain('经营贷');
    expect(html).toContain('消费贷');
    await api.pm.request(AcceptProposalDocument, { id: shown.id, version: shown.version });
    const orders = (await api.viewer.request(CustomerOrdersDocument, { id: customerId })).Customer.orders;
    expect(orders.map((o) => [code(o.productId), o.amount, o.status]).sort()).toEqual([
      ['CL-001', '200000.00', 'DRAFT'],
      ['LOAN-BIZ-001', '1000000.00', 'DRAFT'],
    ]);
  });

  it('expires a presented proposal after its 30 days, once, and refuses its acceptance after them', async () => {
    const customerId = await hnwCustomer('PLAN-EXP-1', 'C3');
    const goal = await wealthTransfer(customerId);
    const draft = (await api.pm.request(DraftProposalDocument, { goalId: goal.id, investable: '1000000' })).draftProposal;
    const shown = (await api.pm.request(PresentProposalDocument, { id: draft.id, version: draft.version })).presentProposal;
    const later = new Date(new Date(shown.validUntil!).getTime() + 1000);
    const ctx = systemContext(api.dataSource, 'test');
    await expect(WealthPlanningService.accept(ctx, { id: shown.id, version: shown.version }, later)).rejects.toMatchObject({
      extensions: { fields: [expect.objectContaining({ code: 'PROPOSAL_EXPIRED' })] },
    });
    expect(await WealthPlanningService.expireDue(ctx, new Date(shown.validUntil!))).toBe(0); // not before its time
    expect(await WealthPlanningService.expireDue(ctx, later)).toBe(1);
    expect(await WealthPlanningService.expireDue(ctx, later)).toBe(0);
    expect((await api.viewer.request(ProposalByIdDocument, { id: shown.id })).Proposal.status).toBe('EXPIRED');
  });

  it("lets a private banker plan for the customers of their own portfolio, and no one else's", async () => {
    const advisor = (
      await api.admin.request(CreateUserDocument, { email: 'pb@tierwise.local', password: 'banker-password', role: 'ADVISOR', displayName: '私人银行家' })
    ).createUser;
    const mine = await hnwCustomer('PLAN-PB-MINE', 'C3');
    const theirs = await hnwCustomer('PLAN-PB-THEIRS', 'C3');
    await api.pm.request(AssignCustomersToAdvisorDocument, { customerIds: [mine], advisorId: advisor.id });
    const banker = createTierwiseClient({ url: api.url });
    await banker.login('pb@tierwise.local', 'banker-password');
    const retirement = { kind: 'RETIREMENT', targetAmount: '5000000', horizonYears: 15, priority: 1, liquidityPercent: 20 } as const;
    const goal = (await banker.request(CreateCustomerGoalDocument, { customerId: mine, ...retirement })).createCustomerGoal;
    // The banker picks from the plan's products (advisors read no catalogue) and drafts from the suggestion.
    const offered = (await banker.request(PlanProductsDocument, { goalId: goal.id })).planProducts;
    expect(offered.map((p) => p.code)).toEqual(expect.arrayContaining(['MMF-001', 'FUND-BOND-001', 'LOAN-BIZ-001']));
    expect(offered.find((p) => p.code === 'MMF-001')!.role).toBe('LIQUIDITY');
    expect(offered.find((p) => p.code === 'LOAN-BIZ-001')!.role).toBeNull();
    const draft = (await banker.request(DraftProposalDocument, { goalId: goal.id, investable: '2000000' })).draftProposal;
    expect(draft.preparedBy).toBe('pb@tierwise.local');
    // Another customer's goal looks like one that does not exist.
    const other = (await api.pm.request(CreateCustomerGoalDocument, { customerId: theirs, ...retirement })).createCustomerGoal;
    for (const call of [
      banker.raw(DraftProposalDocument, { goalId: other.id, investable: '2000000' }),
      banker.raw(PlanProductsDocument, { goalId: other.id }),
      banker.raw(CreateCustomerGoalDocument, { customerId: theirs, ...retirement }),
    ])
      expect((await call).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  const summary = (p: ProposalFieldsFragment) => ({
    revision: p.revision,
    status: p.status,
    lines: p.lines.map((l) => [code(l.productId), l.role, l.amount, l.riskLevel, `${l.returnLow}–${l.returnHigh}%`, l.check.gate]),
    allocation: p.allocation.map((a) => `${a.riskLevel} ${a.percent}%`),
    projection: p.projection,
    notes: p.draftNotes,
  });
});
