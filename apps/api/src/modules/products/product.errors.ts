/** The products module's error codes (in `extensions.fields[].code`), for clients to act on. */
export const ProductErrors = {
  /** The issuer is not a partner institution. */
  UNKNOWN_ISSUER: 'UNKNOWN_ISSUER',
  /** An eligible tier that does not exist. */
  UNKNOWN_TIER: 'UNKNOWN_TIER',
  /** A bundle component that is not a product. */
  UNKNOWN_COMPONENT: 'UNKNOWN_COMPONENT',
  /** A bundle that would contain itself. */
  BUNDLE_CYCLE: 'BUNDLE_CYCLE',
} as const;
