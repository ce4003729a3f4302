/**
 * How an audit entry's changed fields read to a person: the field's label in the console's language (the entity's own
 * field labels), enum values by their translated names, yes/no for booleans. Pure, so it is unit-tested on its own;
 * references to other records are rendered by name in AuditParts.tsx.
 */
import { formatAmount, type Translate } from '../i18n/coded';

/** Which enum a field's values belong to, per entity (a `status` means different things on different records). */
const ENUMS: Record<string, Record<string, string>> = {
  Product: { status: 'ProductStatus', type: 'ProductType', riskLevel: 'RiskLevel' },
  Tier: { advisorModel: 'AdvisorModel' },
  Benefit: { status: 'BenefitStatus', category: 'BenefitCategory' },
  PartnerInstitution: { status: 'PartnerStatus', kind: 'PartnerKind' },
  User: { role: 'Role' },
  Customer: { riskLevel: 'InvestorRiskLevel', lifeStage: 'LifeStage', occupation: 'Occupation', language: 'Language' },
  CustomerNeed: { need: 'NeedType' },
  NeedRule: { need: 'NeedType', eventType: 'BehaviourType' },
  ScenarioPackage: { need: 'NeedType' },
  Referral: { status: 'ReferralStatus' },
  FulfilmentOrder: { status: 'FulfilmentStatus' },
};

/** Fields that name another record, and which. */
export const REFERENCES: Record<string, string> = {
  tierId: 'Tier',
  issuerId: 'PartnerInstitution',
  providerId: 'PartnerInstitution',
  partnerId: 'PartnerInstitution',
  productId: 'Product',
  benefitId: 'Benefit',
  customerId: 'Customer',
  eligibleTierIds: 'Tier',
  componentIds: 'Product',
  productIds: 'Product',
  partnerIds: 'PartnerInstitution',
  benefitIds: 'Benefit',
  fromTierId: 'Tier',
  toTierId: 'Tier',
};

/** `consent:DATA_SHARING:<partner id>`: the consent kind, and the partner it concerns. */
export function consentKey(key: string): { kind: string; partnerId: string | null } | null {
  const m = /^consent:([A-Z_]+)(?::(.+))?$/.exec(key);
  return m ? { kind: m[1], partnerId: m[2] ?? null } : null;
}

export function auditFieldLabel(translate: Translate, entityType: string, key: string): string {
  const consent = consentKey(key);
  if (consent) return `${translate('resources.Customer.fields.consents')}: ${translate(`enums.ConsentKind.${consent.kind}`, { _: consent.kind })}`;
  return translate(`tierwise.audit.fields.${key}`, { _: translate(`resources.${entityType}.fields.${key}`, { _: key }) });
}

/** Fields not worth a line: the record's own id (a creation lists it), bookkeeping. */
export const HIDDEN_FIELDS = new Set(['id', 'version', 'createdAt', 'updatedAt']);

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const DECIMAL = /^-?\d+(\.\d+)?$/;
/** Amounts, written with digit grouping (an id number or a phone is digits too, and stays as it is). */
const AMOUNTS = new Set(['minInvestment', 'aum', 'annualIncome', 'financialAssetsElsewhere', 'minAum', 'maxAum', 'amount', 'basis']);

/**
 * A scalar value as text (null when empty; references are left to the caller): instants as the language writes dates,
 * amounts with its digit grouping.
 */
export function auditValueText(translate: Translate, entityType: string, key: string, value: unknown, locale = 'en'): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'string' && ISO_INSTANT.test(value)) return new Date(value).toLocaleString(locale);
  if (typeof value === 'string' && AMOUNTS.has(key) && DECIMAL.test(value)) return formatAmount(value, locale);
  if (typeof value === 'boolean') return translate(value ? 'ra.boolean.true' : 'ra.boolean.false');
  if (consentKey(key) && typeof value === 'string') return translate(`tierwise.audit.consent.${value}`, { _: value });
  if (key === 'revealed') return translate('tierwise.audit.revealedFields');
  const enumName = ENUMS[entityType]?.[key];
  if (enumName && typeof value === 'string') return translate(`enums.${enumName}.${value}`, { _: value });
  if (enumName && Array.isArray(value)) return value.map((v) => translate(`enums.${enumName}.${v}`, { _: String(v) })).join(', ');
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' && /^[A-Z][A-Z_]+$/.test(v))) {
    // target needs, life stages, … on products: the enum is named by the field (targetNeeds → NeedType).
    const byField: Record<string, string> = {
      targetNeeds: 'NeedType',
      targetLifeStages: 'LifeStage',
      targetOccupations: 'Occupation',
      targetRiskPreferences: 'RiskPreference',
      scopes: 'ApiScope',
    };
    const name = byField[key];
    if (name) return value.map((v) => translate(`enums.${name}.${v}`, { _: String(v) })).join(', ');
  }
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
