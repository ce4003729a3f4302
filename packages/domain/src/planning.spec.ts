import { educationInputViolations, educationPlan, retirementInputViolations, retirementPlan, type RetirementInput } from './planning';

const retirement = (over: Partial<RetirementInput>): RetirementInput => ({
  currentAge: 30,
  retirementAge: 60,
  lifeExpectancy: 85,
  currentSavings: '0',
  monthlyContribution: '0',
  expectedReturn: '6',
  inflation: '0',
  desiredMonthlyIncome: '0',
  ...over,
});

describe('retirement calculator', () => {
  it('grows 1,000 a month at 6% for 10 years to 163,879.35 (the textbook future value of an annuity)', () => {
    const plan = retirementPlan(retirement({ currentAge: 50, retirementAge: 60, monthlyContribution: '1000' }));
    expect(plan.projectedPot).toBe('163879.35');
  });

  it('prices 1,000 a month for 30 years at 6% with no inflation at 166,791.61 (the textbook present value)', () => {
    const plan = retirementPlan(retirement({ retirementAge: 60, lifeExpectancy: 90, desiredMonthlyIncome: '1000' }));
    expect(plan).toMatchObject({ requiredPot: '166791.61', monthlyIncomeAtRetirement: '1000.00', yearsInRetirement: 30 });
  });

  it('grows the desired income by inflation to the retirement date, and prices a rising income', () => {
    const flat = retirementPlan(retirement({ currentAge: 40, retirementAge: 60, desiredMonthlyIncome: '10000', inflation: '0' }));
    const rising = retirementPlan(retirement({ currentAge: 40, retirementAge: 60, desiredMonthlyIncome: '10000', inflation: '3' }));
    expect(rising.monthlyIncomeAtRetirement).toBe('18061.11'); // 10,000 × 1.03^20
    expect(Number(rising.requiredPot)).toBeGreaterThan(Number(flat.requiredPot) * 1.8061);
  });

  it('when return equals inflation, the pot needed is the payments discounted by one month', () => {
    const plan = retirementPlan(
      retirement({ currentAge: 60, retirementAge: 60, lifeExpectancy: 61, desiredMonthlyIncome: '1200', expectedReturn: '3', inflation: '3' }),
    );
    expect(plan.requiredPot).toBe('14364.09'); // 1,200 × 12 / 1.0025
  });

  it('suggests the additional saving that closes the gap, rounded up to the cent (worked out independently)', () => {
    // Computed apart from the code, with 50-digit decimals, r = 4.5%/12, g = 2.5%/12, n = 300 months, 300 payments:
    //   projected = 200,000·(1+r)^n + 2,000·((1+r)^n − 1)/r                     = 1,720,744.52
    //   income    = 8,000·1.025^25                                               = 14,831.55 a month
    //   required  = income·(1 − ((1+g)/(1+r))^300)/(r − g)                        = 3,493,603.26
    //   saving    = (required − projected)·r/((1+r)^n − 1) = 3,205.9044 → up to    3,205.91
    const plan = retirementPlan(
      retirement({
        currentAge: 35,
        retirementAge: 60,
        currentSavings: '200000',
        monthlyContribution: '2000',
        desiredMonthlyIncome: '8000',
        inflation: '2.5',
        expectedReturn: '4.5',
      }),
    );
    expect(plan).toEqual({
      yearsToRetirement: 25,
      yearsInRetirement: 25,
      monthlyIncomeAtRetirement: '14831.55',
      projectedPot: '1720744.52',
      requiredPot: '3493603.26',
      gap: '1772858.74',
      additionalMonthlySaving: '3205.91',
    });
  });

  it('reports no gap and no extra saving when the plan is on track', () => {
    expect(retirementPlan(retirement({ currentSavings: '10000000', desiredMonthlyIncome: '5000' }))).toMatchObject({
      gap: '0.00',
      additionalMonthlySaving: '0.00',
    });
  });

  it('has nothing to suggest saving when retirement is today and there is a gap', () => {
    expect(retirementPlan(retirement({ currentAge: 60, retirementAge: 60, desiredMonthlyIncome: '5000' })).additionalMonthlySaving).toBeNull();
  });

  it.each([
    [{ currentAge: 15 }, 'currentAge'],
    [{ retirementAge: 25 }, 'retirementAge'],
    [{ lifeExpectancy: 60 }, 'lifeExpectancy'],
    [{ currentSavings: '-1' }, 'currentSavings'],
    [{ monthlyContribution: '1.234' }, 'monthlyContribution'],
    [{ expectedReturn: '31' }, 'expectedReturn'],
    [{ inflation: 'abc' }, 'inflation'],
  ])('refuses %p', (over, field) => {
    expect(retirementInputViolations(retirement(over as Partial<RetirementInput>)).map((v) => v.field)).toEqual([field]);
  });
});

describe('education-fund calculator', () => {
  const base = { childAge: 8, startAge: 18, annualCostToday: '100000', yearsOfStudy: 4, educationInflation: '5', expectedReturn: '6', currentSavings: '0' };

  it('inflates the cost to the start and sums the years of study, discounting later years at the return', () => {
    expect(educationPlan(base)).toMatchObject({ yearsToStart: 10, firstYearCost: '162889.46', amountNeededAtStart: '642395.54' });
    expect(educationPlan({ ...base, expectedReturn: '0' }).amountNeededAtStart).toBe('702073.95');
  });

  it('with no growth, spreads the cost evenly over the months left', () => {
    expect(educationPlan({ ...base, educationInflation: '0', expectedReturn: '0' })).toMatchObject({
      amountNeededAtStart: '400000.00',
      monthlySavingNeeded: '3333.34',
    }); // 3,333.33 a month would fall 0.40 short
  });

  it('counts what is already saved, grown to the start', () => {
    const plan = educationPlan({ ...base, educationInflation: '0', expectedReturn: '6', currentSavings: '100000' });
    expect(plan.projectedSavings).toBe('181939.67'); // 100,000 × 1.005^120
    const fixed = Number(plan.monthlySavingNeeded);
    const grown = (monthlySaving: number) => 100000 * 1.005 ** 120 + (monthlySaving * (1.005 ** 120 - 1)) / 0.005;
    expect(grown(fixed)).toBeGreaterThanOrEqual(Number(plan.amountNeededAtStart));
    expect(grown(fixed - 0.01)).toBeLessThan(Number(plan.amountNeededAtStart));
  });

  it('refuses a start before the child’s age and an empty course', () => {
    expect(educationInputViolations({ ...base, startAge: 5, yearsOfStudy: 0 }).map((v) => v.field)).toEqual(['startAge', 'yearsOfStudy']);
  });
});
