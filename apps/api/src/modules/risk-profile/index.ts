// modules/risk-profile: The risk questionnaire and assessments (adds Customer.riskAssessments). Other modules and the app import only this file.
import { RiskAssessment, RiskQuestionnaire } from './risk-assessment.entity';
import { RiskProfileResolver } from './risk-profile.resolver';
export { RiskAssessment, RiskQuestionnaire } from './risk-assessment.entity';
export { RiskProfileResolver };

/** The entities this module owns (the app assembles the data source from every module's list). */
export const entities = [RiskQuestionnaire, RiskAssessment];
/** The resolvers this module adds to the schema. */
export const resolvers = [RiskProfileResolver];
