/** Catalogue enumerations shared by the API, the console and the rules. */
export enum Role {
  VIEWER = 'VIEWER',
  PRODUCT_MANAGER = 'PRODUCT_MANAGER',
  ADMIN = 'ADMIN',
  /**
   * A wealth advisor, account manager or private banker: no catalogue rights, and not ranked with the others — an
   * advisor reaches only the operations opened to advisors, and there only the customers of their own portfolio.
   */
  ADVISOR = 'ADVISOR',
}

export enum RiskLevel {
  R1 = 'R1',
  R2 = 'R2',
  R3 = 'R3',
  R4 = 'R4',
  R5 = 'R5',
}

export enum ProductStatus {
  DRAFT = 'DRAFT',
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  RETIRED = 'RETIRED',
}

export enum ProductType {
  WEALTH_PRODUCT = 'WEALTH_PRODUCT',
  MONEY_MARKET_FUND = 'MONEY_MARKET_FUND',
  FUND = 'FUND',
  DEPOSIT = 'DEPOSIT',
  INSURANCE = 'INSURANCE',
  LOAN = 'LOAN',
  MORTGAGE = 'MORTGAGE',
  CREDIT_LINE = 'CREDIT_LINE',
  BUNDLE = 'BUNDLE',
  PRIVATE_FUND = 'PRIVATE_FUND',
  /** A bank's private wealth product (私募理财): sold to qualified investors only, like a private fund. */
  PRIVATE_WEALTH = 'PRIVATE_WEALTH',
  FAMILY_TRUST = 'FAMILY_TRUST',
}

export enum PartnerKind {
  FUND_MANAGER = 'FUND_MANAGER',
  INSURER = 'INSURER',
  TRUST_COMPANY = 'TRUST_COMPANY',
  BANK = 'BANK',
  SECURITIES_FIRM = 'SECURITIES_FIRM',
  REAL_ESTATE_AGENCY = 'REAL_ESTATE_AGENCY',
  EDUCATION_AGENCY = 'EDUCATION_AGENCY',
  HEALTHCARE = 'HEALTHCARE',
  TRAVEL = 'TRAVEL',
  LEGAL_TAX = 'LEGAL_TAX',
  OTHER = 'OTHER',
}

export enum PartnerStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  TERMINATED = 'TERMINATED',
}

export enum BenefitStatus {
  ACTIVE = 'ACTIVE',
  INACTIVE = 'INACTIVE',
}

export enum BenefitCategory {
  POINTS = 'POINTS',
  FEE_WAIVER = 'FEE_WAIVER',
  HEALTH = 'HEALTH',
  TRAVEL = 'TRAVEL',
  EDUCATION = 'EDUCATION',
  ADVISORY = 'ADVISORY',
  LEGAL_TAX = 'LEGAL_TAX',
}

export enum AdvisorModel {
  POOLED_WEALTH_ADVISOR = 'POOLED_WEALTH_ADVISOR',
  DEDICATED_ACCOUNT_MANAGER = 'DEDICATED_ACCOUNT_MANAGER',
  PRIVATE_BANKER = 'PRIVATE_BANKER',
}

export enum RiskPreference {
  CONSERVATIVE = 'CONSERVATIVE',
  STEADY = 'STEADY',
  BALANCED = 'BALANCED',
  AGGRESSIVE = 'AGGRESSIVE',
}

export enum LifeStage {
  YOUNG_SINGLE = 'YOUNG_SINGLE',
  MARRIED_NO_CHILDREN = 'MARRIED_NO_CHILDREN',
  MARRIED_WITH_CHILDREN = 'MARRIED_WITH_CHILDREN',
  EMPTY_NEST = 'EMPTY_NEST',
  RETIRED = 'RETIRED',
}

/** The language a person reads (a customer's messages, the app's answers): Simplified Chinese or English. */
export enum Language {
  zh = 'zh',
  en = 'en',
}

export enum Occupation {
  BUSINESS_OWNER = 'BUSINESS_OWNER',
  EMPLOYEE = 'EMPLOYEE',
  FREELANCER = 'FREELANCER',
  RETIRED = 'RETIRED',
  STUDENT = 'STUDENT',
  OTHER = 'OTHER',
}

export enum NeedType {
  HOME_PURCHASE = 'HOME_PURCHASE',
  EDUCATION = 'EDUCATION',
  STUDY_ABROAD = 'STUDY_ABROAD',
  RETIREMENT = 'RETIREMENT',
  WEALTH_GROWTH = 'WEALTH_GROWTH',
  RISK_PROTECTION = 'RISK_PROTECTION',
  BUSINESS_FINANCING = 'BUSINESS_FINANCING',
  WEALTH_TRANSFER = 'WEALTH_TRANSFER',
}

export enum AuditAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  DELETE = 'DELETE',
  REVEAL = 'REVEAL',
  /** Four eyes: a change request submitted, approved, rejected, applied or cancelled. */
  SUBMIT = 'SUBMIT',
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
  APPLY = 'APPLY',
  CANCEL = 'CANCEL',
}

const ROLE_RANK: Record<Role, number> = { ADVISOR: 0, VIEWER: 1, PRODUCT_MANAGER: 2, ADMIN: 3 };

/** Roles are ordered: an admin may do what a product manager may, who may do what a viewer may. */
export function roleAtLeast(actual: Role, required: Role): boolean {
  if (actual === Role.ADVISOR || required === Role.ADVISOR) return actual === required; // advisors stand apart
  return ROLE_RANK[actual] >= ROLE_RANK[required];
}

/** What an API key may do (partners, or the institution's own systems). */
export enum ApiScope {
  CATALOG_READ = 'catalog:read',
  CUSTOMERS_READ = 'customers:read',
  RECOMMENDATIONS_READ = 'recommendations:read',
  REFERRALS_WRITE = 'referrals:write',
  FULFILMENT_WRITE = 'fulfilment:write',
  /** Partners named in a scenario package that allows it refer orders for its products (the institution completes them). */
  ORDERS_REFER = 'orders:refer',
  /** The institution's own systems: its app backend sends behaviour events… */
  EVENTS_WRITE = 'events:write',
  /** …and what customers did with recommendations… */
  FEEDBACK_WRITE = 'feedback:write',
  /** …and orders customers place in the app. */
  ORDERS_WRITE = 'orders:write',
  /** …and service: benefit redemptions (and, later, service requests) from the app. */
  SERVICE_WRITE = 'service:write',
  /**
   * …and the app's customer-facing API: the named customer's own tier, benefits, recommendations, orders, requests,
   * assessment and consents, and what the customer does in the app (always about the customer named in the call)…
   */
  CUSTOMERS_SELF = 'customers:self',
  /** …with the customer's personal data in full (masked without it). */
  CUSTOMERS_SELF_PII = 'customers:self:pii',
  /** …and management reports: the plan's KPIs (no customer's personal data). */
  REPORTS_READ = 'reports:read',
}

/** Scopes for the institution's own systems (a key without a partner); the others are for partner institutions. */
export const INTERNAL_SCOPES: readonly ApiScope[] = [
  ApiScope.EVENTS_WRITE,
  ApiScope.FEEDBACK_WRITE,
  ApiScope.ORDERS_WRITE,
  ApiScope.SERVICE_WRITE,
  ApiScope.CUSTOMERS_SELF,
  ApiScope.CUSTOMERS_SELF_PII,
  ApiScope.REPORTS_READ,
];

/** A partner's referral: NEW (in the queue), CONTACTED, CONVERTED (became business) or CLOSED. */
export enum ReferralStatus {
  NEW = 'NEW',
  CONTACTED = 'CONTACTED',
  CONVERTED = 'CONVERTED',
  CLOSED = 'CLOSED',
}

/** A service order as the partner works through it. */
export enum FulfilmentStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  REJECTED = 'REJECTED',
}
