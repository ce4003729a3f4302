import Decimal from 'decimal.js';
import { ProductStatus, ProductType } from './enums';
import { negativeAmountViolations } from './money';
import type { RuleViolation } from './rule-violation';

/** The fields of a product that its cross-field rules read. Money and rates are decimal strings. */
export interface ProductRuleInput {
  type: ProductType;
  currency: string;
  minInvestment: string | null;
  expectedReturnMin: string | null;
  expectedReturnMax: string | null;
  saleStartsAt: Date | null;
  saleEndsAt: Date | null;
  requiresQualifiedInvestor: boolean;
  coolingOffHours: number;
  componentIds: readonly string[];
  status: ProductStatus;
  eligibleTierIds: readonly string[];
}

/** Private funds: qualified investors only, at least 1,000,000 CNY per fund, ≥ 24 h cooling-off. */
export const PRIVATE_FUND_MIN_INVESTMENT_CNY = '1000000';
export const PRIVATE_FUND_MIN_COOLING_OFF_HOURS = 24;

/** Every cross-field rule a product breaks (empty when it is consistent). */
export function productViolations(p: ProductRuleInput): RuleViolation[] {
  const v: RuleViolation[] = [...negativeAmountViolations({ minInvestment: p.minInvestment })];
  if (p.saleStartsAt && p.saleEndsAt && p.saleEndsAt.getTime() <= p.saleStartsAt.getTime()) {
    v.push({ code: 'SALE_WINDOW_ORDER', field: 'saleEndsAt', message: 'The sale window must end after it starts' });
  }
  if (p.expectedReturnMin !== null && p.expectedReturnMax !== null && new Decimal(p.expectedReturnMin).greaterThan(p.expectedReturnMax)) {
    v.push({ code: 'RETURN_RANGE_ORDER', field: 'expectedReturnMax', message: 'The expected return maximum cannot be below its minimum' });
  }
  if (p.type === ProductType.BUNDLE) {
    if (p.componentIds.length < 2) {
      v.push({ code: 'BUNDLE_TOO_SMALL', field: 'componentIds', message: 'A bundle combines at least two component products' });
    }
  } else if (p.componentIds.length > 0) {
    v.push({ code: 'COMPONENTS_NOT_BUNDLE', field: 'componentIds', message: 'Only a product of type BUNDLE can have component products' });
  }
  if (new Set(p.componentIds).size !== p.componentIds.length) {
    v.push({ code: 'DUPLICATE_COMPONENT', field: 'componentIds', message: 'A bundle lists each component product once' });
  }
  if (p.status === ProductStatus.ACTIVE && p.eligibleTierIds.length === 0) {
    v.push({
      code: 'ACTIVE_WITHOUT_TIERS',
      field: 'eligibleTierIds',
      message: 'An active product needs at least one eligible tier: choose who may be offered it',
    });
  }
  if (p.type === ProductType.PRIVATE_FUND) {
    if (!p.requiresQualifiedInvestor) {
      v.push({ code: 'PRIVATE_FUND_QUALIFIED', field: 'requiresQualifiedInvestor', message: 'A private fund may only be sold to qualified investors' });
    }
    if (p.coolingOffHours < PRIVATE_FUND_MIN_COOLING_OFF_HOURS) {
      v.push({ code: 'PRIVATE_FUND_COOLING_OFF', field: 'coolingOffHours', message: 'A private fund needs a cooling-off period of at least 24 hours' });
    }
    if (p.currency === 'CNY' && (p.minInvestment === null || new Decimal(p.minInvestment).lessThan(PRIVATE_FUND_MIN_INVESTMENT_CNY))) {
      v.push({ code: 'PRIVATE_FUND_MIN_INVESTMENT', field: 'minInvestment', message: 'A private fund takes at least 1,000,000 CNY per investor' });
    }
  }
  return v;
}

/** A tier entitlement's annual quota: null is unlimited, otherwise a whole number ≥ 0. */
export function quotaViolations(annualQuota: number | null): RuleViolation[] {
  if (annualQuota === null) return [];
  if (!Number.isInteger(annualQuota) || annualQuota < 0) {
    return [{ code: 'QUOTA_RANGE', field: 'annualQuota', message: 'An annual quota is a whole number of 0 or more (leave it empty for unlimited)' }];
  }
  return [];
}

/** On sale now: active, and within its sale window (the start inclusive, the end exclusive). What partners may see. */
/** Inside the sale window: from its start (inclusive) to its end (exclusive); an open end is no limit. */
export function withinSaleWindow(p: { saleStartsAt: Date | null; saleEndsAt: Date | null }, now: Date): boolean {
  return !(p.saleStartsAt && now < p.saleStartsAt) && !(p.saleEndsAt && now >= p.saleEndsAt);
}

export function isOnSale(p: { status: string; saleStartsAt: Date | null; saleEndsAt: Date | null }, now: Date): boolean {
  return p.status === 'ACTIVE' && withinSaleWindow(p, now);
}

/**
 * The product lifecycle: a draft is activated (or dropped as retired); an active product is suspended or retired; a
 * suspended one is reactivated or retired; a retired product stays retired. DRAFT straight to SUSPENDED makes no sense.
 */
export const PRODUCT_TRANSITIONS: Readonly<Record<ProductStatus, readonly ProductStatus[]>> = {
  [ProductStatus.DRAFT]: [ProductStatus.ACTIVE, ProductStatus.RETIRED],
  [ProductStatus.ACTIVE]: [ProductStatus.SUSPENDED, ProductStatus.RETIRED],
  [ProductStatus.SUSPENDED]: [ProductStatus.ACTIVE, ProductStatus.RETIRED],
  [ProductStatus.RETIRED]: [],
};

/** Why a product may not go from one status to another (null when it may, or when the status does not change). */
export function statusTransitionViolation(from: ProductStatus, to: ProductStatus): RuleViolation | null {
  if (from === to || PRODUCT_TRANSITIONS[from].includes(to)) return null;
  const allowed = PRODUCT_TRANSITIONS[from];
  return {
    code: 'INVALID_STATUS_TRANSITION',
    field: 'status',
    message: `A ${from} product cannot become ${to}${allowed.length ? ` (it can become ${allowed.join(' or ')})` : ' (a retired product stays retired)'}`,
  };
}
