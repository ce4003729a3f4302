import { EducationPlanDocument, RetirementPlanDocument } from '@tierwise/client';
import { startTestApi, type TestApi } from '../test-utils/harness';

// Pure calculations: no database is read, so one database kind is enough.
describe('planning calculators over HTTP', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi('sqlite', __filename);
  });
  afterAll(() => api.close());

  const retirement = {
    currentAge: 50,
    retirementAge: 60,
    lifeExpectancy: 90,
    currentSavings: '0',
    monthlyContribution: '1000',
    expectedReturn: '6',
    inflation: '0',
    desiredMonthlyIncome: '1000',
  };

  it('answers the app without a sign-in, with exact decimal strings', async () => {
    const { retirementPlan } = await api.anonymous.request(RetirementPlanDocument, { input: retirement });
    expect(retirementPlan).toMatchObject({ projectedPot: '163879.35', requiredPot: '166791.61', gap: '2912.27', yearsToRetirement: 10 });
    const { educationPlan } = await api.anonymous.request(EducationPlanDocument, {
      input: { childAge: 8, startAge: 18, annualCostToday: '100000', yearsOfStudy: 4, educationInflation: '0', expectedReturn: '0', currentSavings: '0' },
    });
    expect(educationPlan).toMatchObject({ amountNeededAtStart: '400000.00', monthlySavingNeeded: '3333.34' });
  });

  it('refuses impossible inputs with the field and a readable reason', async () => {
    const bad = await api.anonymous.raw(RetirementPlanDocument, { input: { ...retirement, retirementAge: 45 } });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].extensions?.fields?.[0]).toMatchObject({ field: 'retirementAge', message: expect.stringContaining('Retirement age') });
    const float = await api.anonymous.raw(RetirementPlanDocument, { input: { ...retirement, inflation: 2.5 as unknown as string } });
    expect(float.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(float.errors?.[0].message).toMatch(/inflation|Decimal|decimal/);
  });
});
