import { DEFAULT_PROFESSIONAL_REVIEW_DAYS, type RecommendationProfile, type SuitabilityCustomer, type SuitabilityPolicy } from '@tierwise/domain';
import type { RequestContext } from '../../common/context';
import type { Customer } from '../customers';
import { declarationsOfCustomer, professionalEvidenceOfCustomer } from './risk-profile.loaders';

/** How long a professional investor's evidence counts: `PROFESSIONAL_REVIEW_DAYS` (default 365), the institution's review period. */
export function suitabilityPolicy(env: NodeJS.ProcessEnv = process.env): SuitabilityPolicy {
  const days = Number(env.PROFESSIONAL_REVIEW_DAYS ?? DEFAULT_PROFESSIONAL_REVIEW_DAYS);
  return { professionalReviewDays: Number.isInteger(days) && days >= 1 && days <= 3650 ? days : DEFAULT_PROFESSIONAL_REVIEW_DAYS };
}

/**
 * The facts every suitability decision reads about a customer: the latest assessment (cached on the record, written only
 * by assessments), assets here, the declarations of assets and income elsewhere, the professional-investor evidence.
 * Batched per request, so a page of customers costs two queries, not two per customer.
 */
export async function investorFacts(ctx: RequestContext, c: Customer): Promise<SuitabilityCustomer> {
  const [declarations, evidence] = await Promise.all([
    ctx.loaders.get(declarationsOfCustomer).load(c.id),
    ctx.loaders.get(professionalEvidenceOfCustomer).load(c.id),
  ]);
  const latest = evidence[0];
  return {
    riskLevel: c.riskLevel,
    assessedAt: c.riskAssessedAt,
    assessmentExpiresAt: c.riskAssessmentExpiresAt,
    tierId: c.tierId,
    financialAssetsHere: c.aum,
    declarations: declarations.map((d) => ({ kind: d.kind, amount: d.amount, asOf: d.asOf })),
    birthDate: c.birthDate,
    professional: latest
      ? {
          financialAssets: latest.financialAssets,
          averageAnnualIncome: latest.averageAnnualIncome,
          investingSince: latest.investingSince,
          evidencedAt: latest.evidencedAt,
        }
      : null,
  };
}

/**
 * Start reading a customer's investor facts before the customer's record is at hand (so they travel in the same round of
 * queries as it): `investorFacts` then finds them in the request's loaders instead of asking again.
 */
export function prefetchInvestorFacts(ctx: RequestContext, customerId: string): Promise<unknown> {
  return Promise.all([ctx.loaders.get(declarationsOfCustomer).load(customerId), ctx.loaders.get(professionalEvidenceOfCustomer).load(customerId)]);
}

/** What recommendation ranking reads: the suitability facts, the profile, and (by default none) needs, holdings and dismissals. */
export async function recommendationProfile(
  ctx: RequestContext,
  c: Customer,
  extra: Partial<Pick<RecommendationProfile, 'needs' | 'heldProductIds' | 'heldTypes' | 'dismissedProductIds'>> = {},
): Promise<RecommendationProfile> {
  return {
    ...(await investorFacts(ctx, c)),
    lifeStage: c.lifeStage,
    occupation: c.occupation,
    needs: extra.needs ?? [],
    heldProductIds: extra.heldProductIds ?? new Set(),
    heldTypes: extra.heldTypes ?? new Set(),
    dismissedProductIds: extra.dismissedProductIds ?? new Set(),
  };
}
