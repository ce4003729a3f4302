import { isCatalogueCode, productViolations, ProductStatus, ProductType } from '@tierwise/domain';
import { wholeNumberError, type FieldError } from '../validate';

/** Where each domain rule's message lives in the translations. */
const MESSAGE: Record<string, string> = {
  SALE_WINDOW_ORDER: 'tierwise.validation.saleWindow',
  RETURN_RANGE_ORDER: 'tierwise.validation.returnRange',
  BUNDLE_TOO_SMALL: 'tierwise.validation.bundleSize',
  COMPONENTS_NOT_BUNDLE: 'tierwise.validation.componentsNotBundle',
  DUPLICATE_COMPONENT: 'tierwise.validation.bundleSize',
  PRIVATE_FUND_QUALIFIED: 'tierwise.validation.privateFundQualified',
  PRIVATE_FUND_COOLING_OFF: 'tierwise.validation.privateFundCoolingOff',
  PRIVATE_FUND_MIN_INVESTMENT: 'tierwise.validation.privateFundMinimum',
  PRIVATE_FUND_NO_RATE: 'tierwise.validation.privateFundNoRate',
  BUNDLE_RISK_BELOW_COMPONENTS: 'tierwise.validation.bundleRisk',
  BUNDLE_TIER_NOT_IN_COMPONENTS: 'tierwise.validation.bundleTiers',
  ACTIVE_WITHOUT_TIERS: 'tierwise.validation.activeWithoutTiers',
  NEGATIVE_AMOUNT: 'tierwise.validation.negativeAmount',
};

const dateOrNull = (v: unknown) => (v ? new Date(v as string) : null);

/**
 * The product form's cross-field rules: the very functions the server runs (packages/domain), so a
 * mistake is shown before the server sees it.
 */
export function validateProduct(values: Record<string, unknown>): Record<string, FieldError> {
  const errors: Record<string, FieldError> = {};
  if (!values.code) errors.code = 'ra.validation.required';
  else if (!isCatalogueCode(String(values.code))) errors.code = 'tierwise.validation.code';
  if (!values.name) errors.name = 'ra.validation.required';
  if (!values.type) errors.type = 'ra.validation.required';
  if (!values.riskLevel) errors.riskLevel = 'ra.validation.required';
  for (const [field, min] of [
    ['termDays', 1],
    ['coolingOffHours', 0],
  ] as const) {
    const error = wholeNumberError(values[field], min);
    if (error) errors[field] = error;
  }
  const type = (values.type as ProductType) ?? ProductType.WEALTH_PRODUCT;
  for (const v of productViolations({
    type,
    currency: (values.currency as string) || 'CNY',
    minInvestment: (values.minInvestment as string) || null,
    expectedReturnMin: (values.expectedReturnMin as string) || null,
    expectedReturnMax: (values.expectedReturnMax as string) || null,
    saleStartsAt: dateOrNull(values.saleStartsAt),
    saleEndsAt: dateOrNull(values.saleEndsAt),
    requiresQualifiedInvestor: !!values.requiresQualifiedInvestor,
    coolingOffHours: Number(values.coolingOffHours ?? 0),
    componentIds: type === ProductType.BUNDLE || (values.componentIds as string[] | undefined)?.length ? ((values.componentIds as string[]) ?? []) : [],
    status: (values.status as ProductStatus) ?? ProductStatus.DRAFT,
    eligibleTierIds: (values.eligibleTierIds as string[]) ?? [],
  })) {
    if (v.field && !errors[v.field]) errors[v.field] = MESSAGE[v.code] ?? v.message;
  }
  return errors;
}
