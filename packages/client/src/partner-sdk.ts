import {
  PartnerCatalogDocument,
  PartnerCustomerDocument,
  PartnerCustomersDocument,
  PartnerFulfilmentOrdersDocument,
  PartnerProductDocument,
  PartnerProductFiguresDocument,
  PartnerRecommendationsDocument,
  PartnerReferralsDocument,
  PartnerReferredOrdersDocument,
  ReferOrderDocument,
  SubmitReferralDocument,
  UpdateFulfilmentOrderDocument,
  type FulfilmentStatus,
  type NeedType,
  type PartnerCatalogQueryVariables,
} from './generated/graphql';
import { apiKeyCaller, type ApiKeyOptions } from './sdk';

export type PartnerClientOptions = ApiKeyOptions;

type Page = { page?: number; perPage?: number };

/**
 * The typed SDK for partner institutions. Every method sends one operation with the API key and returns its data;
 * a refusal throws a TierwiseError whose `code` is NOT_FOUND, FORBIDDEN (scope), UNAUTHENTICATED (key expired or
 * revoked) or RATE_LIMITED (see `retryAfterSeconds` on its first error). `rateLimit` tells what the last call cost.
 */
export function createPartnerClient(options: PartnerClientOptions) {
  const caller = apiKeyCaller(options);
  const call = caller.call;

  return {
    /** The active catalogue, a page at a time. */
    catalog: async (args: PartnerCatalogQueryVariables = {}) => (await call(PartnerCatalogDocument, args)).partnerCatalog,
    product: async (id: string) => (await call(PartnerProductDocument, { id })).partnerProduct,
    /** Holders and amount held of one of your own products. */
    productFigures: async (productId: string) => (await call(PartnerProductFiguresDocument, { productId })).partnerProductFigures,
    /** Customers who consented to share data with you (masked). */
    customers: async (args: Page = {}) => (await call(PartnerCustomersDocument, args)).partnerCustomers,
    customer: async (id: string) => (await call(PartnerCustomerDocument, { id })).partnerCustomer,
    recommendations: async (customerId: string, limit = 5) => (await call(PartnerRecommendationsDocument, { customerId, limit })).partnerRecommendations,
    submitReferral: async (customerId: string, scenario: NeedType, notes: string) =>
      (await call(SubmitReferralDocument, { customerId, scenario, notes })).submitReferral,
    referrals: async (args: Page = {}) => (await call(PartnerReferralsDocument, args)).partnerReferrals,
    /**
     * Refer an order where a scenario package of the institution names you and the product and allows it. The amount is
     * a decimal string in the product's currency; the answer's status is REFUSED (with refusalCodes), DRAFT or
     * AWAITING_WARNING_CONFIRMATION, and the institution's advisor completes it with the customer.
     */
    referOrder: async (customerId: string, productId: string, amount: string) => (await call(ReferOrderDocument, { customerId, productId, amount })).referOrder,
    /** The orders you referred and where they stand. */
    referredOrders: async (args: Page = {}) => (await call(PartnerReferredOrdersDocument, args)).partnerReferredOrders,
    fulfilmentOrders: async (status?: FulfilmentStatus, args: Page = {}) =>
      (await call(PartnerFulfilmentOrdersDocument, { status, ...args })).partnerFulfilmentOrders,
    updateFulfilmentOrder: async (id: string, version: number, status: FulfilmentStatus, note?: string) =>
      (await call(UpdateFulfilmentOrderDocument, { id, version, status, note })).updateFulfilmentOrder,
    /** What the last call cost, and the budget left this minute. */
    get rateLimit() {
      return caller.rateLimit;
    },
  };
}

export type PartnerClient = ReturnType<typeof createPartnerClient>;
