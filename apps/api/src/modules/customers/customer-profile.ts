import type { RecommendationProfile, SuitabilityCustomer } from '@tierwise/domain';
import type { Customer } from './customer.entity';

/** The facts the suitability rules read from a customer record. */
export function suitabilityFacts(c: Customer): SuitabilityCustomer {
  return {
    riskLevel: c.riskLevel,
    assessedAt: c.riskAssessedAt,
    assessmentExpiresAt: c.riskAssessmentExpiresAt,
    tierId: c.tierId,
    financialAssetsHere: c.aum,
    financialAssetsElsewhere: c.financialAssetsElsewhere,
    averageAnnualIncome: c.annualIncome,
    birthDate: c.birthDate,
    professionalInvestor: c.professionalInvestor,
  };
}

/** What recommendation ranking reads: the suitability facts, the profile, and (by default none) needs, holdings and dismissals. */
export function recommendationProfile(
  c: Customer,
  extra: Partial<Pick<RecommendationProfile, 'needs' | 'heldProductIds' | 'heldTypes' | 'dismissedProductIds'>> = {},
): RecommendationProfile {
  return {
    ...suitabilityFacts(c),
    lifeStage: c.lifeStage,
    occupation: c.occupation,
    needs: extra.needs ?? [],
    heldProductIds: extra.heldProductIds ?? new Set(),
    heldTypes: extra.heldTypes ?? new Set(),
    dismissedProductIds: extra.dismissedProductIds ?? new Set(),
  };
}
