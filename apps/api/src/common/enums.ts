import { registerEnumType } from 'type-graphql';
import {
  AdvisorModel, ApiScope, InvestorRiskLevel, AuditAction, BenefitCategory, BenefitStatus, LifeStage, NeedType, Occupation, PartnerKind,
  PartnerStatus, ProductStatus, ProductType, RiskLevel, RiskPreference, Role,
} from '@tierwise/domain';

/** GraphQL names for the domain enums (registered once, before any schema is built). */
const enums = {
  Role, RiskLevel, ProductStatus, ProductType, PartnerKind, PartnerStatus, BenefitStatus, BenefitCategory,
  AdvisorModel, RiskPreference, LifeStage, Occupation, NeedType, AuditAction, InvestorRiskLevel,
};
for (const [name, values] of Object.entries(enums)) registerEnumType(values, { name });
registerEnumType(ApiScope, {
  name: 'ApiScope',
  description: 'Partners: catalog:read, customers:read (consenting customers only), recommendations:read, referrals:write, fulfilment:write. The institution\'s own systems: events:write, feedback:write',
});

export {
  AdvisorModel, ApiScope, InvestorRiskLevel, AuditAction, BenefitCategory, BenefitStatus, LifeStage, NeedType, Occupation, PartnerKind,
  PartnerStatus, ProductStatus, ProductType, RiskLevel, RiskPreference, Role,
};
