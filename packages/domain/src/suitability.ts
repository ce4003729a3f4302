import Decimal from 'decimal.js';
import { ProductStatus, ProductType, RiskLevel } from './enums';
import { withinSaleWindow } from './products';
import { DAY_MS } from './tiering';

/** An investor's risk level from the risk questionnaire: C1 most conservative … C5 most aggressive. */
export enum InvestorRiskLevel {
  C1 = 'C1',
  C2 = 'C2',
  C3 = 'C3',
  C4 = 'C4',
  C5 = 'C5',
}

/** Qualified investor (私募投资基金监督管理暂行办法): financial assets ≥ 3,000,000 CNY or income ≥ 500,000 a year over 3 years. */
export const QUALIFIED_INVESTOR_ASSETS_CNY = '3000000';
export const QUALIFIED_INVESTOR_INCOME_CNY = '500000';
/** Professional investor (证券期货投资者适当性管理办法): financial assets ≥ 5,000,000 CNY, or income ≥ 500,000 a year over 3 years… */
export const PROFESSIONAL_INVESTOR_ASSETS_CNY = '5000000';
export const PROFESSIONAL_INVESTOR_INCOME_CNY = '500000';
/** …and at least two years' investing experience. */
export const PROFESSIONAL_INVESTOR_EXPERIENCE_YEARS = 2;
/** How long the evidence of a professional investor counts unless the institution sets another review period. */
export const DEFAULT_PROFESSIONAL_REVIEW_DAYS = 365;
/** A declaration of assets or income held elsewhere counts for a year from its as-of date. */
export const DECLARATION_VALID_YEARS = 1;
/** The assessment behind a private-fund or private-wealth sale is valid for at most three years. */
export const PRIVATE_FUND_ASSESSMENT_MAX_YEARS = 3;
/** Customers of this age and over get extra care (a flag advisors must acknowledge). */
export const ELDERLY_AGE = 65;

/**
 * Investment products: the C×R gate applies, with a valid assessment at every risk level. Deposits, loans, mortgages,
 * credit lines and protection insurance are outside it; a bundle is an investment product when any component is.
 */
export const INVESTMENT_PRODUCT_TYPES: ReadonlySet<ProductType> = new Set([
  ProductType.WEALTH_PRODUCT,
  ProductType.MONEY_MARKET_FUND,
  ProductType.FUND,
  ProductType.PRIVATE_FUND,
  ProductType.PRIVATE_WEALTH,
  ProductType.FAMILY_TRUST,
]);

/** Private placements: qualified investors only, at least 1,000,000 CNY per subscription, ≥ 24 h cooling-off. */
export const PRIVATE_PLACEMENT_TYPES: ReadonlySet<ProductType> = new Set([ProductType.PRIVATE_FUND, ProductType.PRIVATE_WEALTH]);

/** Assets or income the customer holds or earns elsewhere, declared with evidence, as of a day. */
export interface FinancialDeclaration {
  kind: 'ASSETS_ELSEWHERE' | 'AVERAGE_ANNUAL_INCOME';
  /** CNY, decimal string. */
  amount: string;
  asOf: Date;
}

/** The recorded evidence behind a professional-investor status. */
export interface ProfessionalEvidence {
  /** Financial assets (CNY) the evidence shows, if that is the basis. */
  financialAssets: string | null;
  /** Average annual income (CNY) over the last three years, if that is the basis. */
  averageAnnualIncome: string | null;
  /** Since when the customer has invested. */
  investingSince: Date | null;
  /** When the evidence was checked. */
  evidencedAt: Date;
}

export interface SuitabilityCustomer {
  riskLevel: InvestorRiskLevel | null;
  assessedAt: Date | null;
  assessmentExpiresAt: Date | null;
  tierId: string | null;
  /** Financial assets held with the institution (CNY, decimal string). */
  financialAssetsHere: string;
  /** Declarations of assets and income elsewhere (stale ones do not count). */
  declarations: readonly FinancialDeclaration[];
  birthDate: Date | null;
  /** The evidence of a professional-investor status, if one was recorded: a flag without it counts for nothing. */
  professional: ProfessionalEvidence | null;
}

export interface SuitabilityProduct {
  type: ProductType;
  riskLevel: RiskLevel;
  status: ProductStatus;
  saleStartsAt: Date | null;
  saleEndsAt: Date | null;
  eligibleTierIds: readonly string[];
  requiresQualifiedInvestor: boolean;
  /** A bundle's component products (with their own components, if any); absent or empty for other products. */
  components?: readonly SuitabilityProduct[];
}

/** What the institution decides for itself. */
export interface SuitabilityPolicy {
  /** How long a professional investor's evidence counts. */
  professionalReviewDays: number;
}
export const DEFAULT_SUITABILITY_POLICY: SuitabilityPolicy = { professionalReviewDays: DEFAULT_PROFESSIONAL_REVIEW_DAYS };

export type SuitabilityCode =
  | 'PRODUCT_NOT_ACTIVE'
  | 'OUTSIDE_SALE_WINDOW'
  | 'COMPONENT_NOT_ON_SALE'
  | 'TIER_NOT_ELIGIBLE'
  | 'NO_VALID_ASSESSMENT'
  | 'RISK_LEVEL_EXCEEDED'
  | 'ASSESSMENT_TOO_OLD_FOR_PRIVATE_FUND'
  | 'QUALIFIED_INVESTOR_REQUIRED'
  | 'ELDERLY_CARE'
  | 'SUITABLE';

export interface SuitabilityReason {
  code: SuitabilityCode;
  /** Whether this reason alone forbids the sale (ELDERLY_CARE and SUITABLE do not). */
  blocking: boolean;
  /** The English text; clients show their own translation of `code` with `params`. */
  message: string;
  /** What the message names, for a client's translation: codes (risk levels, statuses) and numbers, never text. */
  params: Record<string, string>;
}

export interface SuitabilityDecision {
  allowed: boolean;
  reasons: SuitabilityReason[];
}

const rank = (level: string) => Number(level.slice(1));

/** Whole years of age on a day (the birthday counts from that day on). */
export function ageOn(birthDate: Date, now: Date): number {
  let age = now.getUTCFullYear() - birthDate.getUTCFullYear();
  const beforeBirthday =
    now.getUTCMonth() < birthDate.getUTCMonth() || (now.getUTCMonth() === birthDate.getUTCMonth() && now.getUTCDate() < birthDate.getUTCDate());
  if (beforeBirthday) age -= 1;
  return age;
}

/** The same instant `years` calendar years later (UTC; 29 February moves to 1 March). */
export function addYears(date: Date, years: number): Date {
  const d = new Date(date.getTime());
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d;
}

/** The declarations that still count: as of at most a year ago (and not dated in the future). */
export function freshDeclarations(declarations: readonly FinancialDeclaration[], now: Date): FinancialDeclaration[] {
  return declarations.filter((d) => d.asOf <= now && now < addYears(d.asOf, DECLARATION_VALID_YEARS));
}

/** Assets elsewhere (the sum of the fresh declarations) and income (the latest fresh declaration), in CNY. */
function declared(declarations: readonly FinancialDeclaration[], now: Date): { assetsElsewhere: Decimal; income: Decimal | null } {
  const fresh = freshDeclarations(declarations, now);
  const assetsElsewhere = fresh.filter((d) => d.kind === 'ASSETS_ELSEWHERE').reduce((sum, d) => sum.plus(d.amount), new Decimal(0));
  const incomes = fresh.filter((d) => d.kind === 'AVERAGE_ANNUAL_INCOME').sort((a, b) => b.asOf.getTime() - a.asOf.getTime());
  return { assetsElsewhere, income: incomes.length ? new Decimal(incomes[0].amount) : null };
}

/** What the fresh declarations say, CNY: assets held elsewhere (null when none is declared) and the latest income. */
export function declaredFinancials(declarations: readonly FinancialDeclaration[], now: Date): { assetsElsewhere: string | null; income: string | null } {
  const { assetsElsewhere, income } = declared(declarations, now);
  const anyAssets = freshDeclarations(declarations, now).some((d) => d.kind === 'ASSETS_ELSEWHERE');
  return { assetsElsewhere: anyAssets ? assetsElsewhere.toFixed(2) : null, income: income ? income.toFixed(2) : null };
}

/** Financial assets here plus those declared elsewhere (fresh declarations only), CNY. */
export function totalFinancialAssets(c: Pick<SuitabilityCustomer, 'financialAssetsHere' | 'declarations'>, now: Date): string {
  return new Decimal(c.financialAssetsHere).plus(declared(c.declarations, now).assetsElsewhere).toFixed();
}

/** Whether the customer counts as a qualified investor: assets here plus declared elsewhere, or declared income. */
export function isQualifiedInvestor(c: Pick<SuitabilityCustomer, 'financialAssetsHere' | 'declarations'>, now: Date): boolean {
  const { assetsElsewhere, income } = declared(c.declarations, now);
  return (
    new Decimal(c.financialAssetsHere).plus(assetsElsewhere).greaterThanOrEqualTo(QUALIFIED_INVESTOR_ASSETS_CNY) ||
    (income !== null && income.greaterThanOrEqualTo(QUALIFIED_INVESTOR_INCOME_CNY))
  );
}

/** Why recorded evidence does not make a professional investor (empty when it does), at `now`. */
export function professionalInvestorProblems(
  evidence: ProfessionalEvidence,
  now: Date,
  policy: SuitabilityPolicy = DEFAULT_SUITABILITY_POLICY,
): ('ASSETS_OR_INCOME_BELOW_THRESHOLD' | 'EXPERIENCE_TOO_SHORT' | 'EVIDENCE_OUT_OF_DATE')[] {
  const problems: ('ASSETS_OR_INCOME_BELOW_THRESHOLD' | 'EXPERIENCE_TOO_SHORT' | 'EVIDENCE_OUT_OF_DATE')[] = [];
  const byAssets = evidence.financialAssets !== null && new Decimal(evidence.financialAssets).greaterThanOrEqualTo(PROFESSIONAL_INVESTOR_ASSETS_CNY);
  const byIncome = evidence.averageAnnualIncome !== null && new Decimal(evidence.averageAnnualIncome).greaterThanOrEqualTo(PROFESSIONAL_INVESTOR_INCOME_CNY);
  if (!byAssets && !byIncome) problems.push('ASSETS_OR_INCOME_BELOW_THRESHOLD');
  if (!evidence.investingSince || addYears(evidence.investingSince, PROFESSIONAL_INVESTOR_EXPERIENCE_YEARS) > now) problems.push('EXPERIENCE_TOO_SHORT');
  if (evidence.evidencedAt > now || now.getTime() >= evidence.evidencedAt.getTime() + policy.professionalReviewDays * DAY_MS)
    problems.push('EVIDENCE_OUT_OF_DATE');
  return problems;
}

/** A professional investor now: evidence recorded, meeting the thresholds, and checked within the review period. */
export function isProfessionalInvestor(
  c: Pick<SuitabilityCustomer, 'professional'>,
  now: Date,
  policy: SuitabilityPolicy = DEFAULT_SUITABILITY_POLICY,
): boolean {
  return c.professional !== null && professionalInvestorProblems(c.professional, now, policy).length === 0;
}

/**
 * What a product is for the rules: a bundle carries the highest risk level of its components, is offered only to the
 * tiers every component is offered to, is an investment product (or a private placement) when any component is, and is
 * on sale only while every component is.
 */
export interface EffectiveProduct {
  riskRank: number;
  eligibleTierIds: readonly string[];
  investment: boolean;
  privatePlacement: boolean;
  requiresQualifiedInvestor: boolean;
  componentsOnSale: boolean;
}

export function effectiveProduct(p: SuitabilityProduct, now: Date): EffectiveProduct {
  const privateHere = PRIVATE_PLACEMENT_TYPES.has(p.type) || p.requiresQualifiedInvestor;
  const own: EffectiveProduct = {
    riskRank: rank(p.riskLevel),
    eligibleTierIds: p.eligibleTierIds,
    investment: INVESTMENT_PRODUCT_TYPES.has(p.type) || privateHere,
    privatePlacement: privateHere,
    requiresQualifiedInvestor: privateHere,
    componentsOnSale: true,
  };
  return (p.components ?? []).reduce<EffectiveProduct>((acc, component) => {
    const c = effectiveProduct(component, now);
    return {
      riskRank: Math.max(acc.riskRank, c.riskRank),
      eligibleTierIds: acc.eligibleTierIds.filter((t) => c.eligibleTierIds.includes(t)),
      investment: acc.investment || c.investment,
      privatePlacement: acc.privatePlacement || c.privatePlacement,
      requiresQualifiedInvestor: acc.requiresQualifiedInvestor || c.requiresQualifiedInvestor,
      componentsOnSale: acc.componentsOnSale && c.componentsOnSale && component.status === ProductStatus.ACTIVE && withinSaleWindow(component, now),
    };
  }, own);
}

/**
 * May this product lawfully be offered to this customer now? Returns every reason that applies, each with a
 * stable code and a readable message, so a partner or advisor can explain a refusal.
 */
export function suitability(customer: SuitabilityCustomer, product: SuitabilityProduct, now: Date, policy?: SuitabilityPolicy): SuitabilityDecision {
  return suitabilityFor(customer, now, policy).decide(product);
}

/** A risk level with an assessment that has not expired. */
export function assessmentIsValid(c: Pick<SuitabilityCustomer, 'riskLevel' | 'assessedAt' | 'assessmentExpiresAt'>, now: Date): boolean {
  return c.riskLevel !== null && c.assessedAt !== null && c.assessmentExpiresAt !== null && c.assessedAt <= now && now < c.assessmentExpiresAt;
}

/**
 * The highest risk rank (1–5) of an investment product the customer may be offered: any for a professional investor with
 * a valid assessment, the assessed level otherwise, 0 (none) without a valid assessment. Products outside the C×R gate
 * are not bounded by it.
 */
export function highestRiskRank(c: SuitabilityCustomer, now: Date, policy?: SuitabilityPolicy): number {
  if (!assessmentIsValid(c, now)) return 0;
  return isProfessionalInvestor(c, now, policy) ? 5 : rank(c.riskLevel!);
}

/**
 * The side of a product's suitability that is the same for every customer at `now`: what the product is for the rules,
 * and the rules it breaks for anyone (not active, outside its sale window, a component not on sale), in their order.
 */
export interface PreparedProduct {
  effective: EffectiveProduct;
  offSale: readonly SuitabilityCode[];
}

export function prepareProduct(product: SuitabilityProduct, now: Date): PreparedProduct {
  const effective = effectiveProduct(product, now);
  const offSale: SuitabilityCode[] = [];
  if (product.status !== ProductStatus.ACTIVE) offSale.push('PRODUCT_NOT_ACTIVE');
  if (!withinSaleWindow(product, now)) offSale.push('OUTSIDE_SALE_WINDOW');
  if (!effective.componentsOnSale) offSale.push('COMPONENT_NOT_ON_SALE');
  return { effective, offSale };
}

/**
 * Where the product side comes from: worked out per call by default; a caller that checks the same catalogue for many
 * customers may keep it per product for a span of time over which it cannot change (no sale window of the product or
 * of a component opens or closes within it) and hand it in.
 */
export type ProductPreparation = (product: SuitabilityProduct) => PreparedProduct;

export interface PreparedSuitability {
  /** Whether the product may be offered (no reason text is written: for checking a whole catalogue). */
  allows(product: SuitabilityProduct): boolean;
  /** The decision with every reason that applies. */
  decide(product: SuitabilityProduct): SuitabilityDecision;
}

/**
 * The same rules with the customer's side worked out once (assessment validity, qualified and professional status,
 * age), for deciding many products in a row: recommendations check a whole catalogue per customer.
 */
export function suitabilityFor(
  customer: SuitabilityCustomer,
  now: Date,
  policy: SuitabilityPolicy = DEFAULT_SUITABILITY_POLICY,
  prepared: ProductPreparation = (product) => prepareProduct(product, now),
): PreparedSuitability {
  const assessmentValid = assessmentIsValid(customer, now);
  const customerRank = customer.riskLevel ? rank(customer.riskLevel) : 0;
  const qualified = isQualifiedInvestor(customer, now);
  const professional = isProfessionalInvestor(customer, now, policy);
  const elderly = customer.birthDate !== null && ageOn(customer.birthDate, now) >= ELDERLY_AGE;
  const assessmentTooOldForPrivatePlacements = assessmentValid && now >= addYears(customer.assessedAt!, PRIVATE_FUND_ASSESSMENT_MAX_YEARS);
  const level = professional ? 'a professional investor' : `${customer.riskLevel ?? 'an unassessed'} investor`;

  /** The codes of the rules the product breaks for this customer (after its `offSale` ones, in a fixed order). */
  const brokenHere = (e: EffectiveProduct): SuitabilityCode[] => {
    const codes: SuitabilityCode[] = [];
    if (!customer.tierId || !e.eligibleTierIds.includes(customer.tierId)) codes.push('TIER_NOT_ELIGIBLE');
    if (e.investment) {
      if (!assessmentValid) codes.push('NO_VALID_ASSESSMENT');
      else if (!professional && e.riskRank > customerRank) codes.push('RISK_LEVEL_EXCEEDED');
      if (e.privatePlacement && assessmentTooOldForPrivatePlacements) codes.push('ASSESSMENT_TOO_OLD_FOR_PRIVATE_FUND');
    }
    if (e.requiresQualifiedInvestor && !qualified) codes.push('QUALIFIED_INVESTOR_REQUIRED');
    return codes;
  };

  const riskOf = (e: EffectiveProduct) => `R${e.riskRank}`;
  const params = (code: SuitabilityCode, product: SuitabilityProduct, e: EffectiveProduct): Record<string, string> => {
    switch (code) {
      case 'PRODUCT_NOT_ACTIVE':
        return { status: product.status };
      case 'RISK_LEVEL_EXCEEDED':
        return { productRisk: riskOf(e), customerLevel: customer.riskLevel ?? '', maxRisk: `R${customerRank}` };
      case 'SUITABLE':
        if (!e.investment) return { productRisk: riskOf(e), outsideRiskGate: 'true' };
        return professional ? { productRisk: riskOf(e), professional: 'true' } : { productRisk: riskOf(e), customerLevel: customer.riskLevel ?? '' };
      case 'ELDERLY_CARE':
        return { age: String(ELDERLY_AGE) };
      default:
        return {};
    }
  };

  const message = (code: SuitabilityCode, product: SuitabilityProduct, e: EffectiveProduct): string => {
    switch (code) {
      case 'PRODUCT_NOT_ACTIVE':
        return `The product is ${product.status.toLowerCase()}, not on sale`;
      case 'OUTSIDE_SALE_WINDOW':
        return 'The product is outside its sale window';
      case 'COMPONENT_NOT_ON_SALE':
        return 'A product in the bundle is not on sale';
      case 'TIER_NOT_ELIGIBLE':
        return "The product is not offered to the customer's tier";
      case 'NO_VALID_ASSESSMENT':
        return 'No valid risk assessment (never assessed, or expired): no investment product until the customer is assessed again';
      case 'RISK_LEVEL_EXCEEDED':
        return `${riskOf(e)} is above what a ${customer.riskLevel} investor may buy (up to R${customerRank})`;
      case 'ASSESSMENT_TOO_OLD_FOR_PRIVATE_FUND':
        return 'A private-fund or private-wealth sale needs a risk assessment from the last three years';
      case 'QUALIFIED_INVESTOR_REQUIRED':
        return 'Only for qualified investors: financial assets of at least 3,000,000 CNY or an annual income of at least 500,000 CNY over three years';
      case 'SUITABLE':
        return e.investment ? `Suitable: ${riskOf(e)} for ${level}` : 'Suitable: outside the investor risk-level gate (not an investment product)';
      case 'ELDERLY_CARE':
        return `The customer is ${ELDERLY_AGE} or over: take extra care and explain the risks in person`;
    }
  };
  const reason = (code: SuitabilityCode, product: SuitabilityProduct, e: EffectiveProduct, blocking: boolean): SuitabilityReason => ({
    code,
    blocking,
    message: message(code, product, e),
    params: params(code, product, e),
  });

  return {
    allows: (product) => {
      const { effective, offSale } = prepared(product);
      return offSale.length === 0 && brokenHere(effective).length === 0;
    },
    decide: (product) => {
      const { effective: e, offSale } = prepared(product);
      const reasons: SuitabilityReason[] = [...offSale, ...brokenHere(e)].map((code) => reason(code, product, e, true));
      const allowed = reasons.length === 0;
      if (allowed) reasons.push(reason('SUITABLE', product, e, false));
      if (elderly) reasons.push(reason('ELDERLY_CARE', product, e, false));
      return { allowed, reasons };
    },
  };
}

/** What placing an order does with a decision: go ahead, wait for the special risk warning, or refuse. */
export type OrderGate = { outcome: 'ALLOWED' } | { outcome: 'WARNING_REQUIRED' } | { outcome: 'REFUSED'; codes: string[] };

/**
 * An investor who insists on a product above their level: a C1 investor is refused outright; C2–C5 may proceed once the
 * special written risk warning for the product was shown and confirmed. Only the level may be overridden so: any other
 * blocking reason (no valid assessment, not qualified for a private placement, not on sale, tier) refuses the order.
 */
export function orderGate(customer: Pick<SuitabilityCustomer, 'riskLevel'>, decision: SuitabilityDecision): OrderGate {
  if (decision.allowed) return { outcome: 'ALLOWED' };
  const blocking = decision.reasons.filter((r) => r.blocking).map((r) => r.code);
  if (blocking.length === 1 && blocking[0] === 'RISK_LEVEL_EXCEEDED') {
    return customer.riskLevel === InvestorRiskLevel.C1 ? { outcome: 'REFUSED', codes: ['C1_CANNOT_INSIST'] } : { outcome: 'WARNING_REQUIRED' };
  }
  return { outcome: 'REFUSED', codes: blocking };
}
