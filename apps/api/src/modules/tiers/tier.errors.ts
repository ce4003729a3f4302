/** The tiers module's error codes (in `extensions.fields[].code`), for clients to act on. */
export const TierErrors = {
  /** A tier change that lists the tier itself among the adjustments. */
  SELF_ADJUSTMENT: 'SELF_ADJUSTMENT',
  /** The same benefit twice in one tier. */
  DUPLICATE_BENEFIT: 'DUPLICATE_BENEFIT',
} as const;
