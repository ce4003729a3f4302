import { InitialMysql1795936873028 } from './1795936873028-initial';
import { CustomersMysql1795940140016 } from './1795940140016-customers';
import { RiskAssessmentsMysql1795941035543 } from './1795941035543-risk-assessments';
import { ConsentsMysql1795941137421 } from './1795941137421-consents';
import { SavedSegmentsMysql1795941239361 } from './1795941239361-saved-segments';
import { RetierReasonMysql1795945505993 } from './1795945505993-retier-reason';
import { SegmentIndexMysql1795945903602 } from './1795945903602-segment-index';
import { NeedsMysql1795946168523 } from './1795946168523-needs';
import { RecommendationFeedbackMysql1795946467258 } from './1795946467258-recommendation-feedback';
import { PartnerApiMysql1795946715998 } from './1795946715998-partner-api';
import { ScenarioPackagesMysql1795947125546 } from './1795947125546-scenario-packages';
import { InternalApiClientsMysql1795949719307 } from './1795949719307-internal-api-clients';
import { ReasonCodesMysql1796169784692 } from './1796169784692-reason-codes';
import { EligibleTierRestrictMysql1796181389712 } from './1796181389712-eligible-tier-restrict';
import { InvestorEvidenceMysql1796182435642 } from './1796182435642-investor-evidence';
import { ExchangeRatesMysql1796183663510 } from './1796183663510-exchange-rates';
import { OrdersMysql1796184191358 } from './1796184191358-orders';
import { PartnerOrdersMysql1796190450145 } from './1796190450145-partner-orders';
import { FourEyesMysql1796191945632 } from './1796191945632-four-eyes';
import { ProductRevisionsMysql1796192119376 } from './1796192119376-product-revisions';
import { BenefitLedgerMysql1796193440302 } from './1796193440302-benefit-ledger';
import { ServiceDeskMysql1796193926144 } from './1796193926144-service-desk';
import { AdvisorsMysql1796194775059 } from './1796194775059-advisors';
import { BranchQueueMysql1796195674147 } from './1796195674147-branch-queue';
import { PointsLedgerMysql1796195861306 } from './1796195861306-points-ledger';
import { ServiceDueOrderMysql1796196332977 } from './1796196332977-service-due-order';

/** In order; a new one is appended by scripts/generate-migration.ts. */
export const mysqlMigrations = [InitialMysql1795936873028, CustomersMysql1795940140016, RiskAssessmentsMysql1795941035543, ConsentsMysql1795941137421, SavedSegmentsMysql1795941239361, RetierReasonMysql1795945505993, SegmentIndexMysql1795945903602, NeedsMysql1795946168523, RecommendationFeedbackMysql1795946467258, PartnerApiMysql1795946715998, ScenarioPackagesMysql1795947125546, InternalApiClientsMysql1795949719307, ReasonCodesMysql1796169784692, EligibleTierRestrictMysql1796181389712, InvestorEvidenceMysql1796182435642, ExchangeRatesMysql1796183663510, OrdersMysql1796184191358, PartnerOrdersMysql1796190450145, FourEyesMysql1796191945632, ProductRevisionsMysql1796192119376, BenefitLedgerMysql1796193440302, ServiceDeskMysql1796193926144, AdvisorsMysql1796194775059, BranchQueueMysql1796195674147, PointsLedgerMysql1796195861306, ServiceDueOrderMysql1796196332977];
