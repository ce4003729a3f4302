import { ProductStatus, ProductType } from './enums';
import {
  bundleViolations,
  isOnSale,
  productViolations,
  saleRevenue,
  withinSaleWindow,
  quotaViolations,
  statusTransitionViolation,
  type ProductRuleInput,
} from './products';

const base: ProductRuleInput = {
  type: ProductType.FUND,
  currency: 'CNY',
  minInvestment: '1000',
  expectedReturnMin: '2.00',
  expectedReturnMax: '4.00',
  saleStartsAt: new Date('2026-01-01T00:00:00Z'),
  saleEndsAt: new Date('2026-12-31T00:00:00Z'),
  requiresQualifiedInvestor: false,
  coolingOffHours: 0,
  componentIds: [],
  status: ProductStatus.ACTIVE,
  eligibleTierIds: ['t1'],
};

describe('productViolations', () => {
  it.each<[string, Partial<ProductRuleInput>, string[]]>([
    ['a consistent fund', {}, []],
    ['open-ended sale window', { saleEndsAt: null }, []],
    ['sale ends before it starts', { saleEndsAt: new Date('2025-12-31T00:00:00Z') }, ['SALE_WINDOW_ORDER']],
    ['sale ends when it starts', { saleEndsAt: base.saleStartsAt }, ['SALE_WINDOW_ORDER']],
    ['return max below min', { expectedReturnMax: '1.99' }, ['RETURN_RANGE_ORDER']],
    ['equal return bounds', { expectedReturnMax: '2.00' }, []],
    ['a revenue rate of 1.5%', { revenueRate: '1.5' }, []],
    ['a revenue rate of 100%', { revenueRate: '100' }, []],
    ['a negative revenue rate', { revenueRate: '-0.01' }, ['REVENUE_RATE_RANGE']],
    ['a revenue rate over 100%', { revenueRate: '100.01' }, ['REVENUE_RATE_RANGE']],
    ['components on a fund', { componentIds: ['a', 'b'] }, ['COMPONENTS_NOT_BUNDLE']],
    ['bundle of two', { type: ProductType.BUNDLE, componentIds: ['a', 'b'] }, []],
    ['bundle of one', { type: ProductType.BUNDLE, componentIds: ['a'] }, ['BUNDLE_TOO_SMALL']],
    ['bundle repeats a component', { type: ProductType.BUNDLE, componentIds: ['a', 'a'] }, ['DUPLICATE_COMPONENT']],
    ['compliant private fund', { type: ProductType.PRIVATE_FUND, requiresQualifiedInvestor: true, coolingOffHours: 24, minInvestment: '1000000' }, []],
    ['private fund for anyone', { type: ProductType.PRIVATE_FUND, coolingOffHours: 24, minInvestment: '1000000' }, ['PRIVATE_FUND_QUALIFIED']],
    [
      'private fund without cooling-off',
      { type: ProductType.PRIVATE_FUND, requiresQualifiedInvestor: true, coolingOffHours: 23, minInvestment: '1000000' },
      ['PRIVATE_FUND_COOLING_OFF'],
    ],
    ['active without an eligible tier', { eligibleTierIds: [] }, ['ACTIVE_WITHOUT_TIERS']],
    ['a draft without tiers', { eligibleTierIds: [], status: ProductStatus.DRAFT }, []],
    [
      'private fund under 1M CNY',
      { type: ProductType.PRIVATE_FUND, requiresQualifiedInvestor: true, coolingOffHours: 24, minInvestment: '999999.99' },
      ['PRIVATE_FUND_MIN_INVESTMENT'],
    ],
    [
      'compliant bank private wealth product',
      { type: ProductType.PRIVATE_WEALTH, requiresQualifiedInvestor: true, coolingOffHours: 24, minInvestment: '1000000' },
      [],
    ],
    ['private wealth product for anyone', { type: ProductType.PRIVATE_WEALTH, coolingOffHours: 24, minInvestment: '1000000' }, ['PRIVATE_FUND_QUALIFIED']],
    [
      'a qualified-only wealth product with no cooling-off',
      { type: ProductType.WEALTH_PRODUCT, requiresQualifiedInvestor: true, coolingOffHours: 0, minInvestment: '1000000' },
      ['PRIVATE_FUND_COOLING_OFF'],
    ],
    [
      'a USD private fund with a 1,000 minimum and no rate for today',
      { type: ProductType.PRIVATE_FUND, currency: 'USD', requiresQualifiedInvestor: true, coolingOffHours: 24, minInvestment: '1000', cnyPerUnit: null },
      ['PRIVATE_FUND_NO_RATE'],
    ],
    [
      'a USD private fund with a 1,000 minimum at 7.1',
      { type: ProductType.PRIVATE_FUND, currency: 'USD', requiresQualifiedInvestor: true, coolingOffHours: 24, minInvestment: '1000', cnyPerUnit: '7.1' },
      ['PRIVATE_FUND_MIN_INVESTMENT'],
    ],
    [
      'a USD private fund whose minimum is 1,000,000 CNY at the rate',
      { type: ProductType.PRIVATE_FUND, currency: 'USD', requiresQualifiedInvestor: true, coolingOffHours: 24, minInvestment: '140845.08', cnyPerUnit: '7.1' },
      [],
    ],
    [
      'a cent below at the rate',
      { type: ProductType.PRIVATE_FUND, currency: 'USD', requiresQualifiedInvestor: true, coolingOffHours: 24, minInvestment: '140845.07', cnyPerUnit: '7.1' },
      ['PRIVATE_FUND_MIN_INVESTMENT'],
    ],
    [
      'a draft USD private fund may wait for its rate',
      {
        type: ProductType.PRIVATE_FUND,
        currency: 'USD',
        status: ProductStatus.DRAFT,
        ...{ requiresQualifiedInvestor: true, coolingOffHours: 24, minInvestment: '1000000' },
        cnyPerUnit: null,
      },
      [],
    ],
  ])('%s', (_name, change, codes) => {
    expect(productViolations({ ...base, ...change }).map((v) => v.code)).toEqual(codes);
  });
});

describe('saleRevenue: the fee or margin of one sale', () => {
  it.each<[string, string | null, string | null]>([
    ['100000.00', '1.5', '1500.00'],
    ['33333.33', '0.35', '116.67'],
    ['0.01', '50', '0.01'],
    ['1000.00', '0', '0.00'],
    ['1000.00', null, null],
  ])('%s at %s%% earns %s', (amount, rate, revenue) => expect(saleRevenue(amount, rate)).toBe(revenue));
});

describe('quotaViolations', () => {
  it.each<[number | null, number]>([
    [null, 0],
    [0, 0],
    [4, 0],
    [-1, 1],
    [1.5, 1],
  ])('%p → %p violations', (quota, count) => {
    expect(quotaViolations(quota)).toHaveLength(count);
  });
});

describe('isOnSale', () => {
  const at = new Date('2026-06-01T00:00:00Z');
  it.each([
    ['active, no window', { status: 'ACTIVE', saleStartsAt: null, saleEndsAt: null }, true],
    ['suspended', { status: 'SUSPENDED', saleStartsAt: null, saleEndsAt: null }, false],
    ['starts exactly now', { status: 'ACTIVE', saleStartsAt: at, saleEndsAt: null }, true],
    ['not started', { status: 'ACTIVE', saleStartsAt: new Date(at.getTime() + 1), saleEndsAt: null }, false],
    ['ends exactly now', { status: 'ACTIVE', saleStartsAt: null, saleEndsAt: at }, false],
  ])('%s', (_name, product, expected) => {
    expect(isOnSale(product, at)).toBe(expected);
  });
});

describe('the sale window (one rule for suitability, recommendations and the catalogue)', () => {
  const at = new Date('2026-06-01T00:00:00Z');
  const ms = (d: number) => new Date(at.getTime() + d);
  it.each([
    ['open on both sides', null, null, true],
    ['from its first instant', at, null, true],
    ['not before it starts', ms(1), null, false],
    ['up to its last instant', null, ms(1), true],
    ['not from the instant it ends', null, at, false],
    ['inside a closed window', ms(-1000), ms(1000), true],
  ])('%s', (_name, saleStartsAt, saleEndsAt, expected) => {
    expect(withinSaleWindow({ saleStartsAt, saleEndsAt }, at)).toBe(expected);
  });
});

describe('the product lifecycle', () => {
  const { DRAFT, ACTIVE, SUSPENDED, RETIRED } = ProductStatus;
  it.each([
    [DRAFT, ACTIVE, true],
    [DRAFT, RETIRED, true],
    [DRAFT, SUSPENDED, false],
    [ACTIVE, SUSPENDED, true],
    [ACTIVE, RETIRED, true],
    [ACTIVE, DRAFT, false],
    [SUSPENDED, ACTIVE, true],
    [SUSPENDED, RETIRED, true],
    [SUSPENDED, DRAFT, false],
    [RETIRED, ACTIVE, false],
    [RETIRED, SUSPENDED, false],
    [RETIRED, DRAFT, false],
    [ACTIVE, ACTIVE, true],
    [RETIRED, RETIRED, true],
  ])('%s → %s allowed: %s', (from, to, allowed) => {
    expect(statusTransitionViolation(from, to) === null).toBe(allowed);
  });
  it('says where a product can go instead', () => {
    expect(statusTransitionViolation(DRAFT, SUSPENDED)?.message).toBe('A DRAFT product cannot become SUSPENDED (it can become ACTIVE or RETIRED)');
    expect(statusTransitionViolation(RETIRED, ACTIVE)?.message).toBe('A RETIRED product cannot become ACTIVE (a retired product stays retired)');
  });
});

describe('bundleViolations: a bundle is as risky as its riskiest component, for tiers all components allow', () => {
  const fund = { code: 'FUND-R4', riskLevel: 'R4', eligibleTierIds: ['t1', 't2'] };
  const insurance = { code: 'INS-R1', riskLevel: 'R1', eligibleTierIds: ['t2'] };
  it.each<[string, { riskLevel: string; eligibleTierIds: string[] }, string[]]>([
    ['labelled R4, for t2', { riskLevel: 'R4', eligibleTierIds: ['t2'] }, []],
    ['labelled R5, above the components: allowed', { riskLevel: 'R5', eligibleTierIds: ['t2'] }, []],
    ['labelled R2 holding an R4 fund', { riskLevel: 'R2', eligibleTierIds: ['t2'] }, ['BUNDLE_RISK_BELOW_COMPONENTS']],
    ['for t1, which the insurance is not sold to', { riskLevel: 'R4', eligibleTierIds: ['t1', 't2'] }, ['BUNDLE_TIER_NOT_IN_COMPONENTS']],
    ['both at once', { riskLevel: 'R3', eligibleTierIds: ['t1'] }, ['BUNDLE_RISK_BELOW_COMPONENTS', 'BUNDLE_TIER_NOT_IN_COMPONENTS']],
  ])('%s', (_name, bundle, expected) => {
    expect(bundleViolations(bundle, [fund, insurance]).map((v) => v.code)).toEqual(expected);
  });
});
