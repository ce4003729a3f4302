import { registerEnumType } from 'type-graphql';
import {
  AdvisorModel, InvestorRiskLevel, AuditAction, BenefitCategory, BenefitStatus, LifeStage, NeedType, Occupation, PartnerKind,
  PartnerStatus, ProductStatus, ProductType, RiskLevel, RiskPreference, Role,
} from '@tierwise/domain';

/** GraphQL names for the domain enums (registered once, before any schema is built). */
const enums = {
  Role, RiskLevel, ProductStatus, ProductType, PartnerKind, PartnerStatus, BenefitStatus, BenefitCategory,
  AdvisorModel, RiskPreference, LifeStage, Occupation, NeedType, AuditAction, InvestorRiskLevel,
};
for (const [name, values] of Object.entries(enums)) registerEnumType(values, { name });

export {
  AdvisorModel, InvestorRiskLevel, AuditAction, BenefitCategory, BenefitStatus, LifeStage, NeedType, Occupation, PartnerKind,
  PartnerStatus, ProductStatus, ProductType, RiskLevel, RiskPreference, Role,
};
