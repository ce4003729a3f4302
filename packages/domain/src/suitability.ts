import Decimal from 'decimal.js';
import { ProductStatus, ProductType, RiskLevel } from './enums';
import { withinSaleWindow } from './products';

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
/** A questionnaire behind a private-fund sale is valid for at most three years. */
export const PRIVATE_FUND_ASSESSMENT_MAX_YEARS = 3;
/** Customers of this age and over get extra care (a flag advisors see). */
export const ELDERLY_AGE = 65;

export interface SuitabilityCustomer {
  riskLevel: InvestorRiskLevel | null;
  assessedAt: Date | null;
  assessmentExpiresAt: Date | null;
  tierId: string | null;
  /** Financial assets held with the institution (CNY, decimal string). */
  financialAssetsHere: string;
  /** Financial assets held elsewhere, as declared (and evidenced) by the customer. */
  financialAssetsElsewhere: string | null;
  /** Average annual income over the last three years, as declared. */
  averageAnnualIncome: string | null;
  birthDate: Date | null;
  /** A professional investor (assets ≥ 5,000,000 or high income, with two years' experience) may buy any risk level. */
  professionalInvestor: boolean;
}

export interface SuitabilityProduct {
  type: ProductType;
  riskLevel: RiskLevel;
  status: ProductStatus;
  saleStartsAt: Date | null;
  saleEndsAt: Date | null;
  eligibleTierIds: readonly string[];
  requiresQualifiedInvestor: boolean;
}

export type SuitabilityCode =
  | 'PRODUCT_NOT_ACTIVE'
  | 'OUTSIDE_SALE_WINDOW'
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

/** Whether the customer counts as a qualified investor (assets here plus declared elsewhere, or income). */
export function isQualifiedInvestor(c: Pick<SuitabilityCustomer, 'financialAssetsHere' | 'financialAssetsElsewhere' | 'averageAnnualIncome'>): boolean {
  const assets = new Decimal(c.financialAssetsHere).plus(c.financialAssetsElsewhere ?? '0');
  return (
    assets.greaterThanOrEqualTo(QUALIFIED_INVESTOR_ASSETS_CNY) ||
    (c.averageAnnualIncome !== null && new Decimal(c.averageAnnualIncome).greaterThanOrEqualTo(QUALIFIED_INVESTOR_INCOME_CNY))
  );
}

/**
 * May this product lawfully be offered to this customer now? Returns every reason that applies, each with a
 * stable code and a readable message, so a partner or advisor can explain a refusal.
 */
export function suitability(customer: SuitabilityCustomer, product: SuitabilityProduct, now: Date): SuitabilityDecision {
  return suitabilityFor(customer, now).decide(product);
}

/** A risk level with an assessment that has not expired. */
export function assessmentIsValid(c: Pick<SuitabilityCustomer, 'riskLevel' | 'assessedAt' | 'assessmentExpiresAt'>, now: Date): boolean {
  return c.riskLevel !== null && c.assessedAt !== null && c.assessmentExpiresAt !== null && now < c.assessmentExpiresAt;
}

/** The highest product risk rank (1–5) the customer may be offered: any for a professional investor, R1 without a valid assessment. */
export function highestRiskRank(c: SuitabilityCustomer, now: Date): number {
  if (c.professionalInvestor) return 5;
  return assessmentIsValid(c, now) ? rank(c.riskLevel!) : 1;
}

export interface PreparedSuitability {
  /** Whether the product may be offered (no reason text is written: for checking a whole catalogue). */
  allows(product: SuitabilityProduct): boolean;
  /** The decision with every reason that applies. */
  decide(product: SuitabilityProduct): SuitabilityDecision;
}

/**
 * The same rules with the customer's side worked out once (assessment validity, qualified investor, age), for
 * deciding many products in a row: recommendations check a whole catalogue per customer.
 */
export function suitabilityFor(customer: SuitabilityCustomer, now: Date): PreparedSuitability {
  const assessmentValid = assessmentIsValid(customer, now);
  const customerRank = customer.riskLevel ? rank(customer.riskLevel) : 0;
  const qualified = isQualifiedInvestor(customer);
  const elderly = customer.birthDate !== null && ageOn(customer.birthDate, now) >= ELDERLY_AGE;
  const assessmentTooOldForPrivateFunds = assessmentValid && now >= addYears(customer.assessedAt!, PRIVATE_FUND_ASSESSMENT_MAX_YEARS);
  const level = customer.professionalInvestor ? 'a professional investor' : `${customer.riskLevel ?? 'an unassessed'} investor`;

  /** The codes of the rules the product breaks, in a fixed order; the messages are written by `decide`. */
  const broken = (product: SuitabilityProduct): SuitabilityCode[] => {
    const codes: SuitabilityCode[] = [];
    if (product.status !== ProductStatus.ACTIVE) codes.push('PRODUCT_NOT_ACTIVE');
    if (!withinSaleWindow(product, now)) codes.push('OUTSIDE_SALE_WINDOW');
    if (!customer.tierId || !product.eligibleTierIds.includes(customer.tierId)) codes.push('TIER_NOT_ELIGIBLE');
    const productRank = rank(product.riskLevel);
    if (!customer.professionalInvestor) {
      if (!assessmentValid) {
        if (productRank > 1) codes.push('NO_VALID_ASSESSMENT');
      } else if (productRank > customerRank) {
        codes.push('RISK_LEVEL_EXCEEDED');
      }
    }
    if (product.type === ProductType.PRIVATE_FUND && assessmentTooOldForPrivateFunds) codes.push('ASSESSMENT_TOO_OLD_FOR_PRIVATE_FUND');
    if (product.requiresQualifiedInvestor && !qualified) codes.push('QUALIFIED_INVESTOR_REQUIRED');
    return codes;
  };

  const params = (code: SuitabilityCode, product: SuitabilityProduct): Record<string, string> => {
    switch (code) {
      case 'PRODUCT_NOT_ACTIVE':
        return { status: product.status };
      case 'RISK_LEVEL_EXCEEDED':
        return { productRisk: product.riskLevel, customerLevel: customer.riskLevel ?? '', maxRisk: `R${customerRank}` };
      case 'SUITABLE':
        return customer.professionalInvestor
          ? { productRisk: product.riskLevel, professional: 'true' }
          : { productRisk: product.riskLevel, customerLevel: customer.riskLevel ?? '' };
      case 'ELDERLY_CARE':
        return { age: String(ELDERLY_AGE) };
      default:
        return {};
    }
  };
  const reason = (code: SuitabilityCode, product: SuitabilityProduct, blocking: boolean): SuitabilityReason => ({
    code,
    blocking,
    message: message(code, product),
    params: params(code, product),
  });

  const message = (code: SuitabilityCode, product: SuitabilityProduct): string => {
    switch (code) {
      case 'PRODUCT_NOT_ACTIVE':
        return `The product is ${product.status.toLowerCase()}, not on sale`;
      case 'OUTSIDE_SALE_WINDOW':
        return 'The product is outside its sale window';
      case 'TIER_NOT_ELIGIBLE':
        return "The product is not offered to the customer's tier";
      case 'NO_VALID_ASSESSMENT':
        return 'No valid risk assessment (never assessed, or expired): only R1 products until it is renewed';
      case 'RISK_LEVEL_EXCEEDED':
        return `${product.riskLevel} is above what a ${customer.riskLevel} investor may buy (up to R${customerRank})`;
      case 'ASSESSMENT_TOO_OLD_FOR_PRIVATE_FUND':
        return 'A private-fund sale needs a risk assessment from the last three years';
      case 'QUALIFIED_INVESTOR_REQUIRED':
        return 'Only for qualified investors: financial assets of at least 3,000,000 CNY or an annual income of at least 500,000 CNY over three years';
      case 'SUITABLE':
        return `Suitable: ${product.riskLevel} for ${level}`;
      case 'ELDERLY_CARE':
        return `The customer is ${ELDERLY_AGE} or over: take extra care and explain the risks in person`;
    }
  };

  return {
    allows: (product) => broken(product).length === 0,
    decide: (product) => {
      const reasons: SuitabilityReason[] = broken(product).map((code) => reason(code, product, true));
      const allowed = reasons.length === 0;
      if (allowed) reasons.push(reason('SUITABLE', product, false));
      if (elderly) reasons.push(reason('ELDERLY_CARE', product, false));
      return { allowed, reasons };
    },
  };
}
