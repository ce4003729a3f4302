import Decimal from 'decimal.js';
import { LifeStage, NeedType, Occupation, ProductType, RiskPreference } from './enums';
import { toMinorUnits } from './money';
import {
  InvestorRiskLevel,
  suitabilityFor,
  totalFinancialAssets,
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
 */
export function recommendableFor(
  profile: RecommendationProfile,
  now: Date,
  policy?: SuitabilityPolicy,
): { allows(product: RecommendableProduct): boolean; decide(product: RecommendableProduct): SuitabilityDecision } {
  const rules = suitabilityFor(profile, now, policy);
  // Integer minor units are exact up to MAX_MONEY, so amounts compare as numbers here.
  const assets = Number(toMinorUnits(totalFinancialAssets(profile, now)));
  return {
    allows: (product) =>
      !profile.heldProductIds.has(product.id) &&
      !profile.dismissedProductIds.has(product.id) &&
      (CREDIT_TYPES.has(product.type) || assets >= minimum(product)) &&
      rules.allows(product),
    decide: (product) => rules.decide(product),
  };
}

/** Fit points and the reasons behind them; the reasons' text is only written for the products picked. */
function fit(profile: RecommendationProfile, preference: RiskPreference | null, product: RecommendableProduct): number {
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
 * Rank the recommendable products by fit, then pick `limit` of them greedily so that each product type already
 * picked costs the next one of that type `sameTypePenalty` points (diversity). Ties go to the product code.
 * Every recommendation carries its reasons, including the suitability verdict.
 */
export function recommendProducts(
  profile: RecommendationProfile,
  products: readonly RecommendableProduct[],
  limit: number,
  now: Date,
  policy?: SuitabilityPolicy,
): (ProductRecommendation & { type: ProductType; code: string })[] {
  const preference = riskPreferenceOf(profile.riskLevel);
  const check = recommendableFor(profile, now, policy);
  const scored = products.filter((product) => check.allows(product)).map((product) => ({ product, score: fit(profile, preference, product) }));

  const picked: (ProductRecommendation & { type: ProductType; code: string })[] = [];
  const typeCount = new Map<ProductType, number>();
  const remaining = [...scored];
  const adjusted = (i: number) => remaining[i].score - RANKING_WEIGHTS.sameTypePenalty * (typeCount.get(remaining[i].product.type) ?? 0);
  while (picked.length < limit && remaining.length > 0) {
    let best = 0;
    for (let i = 1; i < remaining.length; i++) {
      const d = adjusted(i) - adjusted(best);
      if (d > 0 || (d === 0 && remaining[i].product.code < remaining[best].product.code)) best = i;
    }
    const score = adjusted(best);
    const [{ product }] = remaining.splice(best, 1);
    picked.push({
      productId: product.id,
      code: product.code,
      type: product.type,
      score,
      reasons: reasonsFor(profile, preference, product, check.decide(product)),
    });
    typeCount.set(product.type, (typeCount.get(product.type) ?? 0) + 1);
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
