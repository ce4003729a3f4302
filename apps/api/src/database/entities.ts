import { AuditEvent } from '../modules/audit/audit-event.entity';
import { AumSnapshot } from '../modules/customers/aum-snapshot.entity';
import { Customer } from '../modules/customers/customer.entity';
import { Holding } from '../modules/customers/holding.entity';
import { Consent } from '../modules/customers/consent.entity';
import { SavedSegment } from '../modules/customers/saved-segment.entity';
import { RiskAssessment, RiskQuestionnaire } from '../modules/customers/risk-assessment.entity';
import { RetierJob } from '../modules/customers/retier-job.entity';
import { TierChange } from '../modules/customers/tier-change.entity';
import { Benefit } from '../modules/benefits/benefit.entity';
import { TierBenefit } from '../modules/benefits/tier-benefit.entity';
import { PartnerInstitution } from '../modules/partners/partner.entity';
import { ProductComponent, ProductEligibleTier } from '../modules/products/product-links.entity';
import { Product } from '../modules/products/product.entity';
import { BehaviourEvent, CustomerNeed, NeedRule } from '../modules/needs/needs.entities';
import { Tier } from '../modules/tiers/tier.entity';
import { User } from '../modules/users/user.entity';

export const entities = [User, PartnerInstitution, Tier, Benefit, TierBenefit, Product, ProductEligibleTier, ProductComponent, AuditEvent, Customer, AumSnapshot, TierChange, RetierJob, Holding, RiskQuestionnaire, RiskAssessment, Consent, SavedSegment, BehaviourEvent, NeedRule, CustomerNeed];
