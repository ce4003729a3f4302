import { isCatalogueCode, productViolations, ProductStatus, ProductType } from '@tierwise/domain';
import { RULE_MESSAGES as MESSAGE } from '../i18n/rule-messages';
import { wholeNumberError, type FieldError } from '../validate';

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
    revenueRate: (values.revenueRate as string) || null,
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
