/**
 * Where each domain rule's message lives in the translations: the console's forms (which run the same rules) and the
 * server's refusals show it; the server's English text is the fallback for any other code.
 */
export const RULE_MESSAGES: Readonly<Record<string, string>> = {
  SALE_WINDOW_ORDER: 'tierwise.validation.saleWindow',
  RETURN_RANGE_ORDER: 'tierwise.validation.returnRange',
  REVENUE_RATE_RANGE: 'tierwise.validation.revenueRate',
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
