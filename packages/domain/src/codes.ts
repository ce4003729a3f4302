/** A catalogue record's code (product, tier, benefit, partner, package, need rule): capital letters, digits, "-" and "_". */
export const CATALOGUE_CODE = { pattern: /^[A-Z0-9][A-Z0-9_-]*$/, minLength: 2, maxLength: 40 } as const;

/** Whether `code` is a valid catalogue code (e.g. WM-FLEX-001). */
export function isCatalogueCode(code: string): boolean {
  return code.length >= CATALOGUE_CODE.minLength && code.length <= CATALOGUE_CODE.maxLength && CATALOGUE_CODE.pattern.test(code);
}
