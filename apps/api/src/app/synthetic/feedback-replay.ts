import type { DataSource } from 'typeorm';
import { BehaviourType, DAY_MS, LifeStage, NeedType, Occupation, recommendableFor } from '@tierwise/domain';
import { systemContext } from '../../common/context';
import { Customer, holdingsOfCustomer } from '../../modules/customers';
import { recommendationProfile } from '../../modules/risk-profile';
import { NeedService } from '../../modules/needs';
import { activeCatalogue, RecommendationService } from '../../modules/recommendations';
import { seededRandom } from './population';
import { acceptances, drawPreferences, type HiddenPreferences } from './preference-model';
import { seedSyntheticPopulation } from './seed-synthetic';

/** How likely each life stage (and business owners) is to hold each need: part of the hidden truth of the synthetic world. */
const LATENT: Record<LifeStage, [NeedType, number][]> = {
  YOUNG_SINGLE: [
    [NeedType.HOME_PURCHASE, 0.3],
    [NeedType.WEALTH_GROWTH, 0.35],
    [NeedType.STUDY_ABROAD, 0.1],
  ],
  MARRIED_NO_CHILDREN: [
    [NeedType.HOME_PURCHASE, 0.4],
    [NeedType.RISK_PROTECTION, 0.25],
    [NeedType.WEALTH_GROWTH, 0.2],
  ],
  MARRIED_WITH_CHILDREN: [
    [NeedType.EDUCATION, 0.45],
    [NeedType.RISK_PROTECTION, 0.3],
    [NeedType.STUDY_ABROAD, 0.15],
    [NeedType.HOME_PURCHASE, 0.15],
  ],
  EMPTY_NEST: [
    [NeedType.RETIREMENT, 0.4],
    [NeedType.WEALTH_TRANSFER, 0.2],
    [NeedType.RISK_PROTECTION, 0.2],
  ],
  RETIRED: [
    [NeedType.RETIREMENT, 0.5],
    [NeedType.WEALTH_TRANSFER, 0.25],
    [NeedType.RISK_PROTECTION, 0.2],
  ],
};

/** The behaviour a need leaves in the app: enough events on a topic to meet the default rule. */
const SIGNALS: Record<NeedType, { topic: string; type: BehaviourType; count: number }> = {
  HOME_PURCHASE: { topic: 'mortgage_rate', type: BehaviourType.SEARCH, count: 4 },
  STUDY_ABROAD: { topic: 'study_abroad', type: BehaviourType.PAGE_VIEW, count: 3 },
  EDUCATION: { topic: 'education_fund', type: BehaviourType.CALCULATOR_USE, count: 1 },
  RETIREMENT: { topic: 'retirement_plan', type: BehaviourType.CALCULATOR_USE, count: 1 },
  RISK_PROTECTION: { topic: 'critical_illness', type: BehaviourType.SEARCH, count: 2 },
  BUSINESS_FINANCING: { topic: 'business_loan', type: BehaviourType.SEARCH, count: 2 },
  WEALTH_TRANSFER: { topic: 'family_trust', type: BehaviourType.CONSULTATION, count: 1 },
  WEALTH_GROWTH: { topic: 'fund_performance', type: BehaviourType.PAGE_VIEW, count: 5 },
};
const NOISE_TOPICS = ['mortgage_rate', 'pension', 'fund_performance', 'study_abroad', 'credit_card', 'fx_rate', 'gold_price'];

export interface ReplayOptions {
  customers: number;
  seed: number;
  signalRate?: number;
  onProgress?: (done: number, total: number) => void;
}
export interface RankingScore {
  hitRateAt3: number;
  precisionAt3: number;
}
export interface ReplayResult {
  customers: number;
  /** Held-out customers who accepted at least one suitable product (the others, about one in five, accept nothing). */
  evaluated: number;
  acceptedNothing: number;
  acceptances: number;
  ranker: RankingScore;
  /** The products most accepted by the training half, among those suitable for the customer. */
  popularity: RankingScore;
  /** Three suitable products drawn at random. */
  random: RankingScore;
  /** Suitable products in catalogue order, ignoring the profile. */
  naive: RankingScore;
}

const RISK_RANK: Record<string, number> = { C1: 1, C2: 2, C3: 3, C4: 4, C5: 5 };

/**
 * Replay a synthetic period on an empty database with the demo catalogue. Customers have hidden needs and hidden
 * preferences (risk appetite, horizon, liquidity need, yield seeking, propensity: `preference-model.ts`, which reads
 * no field the ranker scores). Their needs leave behaviour in the app during the last 30 days before the cut-off (most
 * of them; some leave no trace), the need rules run on it, and at the cut-off each ranker recommends 3 products. What
 * each customer accepts in the held-out period, drawn from the hidden model with noise, is the truth. Half the
 * customers train the popularity baseline; the other half are scored.
 */
export async function replayRecommendationFeedback(dataSource: DataSource, o: ReplayOptions): Promise<ReplayResult> {
  const cutoff = new Date(Math.floor(Date.now() / DAY_MS) * DAY_MS);
  await seedSyntheticPopulation(dataSource, { customers: o.customers, seed: o.seed, days: 1, batchSize: 1000, today: cutoff });
  const ctx = systemContext(dataSource, 'eval');
  const customers = await dataSource.manager.find(Customer, { order: { externalRef: 'ASC' } });
  const random = seededRandom(o.seed ^ 0x5eed);
  const preferences = new Map<string, HiddenPreferences>();
  let events: { id: string; customerRef: string; type: BehaviourType; topic: string; occurredAt: Date }[] = [];
  const flush = async () => {
    if (events.length) await NeedService.recordEvents(ctx, events, cutoff);
    events = [];
  };
  for (const c of customers) {
    const needs = new Set<NeedType>();
    for (const [need, p] of LATENT[c.lifeStage ?? LifeStage.YOUNG_SINGLE]) if (random() < p) needs.add(need);
    if (c.occupation === Occupation.BUSINESS_OWNER && random() < 0.4) needs.add(NeedType.BUSINESS_FINANCING);
    preferences.set(c.id, drawPreferences(random, { riskRank: c.riskLevel ? RISK_RANK[c.riskLevel] : null, lifeStage: c.lifeStage }, needs));
    for (const need of needs) {
      if (random() >= (o.signalRate ?? 0.75)) continue; // a need that leaves no trace in the app
      const s = SIGNALS[need];
      for (let i = 0; i < s.count; i++) {
        events.push({
          id: `eval-${c.externalRef}-${need}-${i}`,
          customerRef: c.externalRef,
          type: s.type,
          topic: s.topic,
          occurredAt: new Date(cutoff.getTime() - Math.floor(random() * 25 + 1) * DAY_MS),
        });
      }
    }
    if (random() < 0.3) {
      events.push({
        id: `eval-${c.externalRef}-noise`,
        customerRef: c.externalRef,
        type: BehaviourType.PAGE_VIEW,
        topic: NOISE_TOPICS[Math.floor(random() * NOISE_TOPICS.length)],
        occurredAt: new Date(cutoff.getTime() - DAY_MS),
      });
    }
    if (events.length >= 900) await flush();
  }
  await flush();

  const catalogue = [...(await activeCatalogue(dataSource.manager)).byId.values()].sort((a, b) => a.code.localeCompare(b.code));
  // What each customer may be offered (suitable, not already held) and what they would accept of it.
  const offers = new Map<string, { suitable: typeof catalogue; accepted: Set<string> }>();
  for (const c of customers) {
    const check = recommendableFor(await recommendationProfile(ctx, c), cutoff);
    const holdings = new Set((await ctx.loaders.get(holdingsOfCustomer).load(c.id)).map((h) => h.productId));
    const suitable = catalogue.filter((p) => check.allows(p) && !holdings.has(p.id));
    offers.set(c.id, { suitable, accepted: acceptances(random, preferences.get(c.id)!, suitable) });
  }
  const training = customers.filter((_, i) => i % 2 === 0);
  const heldOut = customers.filter((_, i) => i % 2 === 1);
  const popularity = new Map<string, number>();
  for (const c of training) for (const id of offers.get(c.id)!.accepted) popularity.set(id, (popularity.get(id) ?? 0) + 1);

  const names = ['ranker', 'popularity', 'random', 'naive'] as const;
  const score = Object.fromEntries(names.map((n) => [n, { hits: 0, precision: 0 }])) as Record<(typeof names)[number], { hits: number; precision: number }>;
  let evaluated = 0;
  let acceptedNothing = 0;
  let accepted = 0;
  for (const [i, c] of heldOut.entries()) {
    o.onProgress?.(i + 1, heldOut.length);
    const offer = offers.get(c.id)!;
    if (offer.accepted.size === 0) {
      acceptedNothing++;
      continue;
    }
    evaluated++;
    accepted += offer.accepted.size;
    const lists = {
      ranker: (await RecommendationService.recommend(ctx, c.id, 3, cutoff)).map((r) => r.product.id),
      popularity: [...offer.suitable]
        .sort((a, b) => (popularity.get(b.id) ?? 0) - (popularity.get(a.id) ?? 0) || a.code.localeCompare(b.code))
        .slice(0, 3)
        .map((p) => p.id),
      random: [...offer.suitable]
        .map((p) => ({ id: p.id, key: random() }))
        .sort((a, b) => a.key - b.key)
        .slice(0, 3)
        .map((p) => p.id),
      naive: offer.suitable.slice(0, 3).map((p) => p.id),
    };
    for (const name of names) {
      const hits = lists[name].filter((id) => offer.accepted.has(id)).length;
      if (hits > 0) score[name].hits++;
      score[name].precision += hits / 3;
    }
  }
  const rate = (s: { hits: number; precision: number }) => ({
    hitRateAt3: evaluated ? s.hits / evaluated : 0,
    precisionAt3: evaluated ? s.precision / evaluated : 0,
  });
  return {
    customers: customers.length,
    evaluated,
    acceptedNothing,
    acceptances: accepted,
    ranker: rate(score.ranker),
    popularity: rate(score.popularity),
    random: rate(score.random),
    naive: rate(score.naive),
  };
}
