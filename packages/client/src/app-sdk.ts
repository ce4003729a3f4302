import {
  SelfAskDocument,
  SelfBenefitsDocument,
  SelfCancelOrderDocument,
  SelfConfirmNeedDocument,
  SelfConfirmRiskWarningDocument,
  SelfCustomerIdDocument,
  SelfDismissNeedDocument,
  SelfHomeDocument,
  SelfOpenServiceRequestDocument,
  SelfOrdersDocument,
  SelfPlaceOrderDocument,
  SelfProfileDocument,
  SelfRateServiceRequestDocument,
  SelfRecordAssessmentDocument,
  SelfRedeemBenefitDocument,
  SelfReplyToServiceRequestDocument,
  SelfScenarioPackagesDocument,
  SelfServiceRequestsDocument,
  SelfSetConsentDocument,
  SelfSignOrderDocument,
  type AnswerInput,
  type ConsentKind,
  type Language,
  type ServiceCategory,
} from './generated/graphql';
import { apiKeyCaller, type ApiKeyOptions } from './sdk';

export type AppClientOptions = ApiKeyOptions;

type Page = { page?: number; perPage?: number };

/**
 * The typed SDK for the institution's app backend (an API key with `customers:self`; `customers:self:pii` for the
 * customer's personal data in full). Every call names the customer the app acts for, and answers about that customer
 * only: another customer's order, request or need answers NOT_FOUND, like one that does not exist. Refusals throw a
 * TierwiseError (`code`: NOT_FOUND, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED, BAD_USER_INPUT with `fields`).
 */
export function createAppClient(options: AppClientOptions) {
  const caller = apiKeyCaller(options);
  const call = caller.call;
  const self = async <T extends { customerSelf: unknown }>(p: Promise<T>) => (await p).customerSelf as T['customerSelf'];

  return {
    /** The id Tierwise gives the customer with this customer number (the institution's externalRef): every other call names it. */
    customerId: async (customerRef: string) => (await call(SelfCustomerIdDocument, { customerRef })).customerSelfId,
    /** The home screen: profile (masked without the pii scope), tier and its service promise, benefits left, recommendations, needs. */
    home: (customerId: string, limit = 5) => self(call(SelfHomeDocument, { customerId, limit })),
    /** Identity, the risk assessment and its validity, consents, and the questionnaire to answer. */
    profile: (customerId: string) => self(call(SelfProfileDocument, { customerId })),
    benefits: (customerId: string) => self(call(SelfBenefitsDocument, { customerId })),
    scenarioPackages: (customerId: string) => self(call(SelfScenarioPackagesDocument, { customerId })),
    orders: (customerId: string, page: Page = {}) => self(call(SelfOrdersDocument, { customerId, ...page })),
    serviceRequests: (customerId: string, page: Page = {}) => self(call(SelfServiceRequestsDocument, { customerId, ...page })),

    /**
     * Score the customer's answers to the questionnaire in force (from `profile`) and make the result their level;
     * `version` is the customer's (from `profile`): a stale one answers CONFLICT.
     */
    recordAssessment: async (customerId: string, version: number, answers: AnswerInput[], forPrivateFunds = false) =>
      (await call(SelfRecordAssessmentDocument, { customerId, version, answers, forPrivateFunds })).selfRecordAssessment,
    setConsent: async (customerId: string, kind: ConsentKind, granted: boolean, partnerId?: string) =>
      (await call(SelfSetConsentDocument, { customerId, kind, granted, partnerId })).selfSetConsent,
    /**
     * Order in the app (the amount a decimal string in the product's currency). The answer's status is REFUSED (with
     * refusalCodes), DRAFT (sign it), or AWAITING_WARNING_CONFIRMATION: show the product's special risk warning and, if
     * the customer insists, `confirmRiskWarning` with the version shown.
     */
    placeOrder: async (customerId: string, productId: string, amount: string) =>
      (await call(SelfPlaceOrderDocument, { customerId, productId, amount })).selfPlaceOrder,
    confirmRiskWarning: async (customerId: string, orderId: string, version: number, warningVersion: number) =>
      (await call(SelfConfirmRiskWarningDocument, { customerId, orderId, version, warningVersion })).selfConfirmRiskWarning,
    signOrder: async (customerId: string, orderId: string, version: number) =>
      (await call(SelfSignOrderDocument, { customerId, orderId, version })).selfSignOrder,
    cancelOrder: async (customerId: string, orderId: string, version: number, reason: string) =>
      (await call(SelfCancelOrderDocument, { customerId, orderId, version, reason })).selfCancelOrder,
    /** Redeem (or, with reserve, book) a benefit; send the same idempotencyKey on a retry. */
    redeemBenefit: async (customerId: string, benefitId: string, idempotencyKey?: string, reserve?: boolean) =>
      (await call(SelfRedeemBenefitDocument, { customerId, benefitId, idempotencyKey, reserve })).selfRedeemBenefit,
    openServiceRequest: async (customerId: string, category: ServiceCategory, description: string) =>
      (await call(SelfOpenServiceRequestDocument, { customerId, category, description })).selfOpenServiceRequest,
    replyToServiceRequest: async (customerId: string, requestId: string, body: string) =>
      (await call(SelfReplyToServiceRequestDocument, { customerId, requestId, body })).selfReplyToServiceRequest,
    rateServiceRequest: async (customerId: string, requestId: string, rating: number) =>
      (await call(SelfRateServiceRequestDocument, { customerId, requestId, rating })).selfRateServiceRequest,
    confirmNeed: async (customerId: string, needId: string) => (await call(SelfConfirmNeedDocument, { customerId, needId })).selfConfirmNeed,
    dismissNeed: async (customerId: string, needId: string) => (await call(SelfDismissNeedDocument, { customerId, needId })).selfDismissNeed,
    /**
     * Ask the smart customer service for the customer (text; from the app's speech recognition with voice: true). Own-data
     * questions ("我的权益还剩几次", "what tier am I") are answered from their records; below the confidence threshold, or
     * with handOff: true, a person takes over in a service request (`serviceRequest`).
     */
    ask: async (customerId: string, text: string, language: Language, options: { voice?: boolean; handOff?: boolean } = {}) =>
      (await call(SelfAskDocument, { customerId, text, language, ...options })).ask,
    /** What the last call cost, and the budget left this minute. */
    get rateLimit() {
      return caller.rateLimit;
    },
  };
}

export type AppClient = ReturnType<typeof createAppClient>;
