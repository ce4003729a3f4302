/** The partner API module's error codes (in `extensions.fields[].code`), for clients to act on. */
export const PartnerApiErrors = {
  /** A service order for a benefit that names no service partner. */
  NO_PROVIDER: 'NO_PROVIDER',
  /** A revoked API key cannot be re-activated. */
  REVOKED_FOR_GOOD: 'REVOKED_FOR_GOOD',
  /** No active scenario package names the partner and the product with partner orders allowed. */
  NO_SCENARIO_FOR_ORDER: 'NO_SCENARIO_FOR_ORDER',
} as const;
