import fc from 'fast-check';
import { LifeStage, NeedType, Occupation, ProductStatus, ProductType, RiskLevel, RiskPreference } from './enums';
import { acceptanceRate, recommendableFor, recommendProducts, riskPreferenceOf, type RecommendableProduct, type RecommendationProfile } from './recommend';
import { InvestorRiskLevel, suitability } from './suitability';

const now = new Date('2026-11-29T00:00:00Z');
const YEAR = 365 * 24 * 3600 * 1000;

const profile = (over: Partial<RecommendationProfile> = {}): RecommendationProfile => ({
  riskLevel: InvestorRiskLevel.C3,
  assessedAt: new Date(now.getTime() - YEAR / 2),
  assessmentExpiresAt: new Date(now.getTime() + YEAR / 2),
  tierId: 'T1',
  financialAssetsHere: '600000',
  declarations: [{ kind: 'AVERAGE_ANNUAL_INCOME', amount: '200000', asOf: new Date(now.getTime() - YEAR / 4) }],
  birthDate: new Date('1985-05-01T00:00:00Z'),
  professional: null,
  lifeStage: LifeStage.MARRIED_WITH_CHILDREN,
  occupation: Occupation.EMPLOYEE,
  needs: [],
  heldProductIds: new Set(),
  heldTypes: new Set(),
  dismissedProductIds: new Set(),
  ...over,
});

const product = (id: string, over: Partial<RecommendableProduct> = {}): RecommendableProduct => ({
  id,
  code: id,
  type: ProductType.FUND,
  riskLevel: RiskLevel.R2,
  status: ProductStatus.ACTIVE,
  saleStartsAt: null,
  saleEndsAt: null,
  eligibleTierIds: ['T1', 'T2'],
  requiresQualifiedInvestor: false,
  minInvestment: '1000',
  targetNeeds: [],
  targetLifeStages: [],
  targetOccupations: [],
  targetRiskPreferences: [],
  ...over,
});

describe('recommendations', () => {
  it('puts a product matching a detected need first, saying why', () => {
    const mortgage = product('MTG', { type: ProductType.MORTGAGE, riskLevel: RiskLevel.R1, minInvestment: '100000', targetNeeds: [NeedType.HOME_PURCHASE] });
    const [first] = recommendProducts(profile({ needs: [{ need: NeedType.HOME_PURCHASE, weight: 80 }] }), [product('FUND'), mortgage], 3, now);
    expect(first.productId).toBe('MTG');
    expect(first.reasons.map((r) => r.code)).toEqual(['NEED_MATCH', 'NEW_PRODUCT_TYPE', 'SUITABLE']);
    expect(first.reasons[0].message).toBe("Matches the customer's home-purchase need");
    expect(first.reasons[2].message).toBe('Suitable: outside the investor risk-level gate (not an investment product)'); // a mortgage
  });

  it.each([
    ['life-stage match', { targetLifeStages: [LifeStage.MARRIED_WITH_CHILDREN] }, 'LIFE_STAGE_MATCH'],
    ['occupation match', { targetOccupations: [Occupation.EMPLOYEE] }, 'OCCUPATION_MATCH'],
    ['risk-preference match (C3 → balanced)', { targetRiskPreferences: [RiskPreference.BALANCED] }, 'RISK_PREFERENCE_MATCH'],
    ['product reserved for the tier', { eligibleTierIds: ['T1'] }, 'TIER_EXCLUSIVE'],
  ])('ranks a %s above a plain product', (_name, over, code) => {
    const [first] = recommendProducts(profile({ heldTypes: new Set([ProductType.FUND]) }), [product('A-PLAIN'), product('B-TARGETED', over)], 2, now);
    expect(first.productId).toBe('B-TARGETED');
    expect(first.reasons.map((r) => r.code)).toContain(code);
  });

  it('spreads the picks across product types', () => {
    const funds = ['F1', 'F2', 'F3'].map((id) => product(id, { targetLifeStages: [LifeStage.MARRIED_WITH_CHILDREN] }));
    const insurance = product('INS', { type: ProductType.INSURANCE, riskLevel: RiskLevel.R1 });
    const picks = recommendProducts(profile(), [...funds, insurance], 3, now).map((p) => p.productId);
    expect(picks).toEqual(['F1', 'INS', 'F2']); // F2 scores 30 − 25 = 5 after F1; the insurance keeps its 10
  });

  it('leaves out what the customer holds, dismissed recently, or cannot afford', () => {
    const picks = recommendProducts(
      profile({ heldProductIds: new Set(['HELD']), dismissedProductIds: new Set(['NO']) }),
      [
        product('HELD'),
        product('NO'),
        product('DEAR', { minInvestment: '1000000' }),
        product('LOAN', { type: ProductType.LOAN, riskLevel: RiskLevel.R1, minInvestment: '5000000' }),
      ],
      5,
      now,
    );
    expect(picks.map((p) => p.productId)).toEqual(['LOAN']); // a loan's minimum is what is lent, not what is held
  });

  it('counts assets declared elsewhere towards a minimum investment', () => {
    const elsewhere = (asOf: Date) => profile({ declarations: [{ kind: 'ASSETS_ELSEWHERE', amount: '500000', asOf }] });
    expect(recommendableFor(elsewhere(new Date(now.getTime() - YEAR / 2)), now).allows(product('DEAR', { minInvestment: '1000000' }))).toBe(true);
    // A declaration more than a year old no longer counts.
    expect(recommendableFor(elsewhere(new Date(now.getTime() - 1.1 * YEAR)), now).allows(product('DEAR', { minInvestment: '1000000' }))).toBe(false);
  });

  it('maps investor levels to risk preferences', () => {
    expect([InvestorRiskLevel.C1, InvestorRiskLevel.C2, InvestorRiskLevel.C3, InvestorRiskLevel.C4, InvestorRiskLevel.C5, null].map(riskPreferenceOf)).toEqual([
      RiskPreference.CONSERVATIVE,
      RiskPreference.STEADY,
      RiskPreference.BALANCED,
      RiskPreference.AGGRESSIVE,
      RiskPreference.AGGRESSIVE,
      null,
    ]);
  });

  // The rule that matters most: whatever the customer and the catalogue, nothing unsuitable is ever recommended.
  it('never recommends a product the suitability rules refuse (property test over generated customers and catalogues)', () => {
    const level = fc.option(fc.constantFrom(...Object.values(InvestorRiskLevel)), { nil: null });
    const day = fc.integer({ min: -800, max: 800 }).map((d) => new Date(now.getTime() + d * 86_400_000));
    const amount = fc.integer({ min: 0, max: 20_000_000 }).map(String);
    const customer = fc.record({
      riskLevel: level,
      assessedAt: fc.option(day, { nil: null }),
      assessmentExpiresAt: fc.option(day, { nil: null }),
      tierId: fc.option(fc.constantFrom('T1', 'T2', 'T3'), { nil: null }),
      financialAssetsHere: amount,
      declarations: fc.array(fc.record({ kind: fc.constantFrom('ASSETS_ELSEWHERE' as const, 'AVERAGE_ANNUAL_INCOME' as const), amount, asOf: day }), {
        maxLength: 3,
      }),
      birthDate: fc.option(
        fc.integer({ min: 1930, max: 2005 }).map((y) => new Date(Date.UTC(y, 0, 1))),
        { nil: null },
      ),
      professional: fc.option(
        fc.record({
          financialAssets: fc.option(amount, { nil: null }),
          averageAnnualIncome: fc.option(amount, { nil: null }),
          investingSince: fc.option(day, { nil: null }),
          evidencedAt: day,
        }),
        { nil: null },
      ),
      lifeStage: fc.option(fc.constantFrom(...Object.values(LifeStage)), { nil: null }),
      occupation: fc.option(fc.constantFrom(...Object.values(Occupation)), { nil: null }),
      needs: fc.array(fc.record({ need: fc.constantFrom(...Object.values(NeedType)), weight: fc.integer({ min: 1, max: 100 }) }), { maxLength: 3 }),
      heldProductIds: fc.constant(new Set<string>()),
      heldTypes: fc.constant(new Set<ProductType>()),
      dismissedProductIds: fc.constant(new Set<string>()),
    });
    const catalogue = fc.array(
      fc.record({
        id: fc.uuid(),
        code: fc.string({ minLength: 1, maxLength: 6 }),
        type: fc.constantFrom(...Object.values(ProductType)),
        riskLevel: fc.constantFrom(...Object.values(RiskLevel)),
        // Mostly sellable products, so that the property is checked on real picks as well as on refusals.
        status: fc.oneof({ weight: 4, arbitrary: fc.constant(ProductStatus.ACTIVE) }, fc.constantFrom(...Object.values(ProductStatus))),
        saleStartsAt: fc.option(day, { nil: null, freq: 2 }),
        saleEndsAt: fc.option(day, { nil: null, freq: 2 }),
        eligibleTierIds: fc.subarray(['T1', 'T2', 'T3']),
        requiresQualifiedInvestor: fc.boolean(),
        minInvestment: fc.option(amount, { nil: null }),
        targetNeeds: fc.subarray(Object.values(NeedType)),
        targetLifeStages: fc.subarray(Object.values(LifeStage)),
        targetOccupations: fc.subarray(Object.values(Occupation)),
        targetRiskPreferences: fc.subarray(Object.values(RiskPreference)),
      }),
      { maxLength: 40 },
    );
    let recommended = 0;
    fc.assert(
      fc.property(customer, catalogue, fc.integer({ min: 1, max: 10 }), (c, products, limit) => {
        const picks = recommendProducts(c, products, limit, now);
        recommended += picks.length;
        expect(picks.length).toBeLessThanOrEqual(limit);
        for (const pick of picks) {
          const p = products.find((x) => x.id === pick.productId)!;
          expect(suitability(c, p, now).allowed).toBe(true);
        }
      }),
      { numRuns: 2000, seed: 20261129 },
    );
    expect(recommended).toBeGreaterThan(300); // the property was exercised on real picks, not only on empty lists
  });
});

describe("the acceptance rate (the plan's recommendation accuracy)", () => {
  it.each([
    [0, 0, '0.0000'],
    [4, 3, '0.7500'],
    [3, 1, '0.3333'],
    [3, 2, '0.6667'],
    [20000, 1, '0.0001'],
    [40000, 1, '0.0000'],
    [2, 5, '1.0000'],
  ])('%i shown, %i accepted → %s', (shown, accepted, expected) => {
    expect(acceptanceRate(shown, accepted)).toBe(expected);
  });
});
