import { ProductType, RiskLevel } from './enums';
import {
  allocationByRisk,
  planLineViolations,
  productRole,
  projectProposal,
  ProposalRole as Role,
  ProposalStatus,
  proposalTransitionViolation,
  suggestDraft,
  termMonthsOf,
  type DraftCandidate,
  type PlanProduct,
} from './proposals';

describe('the projected outcome of a proposal', () => {
  it('grows each line by its return range to the horizon, and deflates it to today’s money', () => {
    // A 10-year plan: 1,000,000 in a fixed-income core (3–4%), 500,000 in equities (−5% … +11%), inflation 2%.
    const p = projectProposal(
      [
        { amount: '1000000', returnLow: '3', returnHigh: '4' },
        { amount: '500000', returnLow: '-5', returnHigh: '11' },
      ],
      10,
      '2',
      '2000000',
    );
    expect(p).toEqual({
      invested: '1500000.00',
      low: '1643284.85',
      expected: '2082556.95',
      high: '2899954.78',
      lowReal: '1348065.93',
      expectedReal: '1708422.05',
      highReal: '2378972.97',
      reachesTarget: true,
    });
  });

  it('refuses a range upside down or a horizon that is not whole years', () => {
    expect(() => projectProposal([{ amount: '1', returnLow: '5', returnHigh: '1' }], 10, '2')).toThrow(/low to high/);
    expect(() => projectProposal([], 0, '2')).toThrow(/horizon/);
    expect(projectProposal([], 5, '2').reachesTarget).toBeNull();
  });
});

describe('the first draft of a proposal', () => {
  const product = (productId: string, role: Role, riskLevel: number, over: Partial<DraftCandidate> = {}): DraftCandidate => ({
    productId,
    role,
    riskLevel,
    minInvestment: '1',
    termMonths: null,
    isPrivateFund: false,
    suitable: true,
    expectedReturn: String(riskLevel * 1.5),
    ...over,
  });
  const catalogue = [
    product('MMF', Role.LIQUIDITY, 1),
    product('BOND', Role.CORE, 2),
    product('CD-5Y', Role.CORE, 1, { termMonths: 60, expectedReturn: '2.6' }),
    product('ANNUITY-15Y', Role.CORE, 1, { termMonths: 180, expectedReturn: '9' }),
    product('DIV-FUND', Role.INCOME, 3),
    product('EQUITY', Role.GROWTH, 4),
    product('PE', Role.GROWTH, 5, { isPrivateFund: true, minInvestment: '100000', expectedReturn: '12' }),
    product('CRITICAL', Role.PROTECTION, 1, { minInvestment: '50000' }),
    product('UNSUITABLE', Role.INCOME, 2, { suitable: false, expectedReturn: '20' }),
  ];

  it('spreads a C4 investor’s money by role, never above the level, never a term beyond the horizon', () => {
    const d = suggestDraft({ investable: '2000000', horizonYears: 10, liquidityPercent: 0, customerRiskLevel: 4 }, catalogue);
    expect(d.lines).toEqual([
      { productId: 'MMF', role: 'LIQUIDITY', amount: '200000.00' },
      { productId: 'BOND', role: 'CORE', amount: '600000.00' }, // the 15-year annuity is beyond the horizon
      { productId: 'DIV-FUND', role: 'INCOME', amount: '400000.00' }, // the unsuitable one pays more, and is left out
      { productId: 'EQUITY', role: 'GROWTH', amount: '600000.00' }, // the R5 private fund is above a C4's level
      { productId: 'CRITICAL', role: 'PROTECTION', amount: '200000.00' },
    ]);
    expect(d.unallocated).toBe('0.00');
  });

  it('keeps what the customer needs at hand, and a private fund only from 1,000,000 whatever the product says', () => {
    const big = suggestDraft({ investable: '10000000', horizonYears: 10, liquidityPercent: 30, customerRiskLevel: 5 }, catalogue);
    expect(big.lines.find((l) => l.role === 'LIQUIDITY')!.amount).toBe('3000000.00');
    expect(big.lines.find((l) => l.productId === 'PE')!.amount).toBe('3315789.00'); // growth's 45 of the 95 parts beside liquidity, of the 70% left
    const small = suggestDraft({ investable: '1500000', horizonYears: 10, liquidityPercent: 0, customerRiskLevel: 5 }, catalogue);
    expect(small.lines.map((l) => l.productId)).not.toContain('PE'); // 45% of 1.5 million is below the private-fund minimum
    expect(small.lines.find((l) => l.productId === 'EQUITY')!.amount).toBe('675000.00');
    const sum = (ls: { amount: string }[]) => ls.reduce((s, l) => s + Number(l.amount), 0);
    expect(sum(big.lines)).toBe(10000000);
    expect(sum(small.lines)).toBe(1500000);
  });

  it('gives a role without a product to the core, else to liquidity, and says why; with nothing allowed, leaves it unallocated', () => {
    // C1 over 3 years: no core product is allowed (the bond is R2, the CD's 5 years and the annuity's 15 are beyond the
    // horizon), and 10% protection is below the critical-illness minimum of 50,000: everything goes to liquidity.
    const d = suggestDraft({ investable: '100000', horizonYears: 3, liquidityPercent: 0, customerRiskLevel: 1 }, catalogue);
    expect(d.notes).toEqual([
      { code: 'NO_PRODUCT_FOR_ROLE', params: { role: 'CORE' } },
      { code: 'BELOW_MINIMUM', params: { role: 'PROTECTION', amount: '10000.00' } },
    ]);
    expect(d.lines).toEqual([{ productId: 'MMF', role: 'LIQUIDITY', amount: '100000.00' }]);
    expect(d.unallocated).toBe('0.00');
    const none = suggestDraft({ investable: '100000', horizonYears: 3, liquidityPercent: 0, customerRiskLevel: 1 }, []);
    expect([none.lines, none.unallocated]).toEqual([[], '100000.00']);
  });
});

describe('a plan line and its place in the plan', () => {
  it.each([
    [ProductType.MONEY_MARKET_FUND, RiskLevel.R1, Role.LIQUIDITY],
    [ProductType.DEPOSIT, RiskLevel.R1, Role.CORE],
    [ProductType.WEALTH_PRODUCT, RiskLevel.R2, Role.CORE],
    [ProductType.WEALTH_PRODUCT, RiskLevel.R3, Role.INCOME],
    [ProductType.FUND, RiskLevel.R4, Role.GROWTH],
    [ProductType.PRIVATE_FUND, RiskLevel.R3, Role.INCOME],
    [ProductType.PRIVATE_FUND, RiskLevel.R5, Role.GROWTH],
    [ProductType.INSURANCE, RiskLevel.R1, Role.PROTECTION],
    [ProductType.FAMILY_TRUST, RiskLevel.R2, Role.PROTECTION],
    [ProductType.LOAN, RiskLevel.R1, null],
    [ProductType.CREDIT_LINE, RiskLevel.R1, null],
  ])('%s %s plays %s', (type, risk, role) => expect(productRole(type, risk)).toBe(role));

  it('refuses an amount below the minimum, a private fund below 1,000,000 whatever it states, and a term past the horizon', () => {
    const codes = (amount: string, p: PlanProduct, years: number) => planLineViolations(amount, p, years).map((v) => v.code);
    expect(codes('50000', { minInvestment: '10000', termDays: 365, isPrivateFund: false }, 10)).toEqual([]);
    expect(codes('9999.99', { minInvestment: '10000', termDays: null, isPrivateFund: false }, 10)).toEqual(['BELOW_MINIMUM_INVESTMENT']);
    expect(codes('999999.99', { minInvestment: '100', termDays: null, isPrivateFund: true }, 10)).toEqual(['BELOW_PRIVATE_PLACEMENT_MINIMUM']);
    expect(codes('1000000', { minInvestment: '100', termDays: null, isPrivateFund: true }, 10)).toEqual([]);
    // 3 years and a day is 37 months: past a 3-year horizon; exactly 36 months is not.
    expect(codes('1000', { minInvestment: null, termDays: 1096, isPrivateFund: false }, 3)).toEqual(['TERM_BEYOND_HORIZON']);
    expect(codes('1000', { minInvestment: null, termDays: 1080, isPrivateFund: false }, 3)).toEqual([]);
    expect(codes('0', { minInvestment: null, termDays: null, isPrivateFund: false }, 3)).toEqual(['INVALID_AMOUNT']);
    expect([termMonthsOf(95), termMonthsOf(1095), termMonthsOf(3650), termMonthsOf(3651), termMonthsOf(null)]).toEqual([4, 36, 120, 121, null]);
  });

  it('allocates by risk level, the shares summing to the whole', () => {
    expect(
      allocationByRisk([
        { amount: '300000', riskLevel: RiskLevel.R2 },
        { amount: '1000000', riskLevel: RiskLevel.R4 },
        { amount: '200000', riskLevel: RiskLevel.R2 },
      ]),
    ).toEqual([
      { riskLevel: 'R2', amount: '500000.00', percent: '33.33' },
      { riskLevel: 'R4', amount: '1000000.00', percent: '66.67' },
    ]);
    expect(allocationByRisk([])).toEqual([]);
  });

  it('moves a proposal only draft → presented → accepted / declined / expired', () => {
    expect(proposalTransitionViolation(ProposalStatus.DRAFT, ProposalStatus.PRESENTED)).toBeNull();
    expect(proposalTransitionViolation(ProposalStatus.PRESENTED, ProposalStatus.ACCEPTED)).toBeNull();
    expect(proposalTransitionViolation(ProposalStatus.DRAFT, ProposalStatus.ACCEPTED)?.code).toBe('PROPOSAL_TRANSITION');
    expect(proposalTransitionViolation(ProposalStatus.ACCEPTED, ProposalStatus.DECLINED)?.code).toBe('PROPOSAL_TRANSITION');
    expect(proposalTransitionViolation(ProposalStatus.EXPIRED, ProposalStatus.ACCEPTED)?.code).toBe('PROPOSAL_TRANSITION');
  });
});
