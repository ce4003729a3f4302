import { Initial1795936873028Mysql } from './1795936873028-initial';
import { Customers1795940140016Mysql } from './1795940140016-customers';
import { RiskAssessments1795941035543Mysql } from './1795941035543-risk-assessments';
import { Consents1795941137421Mysql } from './1795941137421-consents';
import { SavedSegments1795941239361Mysql } from './1795941239361-saved-segments';
import { RetierReason1795945505993Mysql } from './1795945505993-retier-reason';
import { SegmentIndex1795945903602Mysql } from './1795945903602-segment-index';
import { Needs1795946168523Mysql } from './1795946168523-needs';
import { RecommendationFeedback1795946467258Mysql } from './1795946467258-recommendation-feedback';
import { PartnerApi1795946715998Mysql } from './1795946715998-partner-api';
import { ScenarioPackages1795947125546Mysql } from './1795947125546-scenario-packages';

/** In order; a new one is appended by scripts/generate-migration.ts. */
export const mysqlMigrations = [Initial1795936873028Mysql, Customers1795940140016Mysql, RiskAssessments1795941035543Mysql, Consents1795941137421Mysql, SavedSegments1795941239361Mysql, RetierReason1795945505993Mysql, SegmentIndex1795945903602Mysql, Needs1795946168523Mysql, RecommendationFeedback1795946467258Mysql, PartnerApi1795946715998Mysql, ScenarioPackages1795947125546Mysql];
