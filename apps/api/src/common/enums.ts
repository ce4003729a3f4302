import { registerEnumType } from 'type-graphql';
import {
  AdvisorModel,
  ApiScope,
  ChangeOperation,
  ChangeRequestStatus,
  ChangeResource,
  InvestorRiskLevel,
  AuditAction,
  BenefitCategory,
  BenefitStatus,
  ConsentKind,
  AskOutcome,
  KnowledgeStatus,
  KnowledgeTopic,
  Language,
  LifeStage,
  NeedType,
  OwnDataIntent,
  Occupation,
  PartnerKind,
  PartnerStatus,
  ProductStatus,
  ProductType,
  ReferralStatus,
  FulfilmentStatus,
  RiskLevel,
  RiskPreference,
  Role,
} from '@tierwise/domain';

/** GraphQL names for the domain enums (registered once, before any schema is built). */
const enums = {
  Role,
  RiskLevel,
  ProductStatus,
  ProductType,
  PartnerKind,
  PartnerStatus,
  BenefitStatus,
  BenefitCategory,
  AdvisorModel,
  RiskPreference,
  LifeStage,
  Occupation,
  NeedType,
  AuditAction,
  InvestorRiskLevel,
  ChangeRequestStatus,
  ChangeOperation,
  ChangeResource,
};
for (const [name, values] of Object.entries(enums)) registerEnumType(values, { name });
registerEnumType(KnowledgeTopic, { name: 'KnowledgeTopic', description: 'What a knowledge-base entry is about' });
registerEnumType(KnowledgeStatus, { name: 'KnowledgeStatus', description: 'DRAFT (being written), ACTIVE (answers customers), RETIRED (kept as history)' });
registerEnumType(AskOutcome, { name: 'AskOutcome', description: 'How a question to the smart customer service ended' });
registerEnumType(OwnDataIntent, { name: 'OwnDataIntent', description: "A question about the customer's own data, answered from their records" });
registerEnumType(Language, { name: 'Language', description: 'zh (Simplified Chinese) or en (English)' });
registerEnumType(ConsentKind, { name: 'ConsentKind', description: 'Marketing per channel, or data sharing with one partner institution' });
registerEnumType(ReferralStatus, { name: 'ReferralStatus', description: 'NEW (in the queue), CONTACTED, CONVERTED (became business) or CLOSED' });
registerEnumType(FulfilmentStatus, { name: 'FulfilmentStatus', description: 'A service order as the partner works through it' });
registerEnumType(ApiScope, {
  name: 'ApiScope',
  description:
    "Partners: catalog:read, customers:read (consenting customers only), recommendations:read, referrals:write, fulfilment:write, orders:refer (where a scenario package allows it). The institution's own systems: events:write, feedback:write, orders:write, service:write, customers:self (the app's customer-facing API, about the customer named), customers:self:pii (with their personal data in full)",
});

/** How a background job's run ended (or that it is still going). */
export enum JobRunStatus {
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  /** Failed; the queue retries it while attempts remain (the next attempt is a run of its own). */
  FAILED = 'FAILED',
}
registerEnumType(JobRunStatus, { name: 'JobRunStatus', description: 'RUNNING, DONE, or FAILED (retried while attempts remain)' });

export {
  AdvisorModel,
  ApiScope,
  ChangeOperation,
  ChangeRequestStatus,
  ChangeResource,
  InvestorRiskLevel,
  AuditAction,
  BenefitCategory,
  BenefitStatus,
  ConsentKind,
  FulfilmentStatus,
  AskOutcome,
  KnowledgeStatus,
  KnowledgeTopic,
  Language,
  LifeStage,
  NeedType,
  Occupation,
  OwnDataIntent,
  PartnerKind,
  PartnerStatus,
  ProductStatus,
  ProductType,
  ReferralStatus,
  RiskLevel,
  RiskPreference,
  Role,
};
