/** The orders module's error codes (in `extensions.fields[].code`), for clients to act on. */
export const OrderErrors = {
  /** An amount below the product's minimum investment. */
  BELOW_MINIMUM_INVESTMENT: 'BELOW_MINIMUM_INVESTMENT',
  /** A customer aged 65 or over: the advisor must acknowledge the flag before the order proceeds. */
  ELDERLY_NOT_ACKNOWLEDGED: 'ELDERLY_NOT_ACKNOWLEDGED',
  /** An insisting investor's order, but the product has no special risk warning published yet. */
  NO_RISK_WARNING: 'NO_RISK_WARNING',
  /** The warning confirmed is not the version in force. */
  WARNING_VERSION: 'WARNING_VERSION',
  /** Signing an order whose risk warning was not confirmed. */
  WARNING_NOT_CONFIRMED: 'WARNING_NOT_CONFIRMED',
  /** Cancelling once cooling-off has ended (the order is confirmed). */
  COOLING_OFF_OVER: 'COOLING_OFF_OVER',
  /** PARTNER is the channel of a partner's referral (referOrder), not one to name when placing. */
  PARTNER_CHANNEL: 'PARTNER_CHANNEL',
} as const;
