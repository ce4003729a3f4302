import Decimal from 'decimal.js';
import type { RuleViolation } from './rule-violation';

/**
 * Self-service planning calculators (the plan's retirement calculator and education-fund planner).
 *
 * Conventions, the ones a bank's planner states on its page:
 * - Rates are annual percentages ("4.5" means 4.5% a year). Saving is monthly, at the end of each month, and a
 *   monthly rate is the annual rate ÷ 12 (nominal, compounded monthly).
 * - Amounts are exact decimal strings in, and rounded half-up to the cent out, except a saving to suggest, which is
 *   rounded up (the amount shown is enough). The arithmetic runs in decimal.js
 *   at 40 significant digits, so results do not depend on floating point.
 *
 * Future value of savings S and a monthly saving C over n months at monthly rate r:
 *   FV = S·(1+r)^n + C·((1+r)^n − 1)/r          (C·n when r = 0)
 * The monthly saving that builds an amount G in n months:
 *   C = G·r/((1+r)^n − 1)                        (G/n when r = 0)
 */
const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
type Dec = InstanceType<typeof D>;

const cents = (d: Dec) => d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
/** A saving to suggest is rounded up to the cent: the amount shown must be enough. */
const centsUp = (d: Dec) => d.toDecimalPlaces(2, Decimal.ROUND_UP).toFixed(2);
const monthly = (annualPercent: string) => new D(annualPercent).dividedBy(100).dividedBy(12);

function futureValue(savings: Dec, monthlySaving: Dec, r: Dec, months: number): Dec {
  if (months === 0) return savings;
  const growth = r.plus(1).pow(months);
  const saved = r.isZero() ? monthlySaving.times(months) : monthlySaving.times(growth.minus(1)).dividedBy(r);
  return savings.times(growth).plus(saved);
}

/** The level monthly saving that accumulates `goal` in `months` (null when there is no time left to save). */
function savingFor(goal: Dec, r: Dec, months: number): Dec | null {
  if (goal.lte(0)) return new D(0);
  if (months === 0) return null;
  return r.isZero() ? goal.dividedBy(months) : goal.times(r).dividedBy(r.plus(1).pow(months).minus(1));
}

function check(problems: RuleViolation[], ok: boolean, field: string, message: string) {
  if (!ok) problems.push({ code: 'INVALID_PLAN_INPUT', field, message });
}

const isAmount = (v: string) => /^\d{1,13}(\.\d{1,2})?$/.test(v);
const isRate = (v: string, max: number) => /^-?\d{1,3}(\.\d{1,4})?$/.test(v) && Number(v) > -100 && Number(v) <= max;

export interface RetirementInput {
  currentAge: number;
  retirementAge: number;
  lifeExpectancy: number;
  /** Savings set aside for retirement today. */
  currentSavings: string;
  /** Saved every month until retirement. */
  monthlyContribution: string;
  /** Expected annual return, percent. */
  expectedReturn: string;
  /** Expected annual inflation, percent. */
  inflation: string;
  /** The monthly income wanted in retirement, in today's money. */
  desiredMonthlyIncome: string;
}

export interface RetirementPlan {
  yearsToRetirement: number;
  yearsInRetirement: number;
  /** The desired monthly income at the retirement date, grown by inflation. */
  monthlyIncomeAtRetirement: string;
  /** What the savings and contributions grow to by the retirement date. */
  projectedPot: string;
  /** What is needed at retirement to pay the income (rising with inflation) until life expectancy. */
  requiredPot: string;
  /** requiredPot − projectedPot, or 0 when the plan is on track. */
  gap: string;
  /** The extra monthly saving, on top of the contribution, that closes the gap by retirement. */
  additionalMonthlySaving: string | null;
}

export function retirementInputViolations(i: RetirementInput): RuleViolation[] {
  const p: RuleViolation[] = [];
  check(p, Number.isInteger(i.currentAge) && i.currentAge >= 16 && i.currentAge <= 100, 'currentAge', 'Current age must be a whole number from 16 to 100');
  check(
    p,
    Number.isInteger(i.retirementAge) && i.retirementAge >= i.currentAge && i.retirementAge <= 100,
    'retirementAge',
    'Retirement age must be a whole number from the current age to 100',
  );
  check(
    p,
    Number.isInteger(i.lifeExpectancy) && i.lifeExpectancy > i.retirementAge && i.lifeExpectancy <= 120,
    'lifeExpectancy',
    'Life expectancy must be a whole number after the retirement age, at most 120',
  );
  for (const f of ['currentSavings', 'monthlyContribution', 'desiredMonthlyIncome'] as const) {
    check(p, isAmount(i[f]), f, `${f} must be an amount of at least 0 with at most 2 decimals`);
  }
  check(p, isRate(i.expectedReturn, 30), 'expectedReturn', 'Expected return must be a percentage above -100 and at most 30');
  check(p, isRate(i.inflation, 30), 'inflation', 'Inflation must be a percentage above -100 and at most 30');
  return p;
}

/**
 * Retirement: project the pot, and price the income wanted. The income is paid at the end of each month from
 * retirement to life expectancy and rises with inflation each month (g = inflation ÷ 12); the pot keeps earning
 * the expected return (r), so the pot required is the present value of that growing annuity at retirement:
 *   required = P·(1 − ((1+g)/(1+r))^m)/(r − g)     (P·m/(1+r) when r = g)
 * where P is the first month's income in money of the retirement date: desired·(1 + inflation)^years.
 */
export function retirementPlan(i: RetirementInput): RetirementPlan {
  const years = i.retirementAge - i.currentAge;
  const months = years * 12;
  const payments = (i.lifeExpectancy - i.retirementAge) * 12;
  const r = monthly(i.expectedReturn);
  const g = monthly(i.inflation);
  const income = new D(i.desiredMonthlyIncome).times(new D(i.inflation).dividedBy(100).plus(1).pow(years));
  const projected = futureValue(new D(i.currentSavings), new D(i.monthlyContribution), r, months);
  const required = r.equals(g)
    ? income.times(payments).dividedBy(r.plus(1))
    : income.times(new D(1).minus(g.plus(1).dividedBy(r.plus(1)).pow(payments))).dividedBy(r.minus(g));
  const gap = D.max(0, required.minus(projected));
  const extra = savingFor(gap, r, months);
  return {
    yearsToRetirement: years,
    yearsInRetirement: i.lifeExpectancy - i.retirementAge,
    monthlyIncomeAtRetirement: cents(income),
    projectedPot: cents(projected),
    requiredPot: cents(required),
    gap: cents(gap),
    additionalMonthlySaving: extra && centsUp(extra),
  };
}

export interface EducationInput {
  childAge: number;
  /** Age at which study starts (e.g. 18 for university). */
  startAge: number;
  /** A year of study at today's prices. */
  annualCostToday: string;
  yearsOfStudy: number;
  /** Annual rise of education costs, percent. */
  educationInflation: string;
  /** Expected annual return, percent. */
  expectedReturn: string;
  /** Already set aside for the child's education. */
  currentSavings: string;
}

export interface EducationPlan {
  yearsToStart: number;
  /** The first year's cost when study starts. */
  firstYearCost: string;
  /** What must be in hand when study starts to pay every year of it. */
  amountNeededAtStart: string;
  /** What the current savings grow to by then. */
  projectedSavings: string;
  gap: string;
  /** The monthly saving from now to the start that closes the gap (null when study starts now). */
  monthlySavingNeeded: string | null;
}

export function educationInputViolations(i: EducationInput): RuleViolation[] {
  const p: RuleViolation[] = [];
  check(p, Number.isInteger(i.childAge) && i.childAge >= 0 && i.childAge <= 30, 'childAge', "The child's age must be a whole number from 0 to 30");
  check(
    p,
    Number.isInteger(i.startAge) && i.startAge >= i.childAge && i.startAge <= 40,
    'startAge',
    "The start age must be a whole number from the child's age to 40",
  );
  check(
    p,
    Number.isInteger(i.yearsOfStudy) && i.yearsOfStudy >= 1 && i.yearsOfStudy <= 10,
    'yearsOfStudy',
    'Years of study must be a whole number from 1 to 10',
  );
  for (const f of ['annualCostToday', 'currentSavings'] as const) check(p, isAmount(i[f]), f, `${f} must be an amount of at least 0 with at most 2 decimals`);
  check(p, isRate(i.educationInflation, 30), 'educationInflation', 'Education inflation must be a percentage above -100 and at most 30');
  check(p, isRate(i.expectedReturn, 30), 'expectedReturn', 'Expected return must be a percentage above -100 and at most 30');
  return p;
}

/**
 * Education fund: year k of study (k = 0 … years−1) costs annualCostToday·(1 + e)^(yearsToStart + k), paid at the
 * start of that year; money not yet spent keeps earning the expected return R (annual), so the amount needed at
 * the start is Σ cost_k / (1 + R)^k. The savings grow monthly until then, and the gap is spread over the months left.
 */
export function educationPlan(i: EducationInput): EducationPlan {
  const years = i.startAge - i.childAge;
  const e = new D(i.educationInflation).dividedBy(100).plus(1);
  const annualReturn = new D(i.expectedReturn).dividedBy(100).plus(1);
  let needed = new D(0);
  for (let k = 0; k < i.yearsOfStudy; k++) {
    needed = needed.plus(new D(i.annualCostToday).times(e.pow(years + k)).dividedBy(annualReturn.pow(k)));
  }
  const r = monthly(i.expectedReturn);
  const projected = futureValue(new D(i.currentSavings), new D(0), r, years * 12);
  const gap = D.max(0, needed.minus(projected));
  const saving = savingFor(gap, r, years * 12);
  return {
    yearsToStart: years,
    firstYearCost: cents(new D(i.annualCostToday).times(e.pow(years))),
    amountNeededAtStart: cents(needed),
    projectedSavings: cents(projected),
    gap: cents(gap),
    monthlySavingNeeded: saving && centsUp(saving),
  };
}
