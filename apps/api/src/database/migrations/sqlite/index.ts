import { InitialSqlite1795936873028 } from './1795936873028-initial';
import { CustomersSqlite1795940140016 } from './1795940140016-customers';
import { RiskAssessmentsSqlite1795941035543 } from './1795941035543-risk-assessments';
import { ConsentsSqlite1795941137421 } from './1795941137421-consents';
import { SavedSegmentsSqlite1795941239361 } from './1795941239361-saved-segments';
import { RetierReasonSqlite1795945505993 } from './1795945505993-retier-reason';
import { SegmentIndexSqlite1795945903602 } from './1795945903602-segment-index';
import { NeedsSqlite1795946168523 } from './1795946168523-needs';
import { RecommendationFeedbackSqlite1795946467258 } from './1795946467258-recommendation-feedback';
import { PartnerApiSqlite1795946715998 } from './1795946715998-partner-api';
import { ScenarioPackagesSqlite1795947125546 } from './1795947125546-scenario-packages';
import { InternalApiClientsSqlite1795949719307 } from './1795949719307-internal-api-clients';
import { ReasonCodesSqlite1796169784692 } from './1796169784692-reason-codes';
import { EligibleTierRestrictSqlite1796181389712 } from './1796181389712-eligible-tier-restrict';
import { InvestorEvidenceSqlite1796182435642 } from './1796182435642-investor-evidence';
import { ExchangeRatesSqlite1796183663510 } from './1796183663510-exchange-rates';
import { OrdersSqlite1796184191358 } from './1796184191358-orders';
import { PartnerOrdersSqlite1796190450145 } from './1796190450145-partner-orders';
import { FourEyesSqlite1796191945632 } from './1796191945632-four-eyes';
import { ProductRevisionsSqlite1796192119376 } from './1796192119376-product-revisions';
import { BenefitLedgerSqlite1796193440302 } from './1796193440302-benefit-ledger';
import { ServiceDeskSqlite1796193926144 } from './1796193926144-service-desk';
import { AdvisorsSqlite1796194775059 } from './1796194775059-advisors';
import { BranchQueueSqlite1796195674147 } from './1796195674147-branch-queue';
import { PointsLedgerSqlite1796195861306 } from './1796195861306-points-ledger';
import { ServiceDueOrderSqlite1796196332977 } from './1796196332977-service-due-order';

/** In order; a new one is appended by scripts/generate-migration.ts. */
export const sqliteMigrations = [InitialSqlite1795936873028, CustomersSqlite1795940140016, RiskAssessmentsSqlite1795941035543, ConsentsSqlite1795941137421, SavedSegmentsSqlite1795941239361, RetierReasonSqlite1795945505993, SegmentIndexSqlite1795945903602, NeedsSqlite1795946168523, RecommendationFeedbackSqlite1795946467258, PartnerApiSqlite1795946715998, ScenarioPackagesSqlite1795947125546, InternalApiClientsSqlite1795949719307, ReasonCodesSqlite1796169784692, EligibleTierRestrictSqlite1796181389712, InvestorEvidenceSqlite1796182435642, ExchangeRatesSqlite1796183663510, OrdersSqlite1796184191358, PartnerOrdersSqlite1796190450145, FourEyesSqlite1796191945632, ProductRevisionsSqlite1796192119376, BenefitLedgerSqlite1796193440302, ServiceDeskSqlite1796193926144, AdvisorsSqlite1796194775059, BranchQueueSqlite1796195674147, PointsLedgerSqlite1796195861306, ServiceDueOrderSqlite1796196332977];
