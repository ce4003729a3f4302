import Decimal from 'decimal.js';
import type { RuleViolation } from './rule-violation';
import { PRIVATE_FUND_MIN_INVESTMENT_CNY } from './products';

/**
 * An order (a subscription, purchase or application): drafted, held for the special risk warning when the investor
 * insists on a product above their level, signed, paid, then in cooling-off when the product has one, and confirmed.
 * It may be cancelled before it is confirmed (with a full refund once paid), or refused with the reasons.
 */
export enum OrderStatus {
  DRAFT = 'DRAFT',
  AWAITING_WARNING_CONFIRMATION = 'AWAITING_WARNING_CONFIRMATION',
  SIGNED = 'SIGNED',
  PAID = 'PAID',
  IN_COOLING_OFF = 'IN_COOLING_OFF',
  CONFIRMED = 'CONFIRMED',
  CANCELLED = 'CANCELLED',
  REFUSED = 'REFUSED',
}

export const ORDER_TRANSITIONS: Readonly<Record<OrderStatus, readonly OrderStatus[]>> = {
  [OrderStatus.DRAFT]: [OrderStatus.AWAITING_WARNING_CONFIRMATION, OrderStatus.SIGNED, OrderStatus.CANCELLED, OrderStatus.REFUSED],
  [OrderStatus.AWAITING_WARNING_CONFIRMATION]: [OrderStatus.SIGNED, OrderStatus.CANCELLED, OrderStatus.REFUSED],
  [OrderStatus.SIGNED]: [OrderStatus.PAID, OrderStatus.CANCELLED],
  [OrderStatus.PAID]: [OrderStatus.IN_COOLING_OFF, OrderStatus.CONFIRMED, OrderStatus.CANCELLED],
  [OrderStatus.IN_COOLING_OFF]: [OrderStatus.CONFIRMED, OrderStatus.CANCELLED],
  [OrderStatus.CONFIRMED]: [],
  [OrderStatus.CANCELLED]: [],
  [OrderStatus.REFUSED]: [],
};

/** Why an order may not go from one status to another (null when it may). */
export function orderTransitionViolation(from: OrderStatus, to: OrderStatus): RuleViolation | null {
  if (ORDER_TRANSITIONS[from].includes(to)) return null;
  const next = ORDER_TRANSITIONS[from];
  return {
    code: 'INVALID_ORDER_TRANSITION',
    field: 'status',
    message: `A ${from} order cannot become ${to}${next.length ? ` (it can become ${next.join(' or ')})` : ' (it is final)'}`,
  };
}

/** When cooling-off ends: `hours` after the later of signing and payment (it starts only when both happened). */
export function coolingOffEndsAt(signedAt: Date, paidAt: Date, hours: number): Date {
  return new Date(Math.max(signedAt.getTime(), paidAt.getTime()) + hours * 3_600_000);
}

/** The status an order takes once both signed and paid: cooling-off when the product has one, confirmed otherwise. */
export function statusAfterPayment(coolingOffHours: number): OrderStatus.IN_COOLING_OFF | OrderStatus.CONFIRMED {
  return coolingOffHours > 0 ? OrderStatus.IN_COOLING_OFF : OrderStatus.CONFIRMED;
}

/** An order whose cooling-off holds at `at` (its end exclusive). */
export function isInCoolingOff(order: { status: OrderStatus; coolingOffEndsAt: Date | null }, at: Date): boolean {
  return order.status === OrderStatus.IN_COOLING_OFF && order.coolingOffEndsAt !== null && at < order.coolingOffEndsAt;
}

/** What a cancellation refunds: everything paid, while the order is not confirmed (cooling-off included). */
export function refundOnCancel(order: { status: OrderStatus; amount: string }): string {
  return order.status === OrderStatus.PAID || order.status === OrderStatus.IN_COOLING_OFF ? order.amount : '0';
}

/** An amount in CNY at a rate (CNY per unit of the currency), exact, to the fen (half up). */
export function cnyEquivalent(amount: string, currency: string, cnyPerUnit: string | null): string | null {
  if (currency === 'CNY') return new Decimal(amount).toFixed(2);
  if (cnyPerUnit === null) return null;
  return new Decimal(amount).times(cnyPerUnit).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}

/**
 * At least 1,000,000 CNY per investor per private placement, per subscription, in CNY or its equivalent at the day's
 * rate; without a rate for the day a non-CNY private placement cannot be sold.
 */
export function privatePlacementAmountViolation(amount: string, currency: string, cnyPerUnit: string | null): RuleViolation | null {
  if (currency !== 'CNY' && cnyPerUnit === null) {
    return { code: 'NO_EXCHANGE_RATE', field: 'amount', message: `No ${currency} exchange rate for today: a private placement in ${currency} cannot be sold` };
  }
  // The exact product is compared: 999,999.997 CNY is below the minimum, though it rounds to 1,000,000.00.
  const exact = currency === 'CNY' ? new Decimal(amount) : new Decimal(amount).times(cnyPerUnit!);
  if (exact.lessThan(PRIVATE_FUND_MIN_INVESTMENT_CNY)) {
    return {
      code: 'BELOW_PRIVATE_PLACEMENT_MINIMUM',
      field: 'amount',
      message: `A private placement takes at least 1,000,000 CNY per subscription (this is ${cnyEquivalent(amount, currency, cnyPerUnit)} CNY)`,
    };
  }
  return null;
}
