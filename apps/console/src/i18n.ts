import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';

/** English labels for the enums and resources (the next step adds Chinese). */
const en = {
  ...englishMessages,
  enums: {
    ProductType: {
      WEALTH_PRODUCT: 'Wealth product', MONEY_MARKET_FUND: 'Money-market fund', FUND: 'Fund', DEPOSIT: 'Deposit', INSURANCE: 'Insurance',
      LOAN: 'Loan', MORTGAGE: 'Mortgage', CREDIT_LINE: 'Credit line', BUNDLE: 'Bundle', PRIVATE_FUND: 'Private fund', FAMILY_TRUST: 'Family trust',
    },
    ProductStatus: { DRAFT: 'Draft', ACTIVE: 'Active', SUSPENDED: 'Suspended', RETIRED: 'Retired' },
    RiskLevel: { R1: 'R1 · lowest', R2: 'R2 · low', R3: 'R3 · medium', R4: 'R4 · high', R5: 'R5 · highest' },
    PartnerKind: {
      FUND_MANAGER: 'Fund manager', INSURER: 'Insurer', TRUST_COMPANY: 'Trust company', BANK: 'Bank', SECURITIES_FIRM: 'Securities firm',
      REAL_ESTATE_AGENCY: 'Real-estate agency', EDUCATION_AGENCY: 'Education agency', HEALTHCARE: 'Healthcare', TRAVEL: 'Travel',
      LEGAL_TAX: 'Legal & tax', OTHER: 'Other',
    },
    PartnerStatus: { ACTIVE: 'Active', SUSPENDED: 'Suspended', TERMINATED: 'Terminated' },
    BenefitCategory: { POINTS: 'Points', FEE_WAIVER: 'Fee waiver', HEALTH: 'Health', TRAVEL: 'Travel', EDUCATION: 'Education', ADVISORY: 'Advisory', LEGAL_TAX: 'Legal & tax' },
    BenefitStatus: { ACTIVE: 'Active', INACTIVE: 'Inactive' },
    AdvisorModel: { POOLED_WEALTH_ADVISOR: 'Pooled wealth advisor', DEDICATED_ACCOUNT_MANAGER: 'Dedicated account manager', PRIVATE_BANKER: 'Private banker' },
    RiskPreference: { CONSERVATIVE: 'Conservative', STEADY: 'Steady', BALANCED: 'Balanced', AGGRESSIVE: 'Aggressive' },
    LifeStage: { YOUNG_SINGLE: 'Young single', MARRIED_NO_CHILDREN: 'Married, no children', MARRIED_WITH_CHILDREN: 'Married with children', EMPTY_NEST: 'Empty nest', RETIRED: 'Retired' },
    Occupation: { BUSINESS_OWNER: 'Business owner', EMPLOYEE: 'Employee', FREELANCER: 'Freelancer', RETIRED: 'Retired', STUDENT: 'Student', OTHER: 'Other' },
    NeedType: {
      HOME_PURCHASE: 'Home purchase', EDUCATION: 'Education', STUDY_ABROAD: 'Study abroad', RETIREMENT: 'Retirement', WEALTH_GROWTH: 'Wealth growth',
      RISK_PROTECTION: 'Risk protection', BUSINESS_FINANCING: 'Business financing', WEALTH_TRANSFER: 'Wealth transfer',
    },
    Role: { VIEWER: 'Viewer', PRODUCT_MANAGER: 'Product manager', ADMIN: 'Administrator' },
  },
  resources: {
    Product: { name: 'Product |||| Products' },
    Tier: { name: 'Tier |||| Tiers' },
    Benefit: { name: 'Benefit |||| Benefits' },
    PartnerInstitution: { name: 'Partner institution |||| Partner institutions' },
  },
};

export const i18nProvider = polyglotI18nProvider(() => en, 'en', [{ locale: 'en', name: 'English' }], { allowMissing: true });
