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

/** What a credit-line rule looks at. */
export enum CreditRuleCondition {
  /** The customer is in one of the rule's tiers (e.g. a higher AUM tier). */
  TIER = 'TIER',
  /** At least `threshold` consecutive months repaid on time. */
  ON_TIME_MONTHS = 'ON_TIME_MONTHS',
  /** At least `threshold` late repayments in the last 12 months. */
  OVERDUE = 'OVERDUE',
  /** Declared income changed by `threshold` percent or more since the limit was last set (negative: fell by as much). */
  INCOME_CHANGE = 'INCOME_CHANGE',
}

/** A product manager's rule: when its condition holds (and the customer is in its tiers, if it names any), change the limit. */
export interface CreditRule {
  id: string;
  code: string;
  condition: CreditRuleCondition;
  /** Months, a count or a percent, by the condition; a decimal string. Unused for TIER. */
  threshold: string;
  /** Empty: every tier. */
  tierIds: readonly string[];
  /** Percent of the current limit, signed ("20" raises it by a fifth, "-30" cuts it by 30%). */
  changePercent: string;
  minLimit: string | null;
  maxLimit: string | null;
  /** Lower first, among the rules of the same direction. */
  priority: number;
}

/** A credit line as the rules see it. */
export interface CreditLineFacts {
  limit: string;
  tierId: string | null;
  onTimeMonths: number;
  overdueLast12: number;
  /** Declared yearly income now, and when the limit was last set (null: not declared). */
  income: string | null;
  incomeAtReview: string | null;
}

export interface CreditLimitProposal {
  ruleId: string;
  fromLimit: string;
  toLimit: string;
  /** The reason, a code with its parameters, for the approver and the customer's message. */
  reason: { code: `CREDIT_RULE_${CreditRuleCondition}`; params: Record<string, string> };
}

/** Limits move in whole hundreds of yuan. */
export const CREDIT_LIMIT_STEP = '100';

function ruleHolds(rule: CreditRule, f: CreditLineFacts): Record<string, string> | null {
  if (rule.tierIds.length && (!f.tierId || !rule.tierIds.includes(f.tierId))) return null;
  const threshold = new D(rule.threshold || 0);
  switch (rule.condition) {
    case CreditRuleCondition.TIER:
      return {};
    case CreditRuleCondition.ON_TIME_MONTHS:
      return threshold.lte(f.onTimeMonths) ? { months: String(f.onTimeMonths) } : null;
    case CreditRuleCondition.OVERDUE:
      return threshold.lte(f.overdueLast12) ? { count: String(f.overdueLast12) } : null;
    case CreditRuleCondition.INCOME_CHANGE: {
      if (f.income === null || f.incomeAtReview === null || new D(f.incomeAtReview).lte(0)) return null;
      const change = new D(f.income).minus(f.incomeAtReview).times(100).dividedBy(f.incomeAtReview);
      const holds = threshold.gte(0) ? change.gte(threshold) : change.lte(threshold);
      return holds ? { incomeChange: change.toFixed(1) } : null;
    }
  }
}

/**
 * The adjustment the rules propose for a credit line, or null. A cut comes first: when any rule that lowers the limit
 * holds, the deepest cut applies and no raise is considered (a late payer is not raised for their tier); otherwise the
 * first raise by priority. The new limit is the current one changed by the rule's percent, rounded down to a hundred
 * yuan, kept within the rule's bounds (a raise never lowers the limit, a cut never raises it); no change is no proposal.
 */
export function creditLimitProposal(f: CreditLineFacts, rules: readonly CreditRule[]): CreditLimitProposal | null {
  const step = new D(CREDIT_LIMIT_STEP);
  const current = new D(f.limit);
  const holding = rules
    .map((rule) => ({ rule, params: ruleHolds(rule, f) }))
    .filter((h): h is { rule: CreditRule; params: Record<string, string> } => h.params !== null && !new D(h.rule.changePercent).isZero());
  const cuts = holding
    .filter((h) => new D(h.rule.changePercent).lt(0))
    .sort((a, b) => new D(a.rule.changePercent).comparedTo(b.rule.changePercent) || a.rule.priority - b.rule.priority);
  const raises = holding
    .filter((h) => new D(h.rule.changePercent).gt(0))
    .sort((a, b) => a.rule.priority - b.rule.priority || a.rule.code.localeCompare(b.rule.code));
  const chosen = cuts[0] ?? raises[0];
  if (!chosen) return null;
  const { rule, params } = chosen;
  let next = current.times(new D(rule.changePercent).dividedBy(100).plus(1)).dividedBy(step).floor().times(step);
  if (rule.maxLimit !== null && next.gt(rule.maxLimit)) next = new D(rule.maxLimit);
  if (rule.minLimit !== null && next.lt(rule.minLimit)) next = new D(rule.minLimit);
  const raising = new D(rule.changePercent).gt(0);
  if (raising ? next.lte(current) : next.gte(current)) return null;
  return {
    ruleId: rule.id,
    fromLimit: text(current),
    toLimit: text(next),
    reason: { code: `CREDIT_RULE_${rule.condition}`, params: { rule: rule.code, changePercent: rule.changePercent, ...params } },
  };
}
