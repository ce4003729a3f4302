import fc from 'fast-check';
import { LifeStage, NeedType, Occupation, ProductStatus, ProductType, RiskLevel, RiskPreference } from './enums';
import {
  acceptanceRate,
  fitPoints,
  RANKING_WEIGHTS,
  rankingCatalogue,
  recommendableFor,
  recommendFrom,
  recommendProducts,
  riskPreferenceOf,
  type RecommendableProduct,
  type RecommendationProfile,
} from './recommend';
import { InvestorRiskLevel, prepareProduct, suitability, type PreparedProduct } from './suitability';

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
        // The product side kept by a caller (as the catalogue cache does) decides exactly as one worked out per call.
        const kept = new Map<RecommendableProduct, PreparedProduct>(products.map((p) => [p, prepareProduct(p, now)]));
        const ranking = rankingCatalogue(products, now, (p) => kept.get(p as RecommendableProduct)!);
        expect(recommendFrom(c, ranking, limit, now)).toEqual(picks);
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

describe('ranking by class', () => {
  /** The definition: every allowed product scored, then each round a scan of all that remain for the best penalised
   * score, ties to the code, then to the catalogue order. */
  function reference(c: RecommendationProfile, products: RecommendableProduct[], limit: number) {
    const check = recommendableFor(c, now);
    const preference = riskPreferenceOf(c.riskLevel);
    const remaining = products.filter((p) => check.allows(p)).map((p) => ({ p, score: fitPoints(c, preference, p) }));
    const count = new Map<ProductType, number>();
    const adjusted = (i: number) => remaining[i].score - RANKING_WEIGHTS.sameTypePenalty * (count.get(remaining[i].p.type) ?? 0);
    const picked: { productId: string; score: number }[] = [];
    while (picked.length < limit && remaining.length > 0) {
      let best = 0;
      for (let i = 1; i < remaining.length; i++) {
        const d = adjusted(i) - adjusted(best);
        if (d > 0 || (d === 0 && remaining[i].p.code < remaining[best].p.code)) best = i;
      }
      const score = adjusted(best);
      const [{ p }] = remaining.splice(best, 1);
      picked.push({ productId: p.id, score });
      count.set(p.type, (count.get(p.type) ?? 0) + 1);
    }
    return picked;
  }

  it('picks what a scan over every product picks (property test: catalogues of look-alike products, tied scores, repeated codes)', () => {
    // A few kinds of product, each copied with its own id, code and minimum: the classes ranking works by.
    const fields = {
      type: fc.constantFrom(ProductType.FUND, ProductType.DEPOSIT, ProductType.INSURANCE, ProductType.LOAN, ProductType.PRIVATE_FUND),
      riskLevel: fc.constantFrom(...Object.values(RiskLevel)),
      eligibleTierIds: fc.constantFrom(['T1'], ['T1', 'T2'], ['T2', 'T1'], ['T2']),
      requiresQualifiedInvestor: fc.boolean(),
      targetNeeds: fc.subarray([NeedType.RETIREMENT, NeedType.EDUCATION]),
      targetLifeStages: fc.subarray([LifeStage.RETIRED, LifeStage.MARRIED_WITH_CHILDREN]),
      targetOccupations: fc.subarray([Occupation.EMPLOYEE]),
      targetRiskPreferences: fc.subarray([RiskPreference.BALANCED, RiskPreference.STEADY]),
      status: fc.constantFrom(ProductStatus.ACTIVE, ProductStatus.ACTIVE, ProductStatus.SUSPENDED),
      saleEndsAt: fc.constantFrom(null, null, new Date(now.getTime() - 1000)),
    };
    const kind = fc.record(fields);
    // A variation of one field: kinds that differ in it alone must not share a class.
    const oneField = fc.oneof(...Object.entries(fields).map(([name, arb]) => (arb as fc.Arbitrary<unknown>).map((v) => ({ [name]: v }))));
    const copy = fc.record({
      kind: fc.nat(6),
      code: fc.constantFrom('A', 'B', 'C', 'D'),
      minInvestment: fc.constantFrom('1000', '500000', '5000000', null),
    });
    const customer = fc.record({
      riskLevel: fc.constantFrom(InvestorRiskLevel.C2, InvestorRiskLevel.C3, InvestorRiskLevel.C5),
      lifeStage: fc.constantFrom(LifeStage.RETIRED, LifeStage.MARRIED_WITH_CHILDREN, null),
      needs: fc.subarray([
        { need: NeedType.RETIREMENT, weight: 30 },
        { need: NeedType.EDUCATION, weight: 25 },
      ]),
      held: fc.nat(40),
      financialAssetsHere: fc.constantFrom('0', '600000', '9000000'),
    });
    let ties = 0;
    fc.assert(
      fc.property(
        kind,
        fc.array(oneField, { maxLength: 5 }),
        fc.array(copy, { maxLength: 40 }),
        customer,
        fc.integer({ min: 1, max: 20 }),
        (base, variants, copies, who, limit) => {
          const kinds = [base, ...variants.map((v) => ({ ...base, ...v }))];
          const products = copies.map((c, i) => product(`P${i}`, { ...kinds[c.kind % kinds.length], code: c.code, minInvestment: c.minInvestment }));
          const c = profile({ ...who, heldProductIds: new Set([`P${who.held}`]) });
          const picks = recommendProducts(c, products, limit, now);
          expect(picks.map((p) => ({ productId: p.productId, score: p.score }))).toEqual(reference(c, products, limit));
          if (new Set(picks.map((p) => p.code)).size < picks.length) ties++;
        },
      ),
      { numRuns: 3000, seed: 20261207 },
    );
    expect(ties).toBeGreaterThan(100); // repeated codes among the picks: the tie-breaks were exercised
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
