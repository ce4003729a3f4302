import { isCatalogueCode, isNegativeAmount } from '@tierwise/domain';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The rules every catalogue record shares (code, name), plus the required fields of its own kind. */
export function validateCatalogueRecord(...required: string[]) {
  return (values: Record<string, unknown>) => {
    const errors: Record<string, string> = {};
    if (!values.code) errors.code = 'ra.validation.required';
    else if (!isCatalogueCode(String(values.code))) errors.code = 'tierwise.validation.code';
    if (!values.name) errors.name = 'ra.validation.required';
    for (const field of required) if (!values[field]) errors[field] = 'ra.validation.required';
    if (values.contactEmail && !EMAIL.test(String(values.contactEmail))) errors.contactEmail = 'ra.validation.email';
    if (values.website && !/^https?:\/\//.test(String(values.website))) errors.website = 'ra.validation.regex';
    return errors;
  };
}

/** A user: an email, a role, and on create a password of at least 10 characters. */
export function validateUser(creating: boolean) {
  return (values: Record<string, unknown>) => {
    const errors: Record<string, string> = {};
    if (!values.email || !EMAIL.test(String(values.email))) errors.email = 'ra.validation.email';
    if (!values.role) errors.role = 'ra.validation.required';
    const password = String(values.password ?? '');
    if ((creating || password) && password.length < 10) errors.password = 'tierwise.validation.password';
    return errors;
  };
}

/** Amounts the console edits (minimum investments, AUM, incomes, tier bounds) cannot be negative: the domain's rule, as on the server. */
export const nonNegative = (value: unknown) =>
  value !== null && value !== undefined && isNegativeAmount(String(value)) ? 'tierwise.validation.negativeAmount' : undefined;

/** A whole-number message as react-admin renders it: the key and its arguments. */
export type FieldError = string | { message: string; args: Record<string, unknown> };

/**
 * A whole number of at least `min` (durations, counts, quotas), checked by the app in the chosen language: number inputs
 * carry no `min` attribute, whose browser tooltip ("Value must be greater than or equal to 1.") would speak English first.
 */
export function wholeNumberError(value: unknown, min: number): FieldError | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const n = Number(value);
  if (!Number.isInteger(n)) return 'ra.validation.number';
  return n < min ? { message: 'ra.validation.minValue', args: { min } } : undefined;
}
