// modules/risk-profile: the investor profile: questionnaire, assessments, declarations, professional evidence, suitability. Other modules and the app import only this file.
import { FinancialDeclaration, ProfessionalInvestorEvidence } from './investor-evidence.entity';
import { RiskAssessment, RiskQuestionnaire } from './risk-assessment.entity';
import { RiskProfileResolver } from './risk-profile.resolver';
export { AssessmentSource, RiskAssessment, RiskQuestionnaire } from './risk-assessment.entity';
export { RiskProfileResolver };
export { DeclarationKind, FinancialDeclaration, ProfessionalInvestorEvidence } from './investor-evidence.entity';
export { InvestorProfileService } from './investor-profile.service';
export { investorFacts, prefetchInvestorFacts, recommendationProfile, suitabilityPolicy } from './investor-facts';
export { RiskAssessmentService } from './risk-assessment.service';
export { SuitabilityReasonType } from './risk-profile.types';
export { AnswerInput, RiskAssessmentImportInput } from './risk-assessment.inputs';

/** The entities this module owns (the app assembles the data source from every module's list). */
export const entities = [RiskQuestionnaire, RiskAssessment, FinancialDeclaration, ProfessionalInvestorEvidence];
/** The resolvers this module adds to the schema. */
export const resolvers = [RiskProfileResolver];
