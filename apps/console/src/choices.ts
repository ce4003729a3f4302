import {
  AdvisorModel,
  BenefitCategory,
  InvestorRiskLevel,
  BenefitStatus,
  LifeStage,
  NeedType,
  Occupation,
  PartnerKind,
  PartnerStatus,
  ProductStatus,
  ProductType,
  ReferralStatus,
  RiskLevel,
  RiskPreference,
  Role,
  BehaviourType,
  ChangeRequestStatus,
  ChangeResource,
} from '@tierwise/domain';

/** Select choices for a domain enum; the label is a translation key under `enums.<Enum>.<VALUE>`. */
const choicesOf = (name: string, values: Record<string, string>) => Object.values(values).map((id) => ({ id, name: `enums.${name}.${id}` }));

export const choices = {
  ChangeRequestStatus: choicesOf('ChangeRequestStatus', ChangeRequestStatus),
  ChangeResource: choicesOf('ChangeResource', ChangeResource),
  ProductType: choicesOf('ProductType', ProductType),
  ProductStatus: choicesOf('ProductStatus', ProductStatus),
  RiskLevel: choicesOf('RiskLevel', RiskLevel),
  PartnerKind: choicesOf('PartnerKind', PartnerKind),
  PartnerStatus: choicesOf('PartnerStatus', PartnerStatus),
  BenefitCategory: choicesOf('BenefitCategory', BenefitCategory),
  BenefitStatus: choicesOf('BenefitStatus', BenefitStatus),
  AdvisorModel: choicesOf('AdvisorModel', AdvisorModel),
  RiskPreference: choicesOf('RiskPreference', RiskPreference),
  LifeStage: choicesOf('LifeStage', LifeStage),
  Occupation: choicesOf('Occupation', Occupation),
  NeedType: choicesOf('NeedType', NeedType),
  BehaviourType: choicesOf('BehaviourType', BehaviourType),
  Role: choicesOf('Role', Role),
  InvestorRiskLevel: choicesOf('InvestorRiskLevel', InvestorRiskLevel),
  ReferralStatus: choicesOf('ReferralStatus', ReferralStatus),
};
