import Decimal from 'decimal.js';
import { ProductType, RiskLevel } from './enums';
import { PRIVATE_FUND_MIN_INVESTMENT_CNY as PRIVATE_FUND_MINIMUM } from './products';
import type { RuleViolation } from './rule-violation';

/**
 * What a proposal's lines grow to at the goal's horizon: low, expected (the middle of each line's return range) and high,
 * in money of then and of today (deflated by inflation). Each line compounds yearly at its rate; a line whose term ends
 * before the horizon is assumed rolled over at the same rate (the planner says so on the summary). The arithmetic is
 * the planning calculators': decimal.js at 40 significant digits, amounts rounded half-up to the fen.
 */
const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
type Dec = InstanceType<typeof D>;
const fen = (d: Dec) => d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);

export interface ProjectedLine {
  /** CNY, a decimal string. */
  amount: string;
  /** Annual return range, percent ("2.5" … "4.0"); low may be negative for risk products. */
  returnLow: string;
  returnHigh: string;
}

export interface Projection {
  invested: string;
  low: string;
  expected: string;
  high: string;
  /** The same, in today's money. */
  lowReal: string;
  expectedReal: string;
  highReal: string;
  /** Whether the expected outcome (in money of then) reaches the target. */
  reachesTarget: boolean | null;
}

const grow = (amount: Dec, percent: Dec, years: number) => amount.times(percent.dividedBy(100).plus(1).pow(years));

/** The projected outcome of a proposal at `horizonYears`, with `inflation` (annual percent) for the real figures. */
export function projectProposal(lines: ProjectedLine[], horizonYears: number, inflation: string, target?: string | null): Projection {
  if (!Number.isInteger(horizonYears) || horizonYears < 1 || horizonYears > 50) throw new Error('The horizon is 1 to 50 whole years');
  const deflator = new D(inflation).dividedBy(100).plus(1).pow(horizonYears);
  let invested = new D(0);
  let low = new D(0);
  let expected = new D(0);
  let high = new D(0);
  for (const l of lines) {
    const amount = new D(l.amount);
    const lo = new D(l.returnLow);
    const hi = new D(l.returnHigh);
    if (lo.gt(hi)) throw new Error(`A return range runs from low to high (${l.returnLow} > ${l.returnHigh})`);
    invested = invested.plus(amount);
    low = low.plus(grow(amount, lo, horizonYears));
    expected = expected.plus(grow(amount, lo.plus(hi).dividedBy(2), horizonYears));
    high = high.plus(grow(amount, hi, horizonYears));
  }
  return {
    invested: fen(invested),
    low: fen(low),
    expected: fen(expected),
    high: fen(high),
    lowReal: fen(low.dividedBy(deflator)),
    expectedReal: fen(expected.dividedBy(deflator)),
    highReal: fen(high.dividedBy(deflator)),
    reachesTarget: target ? expected.gte(target) : null,
  };
}

/** The part a line plays in a plan. */
export enum ProposalRole {
  CORE = 'CORE',
  INCOME = 'INCOME',
  GROWTH = 'GROWTH',
  PROTECTION = 'PROTECTION',
  LIQUIDITY = 'LIQUIDITY',
}

/** How a first draft spreads the money by role, per risk tolerance C1–C5 (percent; the liquidity need may raise it). */
export const DRAFT_WEIGHTS: Record<1 | 2 | 3 | 4 | 5, Record<ProposalRole, number>> = {
  1: { LIQUIDITY: 20, CORE: 70, INCOME: 0, GROWTH: 0, PROTECTION: 10 },
  2: { LIQUIDITY: 15, CORE: 55, INCOME: 20, GROWTH: 0, PROTECTION: 10 },
  3: { LIQUIDITY: 10, CORE: 40, INCOME: 25, GROWTH: 15, PROTECTION: 10 },
  4: { LIQUIDITY: 10, CORE: 30, INCOME: 20, GROWTH: 30, PROTECTION: 10 },
  5: { LIQUIDITY: 5, CORE: 25, INCOME: 15, GROWTH: 45, PROTECTION: 10 },
};

/** A product the draft may use, with the one suitability decision already made for this customer. */
export interface DraftCandidate {
  productId: string;
  role: ProposalRole;
  /** R1–R5 as 1–5. */
  riskLevel: number;
  minInvestment: string | null;
  /** null: open-ended. */
  termMonths: number | null;
  isPrivateFund: boolean;
  /** The suitability decision: may it be offered to this customer now. */
  suitable: boolean;
  /** The middle of its return range, percent: the draft prefers the higher within what is allowed. */
  expectedReturn: string;
}

export interface DraftGoal {
  investable: string;
  horizonYears: number;
  /** The share (percent) the customer needs to keep at hand. */
  liquidityPercent: number;
  /** C1–C5 as 1–5. */
  customerRiskLevel: 1 | 2 | 3 | 4 | 5;
}

export interface DraftLine {
  productId: string;
  role: ProposalRole;
  amount: string;
}

export interface Draft {
  lines: DraftLine[];
  /** What no allowed product could take (below every minimum, or no product for it). */
  unallocated: string;
  /** Why a role got less than its weight (codes with parameters, for the banker). */
  notes: { code: 'NO_PRODUCT_FOR_ROLE' | 'BELOW_MINIMUM'; params: Record<string, string> }[];
}

const ROLE_ORDER = [ProposalRole.LIQUIDITY, ProposalRole.CORE, ProposalRole.INCOME, ProposalRole.GROWTH, ProposalRole.PROTECTION];

/**
 * A first draft for a goal: the money spread by role for the customer's risk tolerance (the liquidity need raising the
 * liquid share), each role's share to the allowed product with the best expected return — allowed meaning suitable by
 * the one decision, never above the customer's risk level, no term beyond the horizon, and the amount at least the
 * product's minimum (1,000,000 for a private fund). A role without a product that takes its share gives it to the core,
 * else to liquidity; what nothing can take is left unallocated. The banker edits the draft; every line is checked again.
 */
export function suggestDraft(goal: DraftGoal, candidates: DraftCandidate[]): Draft {
  const total = new D(goal.investable).toDecimalPlaces(0, Decimal.ROUND_DOWN);
  const weights = { ...DRAFT_WEIGHTS[goal.customerRiskLevel] };
  const liquid = Math.min(100, Math.max(weights.LIQUIDITY, goal.liquidityPercent));
  const others = 100 - weights.LIQUIDITY;
  for (const role of ROLE_ORDER) if (role !== ProposalRole.LIQUIDITY) weights[role] = others ? (weights[role] * (100 - liquid)) / others : 0;
  weights.LIQUIDITY = liquid;

  const minimum = (c: DraftCandidate) => {
    const own = new D(c.minInvestment ?? 0);
    return c.isPrivateFund && own.lt(PRIVATE_FUND_MINIMUM) ? new D(PRIVATE_FUND_MINIMUM) : own;
  };
  const allowed = candidates.filter(
    (c) => c.suitable && c.riskLevel <= goal.customerRiskLevel && (c.termMonths === null || c.termMonths <= goal.horizonYears * 12),
  );
  const best = (role: ProposalRole, amount: Dec) =>
    allowed
      .filter((c) => c.role === role && minimum(c).lte(amount))
      .sort((a, b) => new D(b.expectedReturn).comparedTo(a.expectedReturn) || a.productId.localeCompare(b.productId))[0];

  const notes: Draft['notes'] = [];
  const shares = new Map(ROLE_ORDER.map((r) => [r, total.times(weights[r]).dividedBy(100).toDecimalPlaces(0, Decimal.ROUND_DOWN)]));
  // Whole yuan: what rounding left goes to the core.
  shares.set(ProposalRole.CORE, shares.get(ProposalRole.CORE)!.plus(total.minus([...shares.values()].reduce((s, v) => s.plus(v), new D(0)))));
  const placed = new Map<string, { role: ProposalRole; amount: Dec }>();
  let leftover = new D(0);
  const place = (role: ProposalRole, amount: Dec): boolean => {
    const c = best(role, amount);
    if (!c) return false;
    const line = placed.get(c.productId);
    placed.set(c.productId, { role: line?.role ?? role, amount: (line?.amount ?? new D(0)).plus(amount) });
    return true;
  };
  for (const role of ROLE_ORDER) {
    const amount = shares.get(role)!;
    if (amount.isZero() || place(role, amount)) continue;
    const any = allowed.some((c) => c.role === role);
    notes.push(any ? { code: 'BELOW_MINIMUM', params: { role, amount: amount.toFixed(2) } } : { code: 'NO_PRODUCT_FOR_ROLE', params: { role } });
    leftover = leftover.plus(amount);
  }
  if (leftover.gt(0) && !place(ProposalRole.CORE, leftover) && !place(ProposalRole.LIQUIDITY, leftover)) {
    return { lines: lines(placed), unallocated: leftover.toFixed(2), notes };
  }
  return { lines: lines(placed), unallocated: '0.00', notes };
}

const lines = (placed: Map<string, { role: ProposalRole; amount: Dec }>): DraftLine[] =>
  [...placed.entries()]
    .map(([productId, l]) => ({ productId, role: l.role, amount: l.amount.toFixed(2) }))
    .sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || a.productId.localeCompare(b.productId));

/** What a customer's goal is for. */
export enum GoalKind {
  WEALTH_TRANSFER = 'WEALTH_TRANSFER',
  EDUCATION = 'EDUCATION',
  RETIREMENT = 'RETIREMENT',
  HOME_PURCHASE = 'HOME_PURCHASE',
  WEALTH_GROWTH = 'WEALTH_GROWTH',
  PROTECTION = 'PROTECTION',
  BUSINESS_FINANCING = 'BUSINESS_FINANCING',
}

/** An investment plan (lines of products) or a loan plan (parts of a combined loan). */
export enum ProposalKind {
  INVESTMENT = 'INVESTMENT',
  LOAN = 'LOAN',
}

/** DRAFT (the banker edits) → PRESENTED (frozen, shown to the customer) → ACCEPTED (orders placed) / DECLINED / EXPIRED. */
export enum ProposalStatus {
  DRAFT = 'DRAFT',
  PRESENTED = 'PRESENTED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  EXPIRED = 'EXPIRED',
}

/** How long a presented proposal may be accepted: its figures and the products' terms are those of the day it was shown. */
export const PROPOSAL_VALID_DAYS = 30;

const PROPOSAL_STEPS: Record<ProposalStatus, readonly ProposalStatus[]> = {
  DRAFT: [ProposalStatus.PRESENTED],
  PRESENTED: [ProposalStatus.ACCEPTED, ProposalStatus.DECLINED, ProposalStatus.EXPIRED],
  ACCEPTED: [],
  DECLINED: [],
  EXPIRED: [],
};

/** Why a proposal may not move from one status to another (null: it may). */
export function proposalTransitionViolation(from: ProposalStatus, to: ProposalStatus): RuleViolation | null {
  if (PROPOSAL_STEPS[from].includes(to)) return null;
  return { field: 'status', code: 'PROPOSAL_TRANSITION', message: `A ${from} proposal cannot become ${to}` };
}

/**
 * The role a product plays in a plan, by its type and risk: cash-like products keep the liquidity, deposits and low-risk
 * wealth products are the core, middle-risk ones the income, higher-risk funds and private placements the growth,
 * insurance and family trusts the protection. Loans, credit lines and bundles are no investment line (null).
 */
export function productRole(type: ProductType, riskLevel: RiskLevel): ProposalRole | null {
  const risk = Number(riskLevel.slice(1));
  switch (type) {
    case ProductType.MONEY_MARKET_FUND:
      return ProposalRole.LIQUIDITY;
    case ProductType.DEPOSIT:
      return ProposalRole.CORE;
    case ProductType.WEALTH_PRODUCT:
    case ProductType.FUND:
      return risk <= 2 ? ProposalRole.CORE : risk === 3 ? ProposalRole.INCOME : ProposalRole.GROWTH;
    case ProductType.PRIVATE_FUND:
    case ProductType.PRIVATE_WEALTH:
      return risk <= 3 ? ProposalRole.INCOME : ProposalRole.GROWTH;
    case ProductType.INSURANCE:
    case ProductType.FAMILY_TRUST:
      return ProposalRole.PROTECTION;
    default:
      return null;
  }
}

/** What the draft and the line checks need of a product. */
export interface PlanProduct {
  minInvestment: string | null;
  /** In days; null: open-ended. */
  termDays: number | null;
  isPrivateFund: boolean;
}

/**
 * The term of a product in whole months, a year being 12 months of 365 days (3,650 days is 120 months, 1,095 days 36),
 * rounded up: a 95-day product runs into its fourth month; null: open-ended.
 */
export const termMonthsOf = (termDays: number | null): number | null => (termDays === null ? null : Math.ceil((termDays * 12) / 365));

/**
 * What is wrong with one line of a plan besides suitability: an amount below the product's minimum (1,000,000 for a
 * private fund, whatever the product says) or a term beyond the goal's horizon. Suitability is decided by the one
 * decision and reported beside these.
 */
export function planLineViolations(amount: string, product: PlanProduct, horizonYears: number): RuleViolation[] {
  const problems: RuleViolation[] = [];
  const value = new D(amount);
  const own = new D(product.minInvestment ?? 0);
  if (value.lte(0)) problems.push({ field: 'amount', code: 'INVALID_AMOUNT', message: 'The amount is a positive sum' });
  else if (product.isPrivateFund && value.lt(PRIVATE_FUND_MINIMUM))
    problems.push({ field: 'amount', code: 'BELOW_PRIVATE_PLACEMENT_MINIMUM', message: 'A private placement takes at least 1,000,000 CNY per subscription' });
  else if (value.lt(own)) problems.push({ field: 'amount', code: 'BELOW_MINIMUM_INVESTMENT', message: `The minimum investment is ${own.toFixed(2)}` });
  const months = termMonthsOf(product.termDays);
  if (months !== null && months > horizonYears * 12)
    problems.push({
      field: 'productId',
      code: 'TERM_BEYOND_HORIZON',
      message: `Its term (${months} months) runs past the goal's horizon of ${horizonYears} years`,
    });
  return problems;
}

/** A plan's allocation by product risk level: the amount and its share (percent, 2 decimals) per level held. */
export function allocationByRisk(lines: readonly { amount: string; riskLevel: RiskLevel }[]): { riskLevel: RiskLevel; amount: string; percent: string }[] {
  const total = lines.reduce((s, l) => s.plus(l.amount), new D(0));
  const by = new Map<RiskLevel, Dec>();
  for (const l of lines) by.set(l.riskLevel, (by.get(l.riskLevel) ?? new D(0)).plus(l.amount));
  return [...by.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([riskLevel, amount]) => ({ riskLevel, amount: fen(amount), percent: total.isZero() ? '0.00' : amount.times(100).dividedBy(total).toFixed(2) }));
}
