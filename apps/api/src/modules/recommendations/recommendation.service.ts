import { MoreThan } from 'typeorm';
import { acceptanceRate, DAY_MS, highestRiskRank, recommendFrom, type RecommendationReason } from '@tierwise/domain';
import { actorEmail, inTransaction, type RequestContext } from '../../common/context';
import { badInput, notFound } from '../../common/errors';
import { newId } from '../../common/persistence/columns';
import { Customer, holdingsOfCustomer } from '../customers';
import { prefetchInvestorFacts, recommendationProfile, suitabilityPolicy } from '../risk-profile';
import { NeedService } from '../needs';
import { OrderService } from '../orders';
import { Product, productById } from '../products';
import { activeCatalogue, candidates } from './catalogue-cache';
import { FeedbackEvent, RecommendationFeedback } from './feedback.entity';
import { RecommendationErrors } from './recommendation.errors';

export const MAX_RECOMMENDATIONS = 20;

/**
 * How long a dismissed product is held back from a customer's recommendations: `DISMISSED_HOLD_DAYS` (default 30).
 * Read per call, so an operator's change applies without a redeploy of code.
 */
export function dismissedHoldDays(env: NodeJS.ProcessEnv = process.env): number {
  const days = Number(env.DISMISSED_HOLD_DAYS ?? 30);
  return Number.isInteger(days) && days >= 0 && days <= 3650 ? days : 30;
}

export interface Recommendation {
  rank: number;
  score: number;
  product: Product;
  reasons: RecommendationReason[];
}

export const RecommendationService = {
  /**
   * Products for a customer, best fit first. The active catalogue (cached per process, checked against the database
   * on every call) is narrowed to what is on sale to the customer's tier within their risk level; the domain's
   * suitability rules then decide each candidate, so nothing the customer may not buy is ever returned.
   */
  async recommend(ctx: RequestContext, customerId: string, limit: number, now = new Date()): Promise<Recommendation[]> {
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_RECOMMENDATIONS) {
      throw badInput([{ field: 'limit', code: RecommendationErrors.INVALID_LIMIT, message: `limit is from 1 to ${MAX_RECOMMENDATIONS}` }]);
    }
    // Everything the ranking reads, in one round of queries (in parallel on MySQL's pool): the investor facts and the
    // cooling-off check are started with the customer's record instead of after it.
    const [customer, catalogue, needs, holdings, dismissed, coolingOff] = await Promise.all([
      ctx.manager.findOneBy(Customer, { id: customerId }),
      activeCatalogue(ctx.manager),
      NeedService.active(ctx, customerId, now),
      ctx.loaders.get(holdingsOfCustomer).load(customerId),
      ctx.manager.find(RecommendationFeedback, {
        select: { productId: true },
        where: { customerId, event: FeedbackEvent.DISMISSED, at: MoreThan(new Date(now.getTime() - dismissedHoldDays() * DAY_MS)) },
      }),
      OrderService.inCoolingOff(ctx, customerId, now),
      prefetchInvestorFacts(ctx, customerId),
    ]);
    if (!customer) throw notFound('Customer', customerId);
    if (!customer.tierId) return [];
    // In a cooling-off period nobody pitches to the customer: no recommendation on any path.
    if (coolingOff) return [];
    const profile = await recommendationProfile(ctx, customer, { needs, dismissedProductIds: new Set(dismissed.map((d) => d.productId)) });
    // A prefilter only (on sale to the tier; investment products within the risk level); the domain's rules decide each one.
    const highest = highestRiskRank(profile, now, suitabilityPolicy());
    const onSale = candidates(catalogue, customer.tierId, highest, now);
    if (onSale.list.length === 0) return [];
    const heldIds = new Set(holdings.map((h) => h.productId));
    const outside = [...heldIds].filter((id) => !catalogue.byId.has(id)); // held products no longer on sale
    const heldTypes = new Set([
      ...[...heldIds].flatMap((id) => catalogue.byId.get(id)?.type ?? []),
      ...(outside.length ? (await ctx.loaders.get(productById).loadMany(outside)).flatMap((p) => (p && !(p instanceof Error) ? [p.type] : [])) : []),
    ]);
    Object.assign(profile, { heldProductIds: heldIds, heldTypes });
    const picks = recommendFrom(profile, onSale.ranking, limit, now, suitabilityPolicy());
    return picks.map((pick, i) => ({ rank: i + 1, score: pick.score, product: catalogue.byId.get(pick.productId)!, reasons: pick.reasons }));
  },

  /** Record what a customer did with a recommended product (the app reports SHOWN, CLICKED, ACCEPTED, DISMISSED). */
  feedback: (ctx: RequestContext, customerId: string, productId: string, event: FeedbackEvent, now = new Date()) =>
    inTransaction(ctx, async (tx) => {
      const customer = await tx.manager.findOneBy(Customer, { id: customerId });
      if (!customer) throw notFound('Customer', customerId);
      const product = await tx.manager.findOneBy(Product, { id: productId });
      if (!product) throw notFound('Product', productId);
      const row = tx.manager.create(RecommendationFeedback, {
        id: newId(),
        customerId,
        productId,
        event,
        at: now,
        tierId: customer.tierId,
        productType: product.type,
        recordedBy: actorEmail(tx),
      });
      await tx.manager.insert(RecommendationFeedback, row);
      return row;
    }),

  /**
   * The plan's "recommendation accuracy": of the (customer, product) pairs shown since `since`, the share accepted;
   * overall, by tier and by product type.
   */
  async acceptance(ctx: RequestContext, since: Date) {
    const rows: { tierId: string | null; productType: string; event: string; n: string | number }[] = await ctx.manager
      .createQueryBuilder()
      .select('f.tierId', 'tierId')
      .addSelect('f.productType', 'productType')
      .addSelect('f.event', 'event')
      .addSelect('COUNT(*)', 'n')
      .from(
        (q) =>
          q
            .distinct(true)
            .select('r.customerId', 'customerId')
            .addSelect('r.productId', 'productId')
            .addSelect('r.tierId', 'tierId')
            .addSelect('r.productType', 'productType')
            .addSelect('r.event', 'event')
            .from(RecommendationFeedback, 'r')
            .where('r.at >= :since', { since })
            .andWhere('r.event IN (:...events)', { events: [FeedbackEvent.SHOWN, FeedbackEvent.ACCEPTED] }),
        'f',
      )
      .groupBy('f.tierId')
      .addGroupBy('f.productType')
      .addGroupBy('f.event')
      .getRawMany();
    const rate = (shown: number, accepted: number) => ({ shown, accepted, rate: acceptanceRate(shown, accepted) });
    const group = (key: (r: (typeof rows)[number]) => string) => {
      const acc = new Map<string, { shown: number; accepted: number }>();
      for (const r of rows) {
        const k = key(r);
        const entry = acc.get(k) ?? { shown: 0, accepted: 0 };
        if (r.event === FeedbackEvent.SHOWN) entry.shown += Number(r.n);
        else entry.accepted += Number(r.n);
        acc.set(k, entry);
      }
      return [...acc].map(([k, v]) => ({ key: k, ...rate(v.shown, v.accepted) })).sort((a, b) => a.key.localeCompare(b.key));
    };
    const overall = group(() => 'all')[0] ?? { key: 'all', ...rate(0, 0) };
    return { since, ...overall, byTier: group((r) => r.tierId ?? 'none'), byProductType: group((r) => r.productType) };
  },
};
