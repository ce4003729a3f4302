import {
  AllTiersDocument,
  CreateCustomerDocument,
  CreateProductDocument,
  RecommendationAcceptanceDocument,
  RecommendationsDocument,
  RecordBehaviourEventsDocument,
  RecordRecommendationFeedbackDocument,
  ScenarioRecommendationsDocument,
  SetProductsStatusDocument,
  SuitabilityDocument,
} from '@tierwise/client';
import { databaseKinds, jobFinished, startTestApi, type TestApi } from '../test-utils/harness';
import { systemContext } from '../src/common/context';
import { Product } from '../src/modules/products/product.entity';
import { RecommendationService } from '../src/modules/recommendations/recommendation.service';

const DAY = 24 * 60 * 60 * 1000;

describe.each(databaseKinds())('recommendations on %s', (kind) => {
  let api: TestApi;
  let family: string;
  let lapsed: string;
  beforeAll(async () => {
    api = await startTestApi(kind, __filename);
    const assessed = {
      riskLevel: 'C3' as const,
      riskAssessedAt: new Date(Date.now() - 100 * DAY).toISOString(),
      riskAssessmentExpiresAt: new Date(Date.now() + 265 * DAY).toISOString(),
    };
    family = (
      await api.pm.request(CreateCustomerDocument, {
        externalRef: 'REC-1',
        name: '推荐',
        aum: '600000',
        lifeStage: 'MARRIED_WITH_CHILDREN',
        occupation: 'EMPLOYEE',
        birthDate: '1988-03-01T00:00:00.000Z',
        ...assessed,
      })
    ).createCustomer.id;
    lapsed = (
      await api.pm.request(CreateCustomerDocument, {
        externalRef: 'REC-2',
        name: '过期',
        aum: '600000',
        riskLevel: 'C5',
        riskAssessedAt: new Date(Date.now() - 400 * DAY).toISOString(),
        riskAssessmentExpiresAt: new Date(Date.now() - 35 * DAY).toISOString(),
      })
    ).createCustomer.id;
  });
  afterAll(() => api.close());

  /** A customer like `family`, of the test's own, whose three mortgage-rate look-ups gave them a home-purchase need. */
  const homeBuyer = async (ref: string) => {
    const assessed = {
      riskLevel: 'C3' as const,
      riskAssessedAt: new Date(Date.now() - 100 * DAY).toISOString(),
      riskAssessmentExpiresAt: new Date(Date.now() + 265 * DAY).toISOString(),
    };
    const id = (
      await api.pm.request(CreateCustomerDocument, {
        externalRef: ref,
        name: '买房',
        aum: '600000',
        lifeStage: 'MARRIED_WITH_CHILDREN',
        occupation: 'EMPLOYEE',
        birthDate: '1988-03-01T00:00:00.000Z',
        ...assessed,
      })
    ).createCustomer.id;
    const lookUps = [1, 2, 3].map((i) => ({
      id: `${ref}-mtg-${i}`,
      customerRef: ref,
      type: 'SEARCH' as const,
      topic: 'mortgage_rate',
      occurredAt: new Date(Date.now() - i * DAY).toISOString(),
    }));
    const recorded = await api.pm.request(RecordBehaviourEventsDocument, { items: lookUps });
    expect((await jobFinished(api, recorded.recordBehaviourEvents.detectionJob)).count).toBe(1);
    return id;
  };

  const recommend = async (customerId: string, limit = 10) => (await api.viewer.request(RecommendationsDocument, { customerId, limit })).recommendations;

  it('recommends only products the suitability rules allow, each with its reasons', async () => {
    const picks = await recommend(family);
    expect(picks.length).toBeGreaterThan(3);
    for (const pick of picks) {
      const decision = (await api.viewer.request(SuitabilityDocument, { customerId: family, productId: pick.product.id })).suitability;
      expect([pick.product.code, decision.allowed]).toEqual([pick.product.code, true]);
      expect(pick.reasons.map((r) => r.code)).toContain('SUITABLE');
    }
    expect(picks.map((p) => p.product.riskLevel).filter((r) => !['R1', 'R2', 'R3'].includes(r))).toEqual([]);
    expect(picks.map((p) => p.rank)).toEqual(picks.map((_, i) => i + 1));
    // An expired assessment: nothing above R1, whatever the level it had (and the list is not simply empty).
    const lapsedPicks = await recommend(lapsed);
    expect(lapsedPicks.length).toBeGreaterThan(0);
    expect([...new Set(lapsedPicks.map((p) => p.product.riskLevel))]).toEqual(['R1']);
  });

  it('recommends a product exactly within its sale window, whatever clock the calls before used', async () => {
    const ctx = systemContext(api.dataSource, 'rec-test');
    const now = new Date();
    const codes = async (at: Date) => (await RecommendationService.recommend(ctx, family, 20, at)).map((r) => r.product.code);
    const [first] = await codes(now);
    expect(first).toBeDefined();
    // Its sale opens in ten days and closes in twenty (a change of the catalogue: a new stamp).
    const opens = new Date(now.getTime() + 10 * DAY);
    const closes = new Date(now.getTime() + 20 * DAY);
    await api.dataSource.manager.update(Product, { code: first }, { saleStartsAt: opens, saleEndsAt: closes, version: () => 'version + 1' });
    try {
      expect(await codes(now)).not.toContain(first);
      expect(await codes(opens)).toContain(first);
      expect(await codes(new Date(closes.getTime() - 1))).toContain(first);
      expect(await codes(closes)).not.toContain(first);
      expect(await codes(now)).not.toContain(first); // back before the window: the prefilter follows the clock both ways
    } finally {
      await api.dataSource.manager.update(Product, { code: first }, { saleStartsAt: null, saleEndsAt: null, version: () => 'version + 1' });
    }
    expect(await codes(now)).toContain(first);
  });

  it('puts the mortgage first once repeated mortgage-rate look-ups show a home-purchase need', async () => {
    const before = await recommend(family, 3);
    expect(before[0].product.code).not.toBe('MTG-001');
    const lookUps = [1, 2, 3].map((i) => ({
      id: `rec-mtg-${i}`,
      customerRef: 'REC-1',
      type: 'SEARCH' as const,
      topic: 'mortgage_rate',
      occurredAt: new Date(Date.now() - i * DAY).toISOString(),
    }));
    await jobFinished(api, (await api.pm.request(RecordBehaviourEventsDocument, { items: lookUps })).recordBehaviourEvents.detectionJob);
    const [first] = await recommend(family, 3);
    expect(first.product.code).toBe('MTG-001');
    expect(first.reasons[0]).toEqual({ code: 'NEED_MATCH', message: "Matches the customer's home-purchase need", params: { need: 'HOME_PURCHASE' } });
  });

  it('holds back a dismissed product, and measures acceptance by tier and product type', async () => {
    const family = await homeBuyer('REC-DISMISS');
    const picks = await recommend(family, 3);
    expect(picks.map((p) => p.product.code)).toContain('MTG-001');
    const mortgage = picks.find((p) => p.product.code === 'MTG-001')!;
    await api.pm.request(RecordRecommendationFeedbackDocument, { customerId: family, productId: mortgage.product.id, event: 'DISMISSED' });
    expect((await recommend(family)).map((p) => p.product.code)).not.toContain('MTG-001');

    const [a, b] = picks.filter((p) => p !== mortgage);
    for (const pick of [a, b]) await api.pm.request(RecordRecommendationFeedbackDocument, { customerId: family, productId: pick.product.id, event: 'SHOWN' });
    await api.pm.request(RecordRecommendationFeedbackDocument, { customerId: family, productId: a.product.id, event: 'SHOWN' }); // shown again: one pair
    await api.pm.request(RecordRecommendationFeedbackDocument, { customerId: family, productId: a.product.id, event: 'ACCEPTED' });
    const kpi = (await api.viewer.request(RecommendationAcceptanceDocument, {})).recommendationAcceptance;
    expect(kpi).toMatchObject({ shown: 2, accepted: 1, rate: '0.5000' });
    const potential = (await api.viewer.request(AllTiersDocument, {})).allTiers.find((t) => t.code === 'POTENTIAL')!;
    expect(kpi.byTier).toEqual([{ key: potential.id, shown: 2, accepted: 1, rate: '0.5000' }]);
    expect(kpi.byProductType.reduce((n, t) => n + t.shown, 0)).toBe(2);
  });

  it('recommends the home-purchase package as a whole once the need is detected, keeping only what the customer may buy', async () => {
    const family = await homeBuyer('REC-PACKAGE');
    const [home] = (await api.viewer.request(ScenarioRecommendationsDocument, { customerId: family })).scenarioRecommendations;
    expect(home.package).toMatchObject({ code: 'HOME-PURCHASE', need: 'HOME_PURCHASE', partners: [{ code: 'LIANJIA_HOMES' }] });
    expect(home.products.map((p) => p.code).sort()).toEqual(['INS-CI-001', 'MTG-001']);
    expect(home.reasons[0].code).toBe('NEED_MATCH');
    // Without a detected need, no package.
    expect((await api.viewer.request(ScenarioRecommendationsDocument, { customerId: lapsed })).scenarioRecommendations).toEqual([]);
  });

  it('stops recommending a product as soon as it is suspended (the cached catalogue is checked on every call)', async () => {
    const [first] = await recommend(family, 1);
    await api.pm.request(SetProductsStatusDocument, { ids: [first.product.id], status: 'SUSPENDED' });
    expect((await recommend(family)).map((p) => p.product.id)).not.toContain(first.product.id);
    await api.pm.request(SetProductsStatusDocument, { ids: [first.product.id], status: 'ACTIVE' });
    expect((await recommend(family)).map((p) => p.product.id)).toContain(first.product.id);
  });

  it('costs the same statements however many products are on sale, once the catalogue is cached', async () => {
    const statementsFor = async () => {
      await recommend(family); // a changed catalogue is read again by the first call after the change
      api.queries.reset();
      expect((await recommend(family)).length).toBeGreaterThan(0);
      return api.queries.count;
    };
    const before = await statementsFor();
    const tiers = (await api.viewer.request(AllTiersDocument, {})).allTiers.map((t) => t.id);
    for (let i = 0; i < 15; i++) {
      await api.pm.request(CreateProductDocument, {
        code: `REC-STMT-${String(i).padStart(2, '0')}`,
        name: '存款',
        type: 'DEPOSIT',
        riskLevel: 'R1',
        status: 'ACTIVE',
        minInvestment: '1000',
        eligibleTierIds: tiers,
      });
    }
    expect(await statementsFor()).toBe(before);
    // The sign-in check, the customer, the catalogue's stamp, needs, holdings, dismissals, cooling-off, declarations, evidence.
    expect(before).toBeLessThanOrEqual(9);
  });

  it('answers NOT_FOUND for an unknown customer and refuses a silly limit', async () => {
    expect((await api.viewer.raw(RecommendationsDocument, { customerId: 'nobody', limit: 3 })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await api.viewer.raw(RecommendationsDocument, { customerId: family, limit: 500 })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(
      (await api.viewer.raw(RecordRecommendationFeedbackDocument, { customerId: family, productId: 'x', event: 'SHOWN' })).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
  });
});
