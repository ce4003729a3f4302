import Decimal from 'decimal.js';
import { LifeStage, NeedType, Occupation, ProductType, RiskPreference } from './enums';
import { toMinorUnits } from './money';
import {
  InvestorRiskLevel,
  suitabilityFor,
  prepareProduct,
  totalFinancialAssets,
  type PreparedProduct,
  type PreparedSuitability,
  type ProductPreparation,
  type SuitabilityCustomer,
  type SuitabilityDecision,
  type SuitabilityPolicy,
  type SuitabilityProduct,
} from './suitability';

/** Everything ranking knows about a customer: the suitability facts plus profile, needs, holdings and dismissals. */
export interface RecommendationProfile extends SuitabilityCustomer {
  lifeStage: LifeStage | null;
  occupation: Occupation | null;
  /** Needs in force, with their weights (1–100). */
  needs: readonly { need: NeedType; weight: number }[];
  heldProductIds: ReadonlySet<string>;
  heldTypes: ReadonlySet<ProductType>;
  /** Products the customer dismissed recently: held back. */
  dismissedProductIds: ReadonlySet<string>;
}

export interface RecommendableProduct extends SuitabilityProduct {
  id: string;
  code: string;
  minInvestment: string | null;
  targetNeeds: readonly NeedType[];
  targetLifeStages: readonly LifeStage[];
  targetOccupations: readonly Occupation[];
  targetRiskPreferences: readonly RiskPreference[];
}

export type RecommendationReasonCode =
  'NEED_MATCH' | 'LIFE_STAGE_MATCH' | 'OCCUPATION_MATCH' | 'RISK_PREFERENCE_MATCH' | 'TIER_EXCLUSIVE' | 'NEW_PRODUCT_TYPE' | 'SUITABLE' | 'ELDERLY_CARE';

/** `message` is the English text; clients translate `code` with `params` (codes and numbers, never text). */
export interface RecommendationReason {
  code: RecommendationReasonCode;
  message: string;
  params: Record<string, string>;
}

export interface ProductRecommendation {
  productId: string;
  score: number;
  reasons: RecommendationReason[];
}

/** Points per signal. A need adds its own weight (1–100), so a strong detected need outranks profile fit. */
export const RANKING_WEIGHTS = { lifeStage: 20, occupation: 15, riskPreference: 20, tierExclusive: 10, newProductType: 10, sameTypePenalty: 25 };

/** Borrowing products: their minimum amount is what is lent, not what the customer must hold. */
const CREDIT_TYPES = new Set<ProductType>([ProductType.LOAN, ProductType.MORTGAGE, ProductType.CREDIT_LINE]);

export const NEED_LABELS: Record<NeedType, string> = {
  HOME_PURCHASE: 'home-purchase',
  EDUCATION: 'education',
  STUDY_ABROAD: 'study-abroad',
  RETIREMENT: 'retirement',
  WEALTH_GROWTH: 'wealth-growth',
  RISK_PROTECTION: 'risk-protection',
  BUSINESS_FINANCING: 'business-financing',
  WEALTH_TRANSFER: 'wealth-transfer',
};

/** Why a product or a scenario package fits: the customer has the need it serves. */
export function needMatchReason(need: NeedType): RecommendationReason {
  return { code: 'NEED_MATCH', message: `Matches the customer's ${NEED_LABELS[need]} need`, params: { need } };
}

/** The risk preference an investor level stands for (C1 conservative … C4 and C5 aggressive). */
export function riskPreferenceOf(level: InvestorRiskLevel | null): RiskPreference | null {
  switch (level) {
    case InvestorRiskLevel.C1:
      return RiskPreference.CONSERVATIVE;
    case InvestorRiskLevel.C2:
      return RiskPreference.STEADY;
    case InvestorRiskLevel.C3:
      return RiskPreference.BALANCED;
    case InvestorRiskLevel.C4:
    case InvestorRiskLevel.C5:
      return RiskPreference.AGGRESSIVE;
    default:
      return null;
  }
}

const lower = (s: string) => s.toLowerCase().replace(/_/g, ' ');
/** "a steady", "an aggressive". */
const withArticle = (word: string) => `${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word}`;

/** Minimum investments in minor units, worked out once per product object (catalogues are cached by callers). */
const minimumOf = new WeakMap<object, number>();
const minimum = (product: RecommendableProduct) => {
  let units = minimumOf.get(product);
  if (units === undefined) minimumOf.set(product, (units = Number(toMinorUnits(product.minInvestment ?? '0'))));
  return units;
};

/**
 * Which products may be recommended to this customer: only what suitability allows (never a product the customer may
 * not buy), not already held, not recently dismissed, and with a minimum investment within the customer's financial
 * assets (here plus declared elsewhere). The customer's side is worked out once, for checking a whole catalogue.
 * `open` is the part that is the customer's own business with one product (held, dismissed, affordable), `rules` the
 * suitability rules, which read only the product's side for the rules (`PreparedProduct`).
 */
export function recommendableFor(
  profile: RecommendationProfile,
  now: Date,
  policy?: SuitabilityPolicy,
  prepared?: ProductPreparation,
): {
  allows(product: RecommendableProduct): boolean;
  open(product: RecommendableProduct): boolean;
  rules: PreparedSuitability;
  decide(product: RecommendableProduct): SuitabilityDecision;
} {
  const rules = suitabilityFor(profile, now, policy, prepared);
  // Integer minor units are exact up to MAX_MONEY, so amounts compare as numbers here.
  const assets = Number(toMinorUnits(totalFinancialAssets(profile, now)));
  const open = (product: RecommendableProduct) =>
    !profile.heldProductIds.has(product.id) && !profile.dismissedProductIds.has(product.id) && (CREDIT_TYPES.has(product.type) || assets >= minimum(product));
  return { allows: (product) => open(product) && rules.allows(product), open, rules, decide: (product) => rules.decide(product) };
}

/** Fit points (the reasons behind them are written by `reasonsFor`, for the products picked only). */
export function fitPoints(profile: RecommendationProfile, preference: RiskPreference | null, product: RecommendableProduct): number {
  let score = 0;
  for (const { need, weight } of profile.needs) if (product.targetNeeds.includes(need)) score += weight;
  if (profile.lifeStage && product.targetLifeStages.includes(profile.lifeStage)) score += RANKING_WEIGHTS.lifeStage;
  if (profile.occupation && product.targetOccupations.includes(profile.occupation)) score += RANKING_WEIGHTS.occupation;
  if (preference && product.targetRiskPreferences.includes(preference)) score += RANKING_WEIGHTS.riskPreference;
  if (product.eligibleTierIds.length === 1) score += RANKING_WEIGHTS.tierExclusive;
  if (!profile.heldTypes.has(product.type)) score += RANKING_WEIGHTS.newProductType;
  return score;
}

function reasonsFor(
  profile: RecommendationProfile,
  preference: RiskPreference | null,
  product: RecommendableProduct,
  decision: SuitabilityDecision,
): RecommendationReason[] {
  const reasons: RecommendationReason[] = [];
  for (const { need } of profile.needs) {
    if (product.targetNeeds.includes(need)) reasons.push(needMatchReason(need));
  }
  if (profile.lifeStage && product.targetLifeStages.includes(profile.lifeStage)) {
    reasons.push({ code: 'LIFE_STAGE_MATCH', message: `Designed for customers who are ${lower(profile.lifeStage)}`, params: { lifeStage: profile.lifeStage } });
  }
  if (profile.occupation && product.targetOccupations.includes(profile.occupation)) {
    reasons.push({ code: 'OCCUPATION_MATCH', message: `Designed for ${lower(profile.occupation)}s`, params: { occupation: profile.occupation } });
  }
  if (preference && product.targetRiskPreferences.includes(preference)) {
    reasons.push({ code: 'RISK_PREFERENCE_MATCH', message: `Fits ${withArticle(lower(preference))} risk preference`, params: { preference } });
  }
  if (product.eligibleTierIds.length === 1) reasons.push({ code: 'TIER_EXCLUSIVE', message: "Reserved for the customer's tier", params: {} });
  if (!profile.heldTypes.has(product.type)) {
    reasons.push({
      code: 'NEW_PRODUCT_TYPE',
      message: `Adds a product type the customer does not hold yet (${lower(product.type)})`,
      params: { productType: product.type },
    });
  }
  for (const r of decision.reasons)
    if (r.code === 'SUITABLE' || r.code === 'ELDERLY_CARE') reasons.push({ code: r.code, message: r.message, params: r.params });
  return reasons;
}

/**
 * Products that rank alike for every customer: the same product side for the suitability rules and the same fit (type,
 * targets, exclusivity). Members differ only in what `open` reads (id, minimum investment) and in the code that breaks
 * ties; they are kept in code order, then catalogue order.
 */
export interface RankingClass {
  representative: RecommendableProduct;
  members: readonly { product: RecommendableProduct; order: number }[];
}

/** A catalogue prepared for ranking many customers: its classes, and the product side of each product's suitability. */
export interface RankingCatalogue {
  classes: readonly RankingClass[];
  prepared: ProductPreparation;
}

const sortedKey = (values: readonly string[]) => [...values].sort().join(',');

/** The tie-break of equal scores: the product code, then the catalogue's order. */
const byCodeThenOrder = (a: RankingClass['members'][number], b: RankingClass['members'][number]) =>
  a.product.code < b.product.code ? -1 : a.product.code > b.product.code ? 1 : a.order - b.order;

/**
 * Group the products into ranking classes (at `now`; valid while the product side cannot change, see
 * `ProductPreparation`). With `prepared`, the product sides a caller keeps are used.
 */
export function rankingCatalogue(products: readonly RecommendableProduct[], now: Date, prepared?: ProductPreparation): RankingCatalogue {
  const sides = new Map<RecommendableProduct, PreparedProduct>();
  const sideOf = (product: RecommendableProduct) => {
    let side = sides.get(product);
    if (!side) sides.set(product, (side = prepared ? prepared(product) : prepareProduct(product, now)));
    return side;
  };
  const classes = new Map<string, { representative: RecommendableProduct; members: { product: RecommendableProduct; order: number }[] }>();
  products.forEach((product, order) => {
    const { effective: e, offSale } = sideOf(product);
    const key = [
      product.type,
      product.eligibleTierIds.length === 1,
      sortedKey(product.targetNeeds),
      sortedKey(product.targetLifeStages),
      sortedKey(product.targetOccupations),
      sortedKey(product.targetRiskPreferences),
      offSale.join(','),
      e.riskRank,
      sortedKey(e.eligibleTierIds),
      e.investment,
      e.privatePlacement,
      e.requiresQualifiedInvestor,
      e.componentsOnSale,
    ].join('|');
    const known = classes.get(key);
    if (known) known.members.push({ product, order });
    else classes.set(key, { representative: product, members: [{ product, order }] });
  });
  for (const c of classes.values()) c.members.sort(byCodeThenOrder);
  return { classes: [...classes.values()], prepared: (product) => sideOf(product as RecommendableProduct) };
}

/**
 * Rank the recommendable products by fit, then pick `limit` of them greedily so that each product type already
 * picked costs the next one of that type `sameTypePenalty` points (diversity). Ties go to the product code, then to
 * the catalogue's order. Every recommendation carries its reasons, including the suitability verdict.
 */
export function recommendProducts(
  profile: RecommendationProfile,
  products: readonly RecommendableProduct[],
  limit: number,
  now: Date,
  policy?: SuitabilityPolicy,
): (ProductRecommendation & { type: ProductType; code: string })[] {
  return recommendFrom(profile, rankingCatalogue(products, now), limit, now, policy);
}

/**
 * `recommendProducts` over a prepared catalogue: suitability and fit are decided once per ranking class. Each class is a
 * queue in code order whose head is its first member open to the customer; a type's best product is the head of one of
 * its highest-scoring live classes (the penalty is the same within a type), so a pick compares those heads only.
 */
export function recommendFrom(
  profile: RecommendationProfile,
  catalogue: RankingCatalogue,
  limit: number,
  now: Date,
  policy?: SuitabilityPolicy,
): (ProductRecommendation & { type: ProductType; code: string })[] {
  const preference = riskPreferenceOf(profile.riskLevel);
  const check = recommendableFor(profile, now, policy, catalogue.prepared);
  type Queue = { score: number; members: RankingClass['members']; next: number };
  const byType = new Map<ProductType, Queue[]>();
  for (const { representative, members } of catalogue.classes) {
    if (!check.rules.allows(representative)) continue;
    const queues = byType.get(representative.type) ?? byType.set(representative.type, []).get(representative.type)!;
    queues.push({ score: fitPoints(profile, preference, representative), members, next: 0 });
  }
  for (const queues of byType.values()) queues.sort((a, b) => b.score - a.score);
  const headOf = (q: Queue) => {
    while (q.next < q.members.length && !check.open(q.members[q.next].product)) q.next++;
    return q.members[q.next];
  };

  const picked: (ProductRecommendation & { type: ProductType; code: string })[] = [];
  const taken = new Map<ProductType, number>();
  while (picked.length < limit) {
    let best: { queue: Queue; head: RankingClass['members'][number]; score: number } | undefined;
    for (const [type, queues] of byType) {
      const penalty = RANKING_WEIGHTS.sameTypePenalty * (taken.get(type) ?? 0);
      let top: number | undefined; // the score of the type's best live class: lower ones cannot win this pick
      for (const queue of queues) {
        if (top !== undefined && queue.score < top) break;
        const head = headOf(queue);
        if (!head) continue;
        top = queue.score;
        const score = queue.score - penalty;
        if (!best || score > best.score || (score === best.score && byCodeThenOrder(head, best.head) < 0)) best = { queue, head, score };
      }
    }
    if (!best) break;
    best.queue.next++;
    const { product } = best.head;
    picked.push({
      productId: product.id,
      code: product.code,
      type: product.type,
      score: best.score,
      reasons: reasonsFor(profile, preference, product, check.decide(product)),
    });
    taken.set(product.type, (taken.get(product.type) ?? 0) + 1);
  }
  return picked;
}

/**
 * The plan's recommendation accuracy: accepted ÷ shown, as a decimal string with four places (half up), 0 when nothing was
 * shown, and never above 1 (an acceptance recorded without its showing does not make it more than everything).
 */
export function acceptanceRate(shown: number, accepted: number): string {
  if (shown <= 0) return '0.0000';
  return Decimal.min(1, new Decimal(accepted).div(shown)).toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toFixed(4);
}
