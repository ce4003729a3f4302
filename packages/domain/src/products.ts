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
  /** Revenue from a sale in percent of its amount (fees, or a loan's interest margin); absent or null: none recorded. */
  revenueRate?: string | null;
  saleStartsAt: Date | null;
  saleEndsAt: Date | null;
  requiresQualifiedInvestor: boolean;
  coolingOffHours: number;
  componentIds: readonly string[];
  status: ProductStatus;
  eligibleTierIds: readonly string[];
  /** Today's rate (CNY per unit) for a product not in CNY, null when none is recorded, undefined when not known here. */
  cnyPerUnit?: string | null;
}

const PRIVATE_TYPES: ReadonlySet<ProductType> = new Set([ProductType.PRIVATE_FUND, ProductType.PRIVATE_WEALTH]);

/** Private placements: qualified investors only, at least 1,000,000 CNY per fund, ≥ 24 h cooling-off. */
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
  if (p.revenueRate != null && (new Decimal(p.revenueRate).isNegative() || new Decimal(p.revenueRate).greaterThan(100))) {
    v.push({ code: 'REVENUE_RATE_RANGE', field: 'revenueRate', message: 'The revenue rate is a percent of the amount, from 0 to 100' });
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
  if (PRIVATE_TYPES.has(p.type) || p.requiresQualifiedInvestor) {
    // A private placement, or any product sold to qualified investors only (a bank's private wealth product).
    if (!p.requiresQualifiedInvestor) {
      v.push({ code: 'PRIVATE_FUND_QUALIFIED', field: 'requiresQualifiedInvestor', message: 'A private placement may only be sold to qualified investors' });
    }
    if (p.coolingOffHours < PRIVATE_FUND_MIN_COOLING_OFF_HOURS) {
      v.push({
        code: 'PRIVATE_FUND_COOLING_OFF',
        field: 'coolingOffHours',
        message: 'A private placement (qualified investors only) needs a cooling-off period of at least 24 hours',
      });
    }
    const minimum =
      p.minInvestment === null ? null : p.currency === 'CNY' ? p.minInvestment : p.cnyPerUnit ? new Decimal(p.minInvestment).times(p.cnyPerUnit) : null;
    // Without `cnyPerUnit` (undefined: a form that does not know today's rate) a non-CNY minimum is left to the server.
    if (p.currency !== 'CNY' && p.cnyPerUnit === null && p.status === ProductStatus.ACTIVE) {
      v.push({
        code: 'PRIVATE_FUND_NO_RATE',
        field: 'currency',
        message: `No ${p.currency} exchange rate for today: record one before a private placement in ${p.currency} goes on sale`,
      });
    } else if (p.currency === 'CNY' || p.cnyPerUnit) {
      if (minimum === null || new Decimal(minimum).lessThan(PRIVATE_FUND_MIN_INVESTMENT_CNY)) {
        v.push({
          code: 'PRIVATE_FUND_MIN_INVESTMENT',
          field: 'minInvestment',
          message: 'A private placement takes at least 1,000,000 CNY (or its equivalent) per investor',
        });
      }
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

/** What a bundle's rules read of each component: its own risk level (effective, for a nested bundle) and tiers. */
export interface BundleComponentFacts {
  code: string;
  riskLevel: string;
  eligibleTierIds: readonly string[];
}

/**
 * A bundle carries at least the highest risk level of its components and is offered only to tiers every component is
 * offered to: an R2 label on an R4 fund, or a tier a component is not sold to, is refused (checked when the bundle or
 * any of its components changes).
 */
export function bundleViolations(
  bundle: { riskLevel: string; eligibleTierIds: readonly string[] },
  components: readonly BundleComponentFacts[],
): RuleViolation[] {
  const v: RuleViolation[] = [];
  const riskiest = components.reduce<BundleComponentFacts | null>((top, c) => (!top || c.riskLevel > top.riskLevel ? c : top), null);
  if (riskiest && riskiest.riskLevel > bundle.riskLevel) {
    v.push({
      code: 'BUNDLE_RISK_BELOW_COMPONENTS',
      field: 'riskLevel',
      message: `A bundle is as risky as its riskiest component: ${riskiest.code} is ${riskiest.riskLevel}, so the bundle is at least ${riskiest.riskLevel}`,
    });
  }
  const outside = bundle.eligibleTierIds.filter((t) => components.some((c) => !c.eligibleTierIds.includes(t)));
  if (outside.length) {
    v.push({
      code: 'BUNDLE_TIER_NOT_IN_COMPONENTS',
      field: 'eligibleTierIds',
      message: `A bundle is offered only to tiers every component is offered to; not so for ${outside.join(', ')}`,
    });
  }
  return v;
}

/**
 * The institution's revenue from one sale: its amount in CNY times the product's revenue rate (percent), to the fen,
 * half up; null when the product records no rate (that revenue is unknown, not zero).
 */
export function saleRevenue(cnyAmount: string, revenueRate: string | null): string | null {
  if (revenueRate === null) return null;
  return new Decimal(cnyAmount).times(revenueRate).dividedBy(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}
