import Decimal from 'decimal.js';
import type { RuleViolation } from './rule-violation';

/**
 * Loan schedules, exact to the fen (分), as Chinese banks compute them:
 * - rates are annual percentages, the monthly rate is the annual rate ÷ 12;
 * - equal instalments (等额本息): M = P·r·(1+r)^n / ((1+r)^n − 1), rounded half-up to the fen; each month's interest is
 *   the balance × r rounded half-up to the fen, the principal repaid is M − interest, and the last instalment takes
 *   whatever balance is left, so the principal repaid sums to the loan exactly;
 * - equal principal (等额本金): the principal P/n rounded to the fen each month (the last takes the rest), plus the
 *   month's interest on the balance.
 * The arithmetic runs in decimal.js at 40 significant digits: no floating point anywhere.
 */
const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
type Dec = InstanceType<typeof D>;
const fen = (d: Dec) => d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
const text = (d: Dec) => d.toFixed(2);

export enum RepaymentMethod {
  /** 等额本息: the same instalment every month. */
  EQUAL_INSTALMENT = 'EQUAL_INSTALMENT',
  /** 等额本金: the same principal every month, interest falling with the balance. */
  EQUAL_PRINCIPAL = 'EQUAL_PRINCIPAL',
}

export interface LoanTerms {
  /** The amount borrowed, CNY, a decimal string with at most 2 decimals. */
  principal: string;
  /** Annual rate, percent ("4.9" is 4.9% a year). */
  annualRate: string;
  months: number;
  method: RepaymentMethod;
}

export interface ScheduleLine {
  month: number;
  instalment: string;
  principal: string;
  interest: string;
  /** What is still owed after this instalment. */
  balance: string;
}

export interface LoanSchedule {
  /** The first month's instalment (every month's, with equal instalments except perhaps the last). */
  firstInstalment: string;
  lastInstalment: string;
  totalInterest: string;
  totalRepaid: string;
  lines: ScheduleLine[];
}

/** What is wrong with loan terms, field by field (nothing: they can be scheduled). */
export function loanTermsViolations(t: LoanTerms): RuleViolation[] {
  const problems: RuleViolation[] = [];
  if (!/^\d{1,13}(\.\d{1,2})?$/.test(t.principal) || Number(t.principal) <= 0)
    problems.push({ field: 'principal', code: 'INVALID_LOAN_TERMS', message: 'The amount is a positive sum in yuan with at most 2 decimals' });
  if (!/^\d{1,2}(\.\d{1,4})?$/.test(t.annualRate) || Number(t.annualRate) > 36)
    problems.push({ field: 'annualRate', code: 'INVALID_LOAN_TERMS', message: 'The rate is an annual percentage from 0 to 36' });
  if (!Number.isInteger(t.months) || t.months < 1 || t.months > 360)
    problems.push({ field: 'months', code: 'INVALID_LOAN_TERMS', message: 'The term is 1 to 360 months' });
  return problems;
}

/** The monthly instalment of an equal-instalment loan, to the fen. */
export function equalInstalment(principal: string, annualRate: string, months: number): string {
  const p = new D(principal);
  const r = new D(annualRate).dividedBy(1200);
  if (r.isZero()) return text(fen(p.dividedBy(months)));
  const growth = r.plus(1).pow(months);
  return text(fen(p.times(r).times(growth).dividedBy(growth.minus(1))));
}

/** Every month of a loan: instalment, principal, interest and the balance left, to the fen. */
export function loanSchedule(t: LoanTerms): LoanSchedule {
  const violations = loanTermsViolations(t);
  if (violations.length) throw new Error(violations.map((v) => v.message).join('; '));
  const r = new D(t.annualRate).dividedBy(1200);
  const level = new D(equalInstalment(t.principal, t.annualRate, t.months));
  const evenPrincipal = fen(new D(t.principal).dividedBy(t.months));
  let balance = new D(t.principal);
  const lines: ScheduleLine[] = [];
  let interestTotal = new D(0);
  for (let month = 1; month <= t.months; month++) {
    const interest = fen(balance.times(r));
    const last = month === t.months;
    const principal = last ? balance : t.method === RepaymentMethod.EQUAL_INSTALMENT ? level.minus(interest) : evenPrincipal;
    balance = balance.minus(principal);
    interestTotal = interestTotal.plus(interest);
    lines.push({ month, instalment: text(principal.plus(interest)), principal: text(principal), interest: text(interest), balance: text(balance) });
  }
  return {
    firstInstalment: lines[0].instalment,
    lastInstalment: lines[lines.length - 1].instalment,
    totalInterest: text(interestTotal),
    totalRepaid: text(new D(t.principal).plus(interestTotal)),
    lines,
  };
}

/** A loan of several parts (e.g. a business loan and a consumer loan for one business owner). */
export interface CombinedLoanPart extends LoanTerms {
  /** What the part is, for the schedule view (e.g. BUSINESS, CONSUMER). */
  kind: string;
}

export interface CombinedSchedule {
  parts: (LoanSchedule & { kind: string })[];
  /** Month by month, what all parts together ask of the customer. */
  combined: { month: number; instalment: string; principal: string; interest: string; balance: string }[];
  totalInterest: string;
  totalRepaid: string;
  /** The highest combined monthly instalment (the one affordability is judged by). */
  peakInstalment: string;
}

/** One schedule view of a combined loan: each part as it is, and their sum month by month. */
export function combinedSchedule(parts: CombinedLoanPart[]): CombinedSchedule {
  if (!parts.length) throw new Error('A combined loan has at least one part');
  const schedules = parts.map((p) => ({ kind: p.kind, ...loanSchedule(p) }));
  const months = Math.max(...parts.map((p) => p.months));
  const combined = [];
  let peak = new D(0);
  for (let month = 1; month <= months; month++) {
    // A part already repaid adds nothing (its balance is 0).
    const of = (pick: (l: ScheduleLine) => string) => schedules.reduce((sum, s) => (s.lines[month - 1] ? sum.plus(pick(s.lines[month - 1])) : sum), new D(0));
    const instalment = of((l) => l.instalment);
    if (instalment.gt(peak)) peak = instalment;
    combined.push({
      month,
      instalment: text(instalment),
      principal: text(of((l) => l.principal)),
      interest: text(of((l) => l.interest)),
      balance: text(of((l) => l.balance)),
    });
  }
  const totalInterest = schedules.reduce((s, x) => s.plus(x.totalInterest), new D(0));
  const totalPrincipal = parts.reduce((s, p) => s.plus(p.principal), new D(0));
  return { parts: schedules, combined, totalInterest: text(totalInterest), totalRepaid: text(totalPrincipal.plus(totalInterest)), peakInstalment: text(peak) };
}
