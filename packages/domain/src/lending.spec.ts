import {
  combinedSchedule,
  creditLimitProposal,
  CreditRuleCondition as C,
  equalInstalment,
  loanSchedule,
  loanTermsViolations,
  RepaymentMethod,
  type CreditLineFacts,
  type CreditRule,
} from './lending';

const sum = (xs: string[]) => xs.reduce((s, x) => s + Math.round(Number(x) * 100), 0) / 100;

describe('loan schedules, exact to the fen', () => {
  // Published examples (the figures bank and mortgage calculators print for these terms).
  it.each([
    ['1000000', '4.9', 360, '5307.27'], // 100万 30 年 4.9% 等额本息
    ['1000000', '4.9', 240, '6544.44'], // 100万 20 年
    ['1000000', '4.1', 360, '4831.98'], // 100万 30 年 4.1%
    ['100000', '4.35', 12, '8530.99'], // 10万 1 年 4.35%
    ['120000', '0', 12, '10000.00'], // interest-free
  ])('lends %s at %s%% over %i months for %s a month', (principal, rate, months, instalment) => {
    expect(equalInstalment(principal, rate, months)).toBe(instalment);
  });

  it('repays exactly the principal: every month the level instalment, the last one the balance left', () => {
    const s = loanSchedule({ principal: '1000000', annualRate: '4.9', months: 360, method: RepaymentMethod.EQUAL_INSTALMENT });
    expect(s.lines).toHaveLength(360);
    expect(new Set(s.lines.slice(0, 359).map((l) => l.instalment))).toEqual(new Set(['5307.27']));
    expect(s.lines[0]).toEqual({ month: 1, instalment: '5307.27', principal: '1223.94', interest: '4083.33', balance: '998776.06' });
    expect(s.lines[359].balance).toBe('0.00');
    expect(sum(s.lines.map((l) => l.principal))).toBe(1000000);
    expect(s.totalInterest).toBe(String(sum(s.lines.map((l) => l.interest)).toFixed(2)));
    expect(s.totalRepaid).toBe((1000000 + Number(s.totalInterest)).toFixed(2));
  });

  it('with equal principal, the instalment starts higher and falls by the interest on one month of principal', () => {
    const s = loanSchedule({ principal: '1000000', annualRate: '4.9', months: 360, method: RepaymentMethod.EQUAL_PRINCIPAL });
    expect([s.lines[0].instalment, s.lines[1].instalment]).toEqual(['6861.11', '6849.77']); // 2,777.78 + 4,083.33, then 11.34 less
    expect(s.lines[0].principal).toBe('2777.78');
    expect(s.lines[359].balance).toBe('0.00');
    expect(sum(s.lines.map((l) => l.principal))).toBe(1000000);
    // Less interest in total than equal instalments over the same term.
    expect(Number(s.totalInterest)).toBeLessThan(
      Number(loanSchedule({ principal: '1000000', annualRate: '4.9', months: 360, method: RepaymentMethod.EQUAL_INSTALMENT }).totalInterest),
    );
  });

  it('shows a business loan and a consumer loan as one schedule: each part, and their sum month by month', () => {
    const c = combinedSchedule([
      { kind: 'BUSINESS', principal: '500000', annualRate: '3.85', months: 36, method: RepaymentMethod.EQUAL_INSTALMENT },
      { kind: 'CONSUMER', principal: '200000', annualRate: '4.2', months: 60, method: RepaymentMethod.EQUAL_INSTALMENT },
    ]);
    const business = equalInstalment('500000', '3.85', 36);
    const consumer = equalInstalment('200000', '4.2', 60);
    expect(c.combined).toHaveLength(60);
    expect(c.combined[0].instalment).toBe((Number(business) + Number(consumer)).toFixed(2));
    expect(c.combined[36].instalment).toBe(consumer); // month 37: the business part is repaid
    expect(c.peakInstalment).toBe(Math.max(...c.combined.map((m) => Number(m.instalment))).toFixed(2)); // a part's last month takes the rest
    expect(c.combined[59].balance).toBe('0.00');
    expect(c.totalInterest).toBe((Number(c.parts[0].totalInterest) + Number(c.parts[1].totalInterest)).toFixed(2));
  });

  it('refuses terms that cannot be scheduled, naming the field', () => {
    expect(loanTermsViolations({ principal: '-1', annualRate: '4.9', months: 12, method: RepaymentMethod.EQUAL_INSTALMENT }).map((v) => v.field)).toEqual([
      'principal',
    ]);
    expect(loanTermsViolations({ principal: '1000', annualRate: '40', months: 0, method: RepaymentMethod.EQUAL_INSTALMENT }).map((v) => v.field)).toEqual([
      'annualRate',
      'months',
    ]);
    expect(() => loanSchedule({ principal: '1000.001', annualRate: '4', months: 12, method: RepaymentMethod.EQUAL_PRINCIPAL })).toThrow(/2 decimals/);
  });
});

describe('credit limits that adjust by rule', () => {
  const rule = (over: Partial<CreditRule>): CreditRule => ({
    id: 'r',
    code: 'R',
    condition: C.TIER,
    threshold: '0',
    tierIds: [],
    changePercent: '10',
    minLimit: null,
    maxLimit: null,
    priority: 1,
    ...over,
  });
  const line = (over: Partial<CreditLineFacts> = {}): CreditLineFacts => ({
    limit: '50000',
    tierId: 'gold',
    onTimeMonths: 0,
    overdueLast12: 0,
    income: null,
    incomeAtReview: null,
    ...over,
  });

  it('raises by the percent, rounded down to a hundred yuan, and no further than the rule allows', () => {
    const onTime = rule({ id: 'on', code: 'ON-TIME-12', condition: C.ON_TIME_MONTHS, threshold: '12', changePercent: '15', maxLimit: '80000' });
    expect(creditLimitProposal(line({ onTimeMonths: 11 }), [onTime])).toBeNull();
    // 50,000 × 1.15 = 57,500; 53,333 × 1.15 = 61,332.95 → 61,300; 75,000 × 1.15 = 86,250 → the 80,000 cap.
    expect(creditLimitProposal(line({ onTimeMonths: 12 }), [onTime])).toEqual({
      ruleId: 'on',
      fromLimit: '50000.00',
      toLimit: '57500.00',
      reason: { code: 'CREDIT_RULE_ON_TIME_MONTHS', params: { rule: 'ON-TIME-12', changePercent: '15', months: '12' } },
    });
    expect(creditLimitProposal(line({ limit: '53333', onTimeMonths: 12 }), [onTime])!.toLimit).toBe('61300.00');
    expect(creditLimitProposal(line({ limit: '75000', onTimeMonths: 12 }), [onTime])!.toLimit).toBe('80000.00');
    // Already at the cap: nothing to propose.
    expect(creditLimitProposal(line({ limit: '80000', onTimeMonths: 24 }), [onTime])).toBeNull();
  });

  it('cuts first: a late payer is not raised for their tier, and the deepest cut wins', () => {
    const tier = rule({ id: 't', code: 'GOLD-UP', condition: C.TIER, tierIds: ['gold'], changePercent: '20' });
    const late = rule({ id: 'l', code: 'LATE-2', condition: C.OVERDUE, threshold: '2', changePercent: '-30', minLimit: '5000' });
    const later = rule({ id: 'l2', code: 'LATE-4', condition: C.OVERDUE, threshold: '4', changePercent: '-60', minLimit: '5000' });
    expect(creditLimitProposal(line(), [tier, late, later])!.toLimit).toBe('60000.00');
    expect(creditLimitProposal(line({ tierId: 'silver' }), [tier, late, later])).toBeNull();
    expect(creditLimitProposal(line({ overdueLast12: 2 }), [tier, late, later])!.toLimit).toBe('35000.00');
    expect(creditLimitProposal(line({ overdueLast12: 5 }), [tier, late, later])).toMatchObject({ ruleId: 'l2', toLimit: '20000.00' });
    // The floor: 6,000 cut by 60% is 2,400, kept at 5,000; already at the floor: nothing.
    expect(creditLimitProposal(line({ limit: '6000', overdueLast12: 5 }), [later])!.toLimit).toBe('5000.00');
    expect(creditLimitProposal(line({ limit: '5000', overdueLast12: 5 }), [later])).toBeNull();
  });

  it('follows declared income up or down from what it was when the limit was set', () => {
    const up = rule({ id: 'up', code: 'INCOME-UP', condition: C.INCOME_CHANGE, threshold: '20', changePercent: '10' });
    const down = rule({ id: 'down', code: 'INCOME-DOWN', condition: C.INCOME_CHANGE, threshold: '-25', changePercent: '-20' });
    expect(creditLimitProposal(line({ income: '240000', incomeAtReview: '200000' }), [up, down])).toMatchObject({
      toLimit: '55000.00',
      reason: { params: { incomeChange: '20.0', changePercent: '10' } },
    });
    expect(creditLimitProposal(line({ income: '239999', incomeAtReview: '200000' }), [up, down])).toBeNull();
    expect(creditLimitProposal(line({ income: '150000', incomeAtReview: '200000' }), [up, down])).toMatchObject({ ruleId: 'down', toLimit: '40000.00' });
    expect(creditLimitProposal(line({ income: '150000', incomeAtReview: null }), [up, down])).toBeNull();
  });
});
