/** The recommendations module's error codes (in `extensions.fields[].code`), for clients to act on. */
export const RecommendationErrors = {
  /** A recommendation limit out of range. */
  INVALID_LIMIT: 'INVALID_LIMIT',
} as const;
