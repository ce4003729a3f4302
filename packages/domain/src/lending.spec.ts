import { combinedSchedule, equalInstalment, loanSchedule, loanTermsViolations, RepaymentMethod } from './lending';

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
