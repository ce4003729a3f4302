import {
  cnyEquivalent,
  coolingOffEndsAt,
  isInCoolingOff,
  orderTransitionViolation,
  OrderStatus,
  privatePlacementAmountViolation,
  refundOnCancel,
  statusAfterPayment,
} from './orders';

const at = (iso: string) => new Date(iso);

describe('the order lifecycle', () => {
  it.each<[OrderStatus, OrderStatus, boolean]>([
    [OrderStatus.DRAFT, OrderStatus.SIGNED, true],
    [OrderStatus.DRAFT, OrderStatus.AWAITING_WARNING_CONFIRMATION, true],
    [OrderStatus.AWAITING_WARNING_CONFIRMATION, OrderStatus.SIGNED, true],
    [OrderStatus.DRAFT, OrderStatus.PAID, false], // signed first
    [OrderStatus.SIGNED, OrderStatus.PAID, true],
    [OrderStatus.PAID, OrderStatus.IN_COOLING_OFF, true],
    [OrderStatus.IN_COOLING_OFF, OrderStatus.CONFIRMED, true],
    [OrderStatus.IN_COOLING_OFF, OrderStatus.CANCELLED, true],
    [OrderStatus.CONFIRMED, OrderStatus.CANCELLED, false], // confirmed is final
    [OrderStatus.CANCELLED, OrderStatus.SIGNED, false],
    [OrderStatus.REFUSED, OrderStatus.SIGNED, false],
    [OrderStatus.SIGNED, OrderStatus.REFUSED, false], // refused only before signing
  ])('%s → %s: %p', (from, to, allowed) => {
    expect(orderTransitionViolation(from, to) === null).toBe(allowed);
  });

  it('says where an order can go instead', () => {
    expect(orderTransitionViolation(OrderStatus.CONFIRMED, OrderStatus.CANCELLED)?.message).toBe('A CONFIRMED order cannot become CANCELLED (it is final)');
  });
});

describe('cooling-off', () => {
  it('starts when the order is both signed and paid, whichever is later', () => {
    expect(coolingOffEndsAt(at('2026-12-01T02:00:00Z'), at('2026-12-01T05:00:00Z'), 24).toISOString()).toBe('2026-12-02T05:00:00.000Z');
    expect(coolingOffEndsAt(at('2026-12-01T09:00:00Z'), at('2026-12-01T05:00:00Z'), 24).toISOString()).toBe('2026-12-02T09:00:00.000Z');
  });

  it('holds until its end, exclusive', () => {
    const order = { status: OrderStatus.IN_COOLING_OFF, coolingOffEndsAt: at('2026-12-02T05:00:00Z') };
    expect(isInCoolingOff(order, at('2026-12-02T04:59:59.999Z'))).toBe(true);
    expect(isInCoolingOff(order, at('2026-12-02T05:00:00Z'))).toBe(false);
    expect(isInCoolingOff({ ...order, status: OrderStatus.CANCELLED }, at('2026-12-01T06:00:00Z'))).toBe(false);
    expect(isInCoolingOff({ ...order, status: OrderStatus.CONFIRMED }, at('2026-12-01T06:00:00Z'))).toBe(false);
  });

  it('is skipped for a product without one', () => {
    expect(statusAfterPayment(0)).toBe(OrderStatus.CONFIRMED);
    expect(statusAfterPayment(24)).toBe(OrderStatus.IN_COOLING_OFF);
  });

  it('cancelling refunds in full what was paid, nothing before payment', () => {
    expect(refundOnCancel({ status: OrderStatus.IN_COOLING_OFF, amount: '1000000.00' })).toBe('1000000.00');
    expect(refundOnCancel({ status: OrderStatus.PAID, amount: '5000.00' })).toBe('5000.00');
    expect(refundOnCancel({ status: OrderStatus.SIGNED, amount: '5000.00' })).toBe('0');
  });
});

describe('at least 1,000,000 CNY per private placement, at the day’s rate', () => {
  it.each<[string, string, string | null, string | null]>([
    ['1000000', 'CNY', null, null],
    ['999999.99', 'CNY', null, 'BELOW_PRIVATE_PLACEMENT_MINIMUM'],
    ['140845.08', 'USD', '7.1', null], // 1,000,000.07 CNY
    ['140845.07', 'USD', '7.1', 'BELOW_PRIVATE_PLACEMENT_MINIMUM'], // 999,999.997 → 1,000,000.00 rounded, but the exact product is compared
    ['1000', 'USD', '7.1', 'BELOW_PRIVATE_PLACEMENT_MINIMUM'],
    ['5000000', 'USD', null, 'NO_EXCHANGE_RATE'],
  ])('%s %s at %s → %s', (amount, currency, rate, code) => {
    expect(privatePlacementAmountViolation(amount, currency, rate)?.code ?? null).toBe(code);
  });

  it('converts exactly, to the fen', () => {
    expect(cnyEquivalent('0.1', 'USD', '7.1')).toBe('0.71');
    expect(cnyEquivalent('100.005', 'CNY', null)).toBe('100.01');
    expect(cnyEquivalent('1', 'HKD', '0.91235')).toBe('0.91');
    expect(cnyEquivalent('1', 'USD', null)).toBeNull();
  });
});
