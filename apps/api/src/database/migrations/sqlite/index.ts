import { Initial1795936873028Sqlite } from './1795936873028-initial';
import { Customers1795940140016Sqlite } from './1795940140016-customers';
import { RiskAssessments1795941035543Sqlite } from './1795941035543-risk-assessments';
import { Consents1795941137421Sqlite } from './1795941137421-consents';
import { SavedSegments1795941239361Sqlite } from './1795941239361-saved-segments';
import { RetierReason1795945505993Sqlite } from './1795945505993-retier-reason';
import { SegmentIndex1795945903602Sqlite } from './1795945903602-segment-index';
import { Needs1795946168523Sqlite } from './1795946168523-needs';
import { RecommendationFeedback1795946467258Sqlite } from './1795946467258-recommendation-feedback';
import { PartnerApi1795946715998Sqlite } from './1795946715998-partner-api';
import { ScenarioPackages1795947125546Sqlite } from './1795947125546-scenario-packages';

/** In order; a new one is appended by scripts/generate-migration.ts. */
export const sqliteMigrations = [Initial1795936873028Sqlite, Customers1795940140016Sqlite, RiskAssessments1795941035543Sqlite, Consents1795941137421Sqlite, SavedSegments1795941239361Sqlite, RetierReason1795945505993Sqlite, SegmentIndex1795945903602Sqlite, Needs1795946168523Sqlite, RecommendationFeedback1795946467258Sqlite, PartnerApi1795946715998Sqlite, ScenarioPackages1795947125546Sqlite];
