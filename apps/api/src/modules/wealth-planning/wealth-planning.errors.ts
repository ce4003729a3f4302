/** The wealth-planning module's error codes (in `extensions.fields[].code`), for clients to act on. */
export const PlanningErrors = {
  /** A goal's need is not the customer's. */
  NEED_NOT_OF_CUSTOMER: 'NEED_NOT_OF_CUSTOMER',
  /** Only a draft is edited: a presented proposal is revised into a new draft. */
  NOT_A_DRAFT: 'NOT_A_DRAFT',
  /** Presenting a proposal with no line (or no loan part). */
  EMPTY_PROPOSAL: 'EMPTY_PROPOSAL',
  /** Presenting or accepting a proposal a line of which may not be sold (its reasons alongside). */
  LINE_NOT_ALLOWED: 'LINE_NOT_ALLOWED',
  /** A line's product plays no part in an investment plan (a loan, a credit line), or a loan part's is no loan. */
  WRONG_PRODUCT_KIND: 'WRONG_PRODUCT_KIND',
  /** Accepting after the proposal's validity ended. */
  PROPOSAL_EXPIRED: 'PROPOSAL_EXPIRED',
  /** The lines add up to more than the money the plan invests. */
  OVER_INVESTABLE: 'OVER_INVESTABLE',
} as const;
