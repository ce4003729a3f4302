import { LifeStage, NeedType, ProductType } from '@tierwise/domain';

/**
 * The hidden truth of the synthetic world: what each customer would really accept. It is kept apart from the ranker
 * on purpose: it never reads the fields the ranker scores (a product's target needs, life stages, occupations or risk
 * preferences, set by a product manager), only a product's economics (type, risk level, term, expected return, minimum)
 * and the customer's hidden preferences. A ranker scores well here only if the catalogue's targeting and the detected
 * needs happen to point where customers' real preferences lie, which is the question an evaluation must answer.
 */
export interface HiddenPreferences {
  /** 0 (avoids any risk) … 1 (seeks it): loosely tied to the assessed level, with noise. */
  riskAppetite: number;
  /** How many years the customer is willing to commit money for. */
  horizonYears: number;
  /** 0 … 1: how much the customer needs to reach their money at short notice. */
  liquidityNeed: number;
  /** 0 … 1: how much a higher expected return attracts them. */
  yieldSeeking: number;
  /** How readily they take up any offer at all; some accept nothing. */
  propensity: number;
  /** Needs the customer really has (some leave traces in the app, some do not). */
  needs: ReadonlySet<NeedType>;
}

export interface ProductEconomics {
  id: string;
  type: ProductType;
  riskLevel: string;
  termDays: number | null;
  expectedReturnMax: string | null;
  minInvestment: string | null;
}

const normal = (random: () => number) => Math.sqrt(-2 * Math.log(Math.max(random(), Number.EPSILON))) * Math.cos(2 * Math.PI * random());
const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

const HORIZON: Record<LifeStage, number> = {
  YOUNG_SINGLE: 6,
  MARRIED_NO_CHILDREN: 8,
  MARRIED_WITH_CHILDREN: 10,
  EMPTY_NEST: 7,
  RETIRED: 3,
};

/** Draw a customer's hidden preferences from what the institution also sees (level, life stage), plus noise. */
export function drawPreferences(
  random: () => number,
  seen: { riskRank: number | null; lifeStage: LifeStage | null },
  needs: ReadonlySet<NeedType>,
): HiddenPreferences {
  const base = seen.riskRank === null ? 0.3 : (seen.riskRank - 1) / 4;
  return {
    riskAppetite: clamp01(base + 0.2 * normal(random)),
    horizonYears: Math.max(0.25, HORIZON[seen.lifeStage ?? LifeStage.YOUNG_SINGLE] * Math.exp(0.5 * normal(random))),
    liquidityNeed: clamp01(random() * random() * 1.5),
    yieldSeeking: clamp01(0.5 + 0.25 * normal(random)),
    // About one customer in six takes up nothing in the period, whatever is offered.
    propensity: random() < 0.17 ? 0 : 0.4 + 0.6 * random(),
    needs,
  };
}

/** What a product does for a need, judged by its economics alone (not by how it was labelled). */
function servesNeed(need: NeedType, p: ProductEconomics): number {
  const years = (p.termDays ?? 0) / 365;
  const risk = Number(p.riskLevel.slice(1));
  switch (need) {
    case NeedType.HOME_PURCHASE:
      return p.type === ProductType.MORTGAGE ? 1 : p.type === ProductType.MONEY_MARKET_FUND ? 0.3 : 0;
    case NeedType.BUSINESS_FINANCING:
      return p.type === ProductType.LOAN ? 1 : p.type === ProductType.CREDIT_LINE ? 0.7 : 0;
    case NeedType.RISK_PROTECTION:
      return p.type === ProductType.INSURANCE ? (years > 12 ? 1 : 0.6) : 0;
    case NeedType.EDUCATION:
      return (p.type === ProductType.INSURANCE || p.type === ProductType.FUND || p.type === ProductType.WEALTH_PRODUCT) &&
        risk <= 3 &&
        (years === 0 || (years >= 3 && years <= 18))
        ? 0.8
        : 0;
    case NeedType.STUDY_ABROAD:
      return p.type === ProductType.CREDIT_LINE
        ? 0.6
        : (p.type === ProductType.MONEY_MARKET_FUND || p.type === ProductType.WEALTH_PRODUCT) && years <= 1
          ? 0.5
          : 0;
    case NeedType.RETIREMENT:
      return risk <= 2 && (years >= 3 || p.type === ProductType.INSURANCE) && p.type !== ProductType.MORTGAGE && p.type !== ProductType.LOAN ? 0.9 : 0;
    case NeedType.WEALTH_TRANSFER:
      return p.type === ProductType.FAMILY_TRUST ? 1 : p.type === ProductType.INSURANCE && years >= 15 ? 0.5 : 0;
    case NeedType.WEALTH_GROWTH:
      return (p.type === ProductType.FUND || p.type === ProductType.PRIVATE_FUND || p.type === ProductType.BUNDLE) && risk >= 3
        ? 0.9
        : p.type === ProductType.WEALTH_PRODUCT
          ? 0.4
          : 0;
    default:
      return 0;
  }
}

/** How much the customer would want the product: need fit, risk fit, horizon and liquidity, yield. */
export function utility(pref: HiddenPreferences, p: ProductEconomics): number {
  const risk = (Number(p.riskLevel.slice(1)) - 1) / 4;
  const years = (p.termDays ?? 0) / 365;
  const borrowing = p.type === ProductType.MORTGAGE || p.type === ProductType.LOAN || p.type === ProductType.CREDIT_LINE;
  let u = 0;
  for (const need of pref.needs) u = Math.max(u, 2.2 * servesNeed(need, p));
  if (borrowing) return u - (u === 0 ? 1.5 : 0); // nobody borrows without a reason
  u -= 1.6 * Math.abs(risk - pref.riskAppetite);
  if (years > pref.horizonYears) u -= 0.25 * (years - pref.horizonYears) * (0.5 + pref.liquidityNeed);
  u += 0.12 * pref.yieldSeeking * Number(p.expectedReturnMax ?? 0);
  return u;
}

/**
 * Which of the products offered (all of them suitable) the customer accepts in the held-out period: each whose
 * utility, with a draw of noise, clears the customer's bar. Noise means even a perfect ranker misses sometimes.
 */
export function acceptances(random: () => number, pref: HiddenPreferences, products: readonly ProductEconomics[]): Set<string> {
  if (pref.propensity === 0) return new Set();
  return new Set(products.filter((p) => utility(pref, p) + 0.6 * normal(random) > 0.8 - pref.propensity).map((p) => p.id));
}
