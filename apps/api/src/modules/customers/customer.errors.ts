/** The customers module's error codes, for clients to act on. */
export const CustomerErrors = {
  /** A batch names a customer number the institution never loaded. */
  UNKNOWN_CUSTOMER: 'UNKNOWN_CUSTOMER',
  /** The same customer number twice in one batch. */
  DUPLICATE_EXTERNAL_REF: 'DUPLICATE_EXTERNAL_REF',
  /** A holding names a product code the catalogue does not have. */
  UNKNOWN_PRODUCT: 'UNKNOWN_PRODUCT',
} as const;

/** Item `index` of a batch names an unknown customer number. */
export const unknownCustomerItem = (index: number, ref: string): { field: string; code: string; message: string } => ({
  field: `items.${index}.customerRef`,
  code: CustomerErrors.UNKNOWN_CUSTOMER,
  message: `Item ${index + 1}: no customer ${ref}`,
});
