import englishMessages from 'ra-language-english';

/** English: react-admin's own messages, then Tierwise's labels, enums and messages. */
export const en = {
  ...englishMessages,
  enums: {
    ProductType: {
      WEALTH_PRODUCT: 'Wealth product', MONEY_MARKET_FUND: 'Money-market fund', FUND: 'Fund', DEPOSIT: 'Deposit', INSURANCE: 'Insurance',
      LOAN: 'Loan', MORTGAGE: 'Mortgage', CREDIT_LINE: 'Credit line', BUNDLE: 'Bundle', PRIVATE_FUND: 'Private fund', FAMILY_TRUST: 'Family trust',
    },
    ProductStatus: { DRAFT: 'Draft', ACTIVE: 'Active', SUSPENDED: 'Suspended', RETIRED: 'Retired' },
    RiskLevel: { R1: 'R1 · lowest risk', R2: 'R2 · low risk', R3: 'R3 · medium risk', R4: 'R4 · high risk', R5: 'R5 · highest risk' },
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
    InvestorRiskLevel: { C1: 'C1 · conservative', C2: 'C2 · steady', C3: 'C3 · balanced', C4: 'C4 · growth', C5: 'C5 · aggressive' },
    AuditAction: { CREATE: 'Created', UPDATE: 'Changed', DELETE: 'Deleted', REVEAL: 'Personal data viewed' },
  },
  resources: {
    Product: {
      name: 'Product |||| Products',
      fields: {
        code: 'Code', name: 'Name (Chinese)', nameEn: 'Name (English)', type: 'Type', riskLevel: 'Risk level', status: 'Status', currency: 'Currency',
        minInvestment: 'Minimum investment', termDays: 'Term (days)', expectedReturnMin: 'Expected return from (%)', expectedReturnMax: 'Expected return to (%)',
        saleStartsAt: 'Sale starts', saleEndsAt: 'Sale ends', issuerId: 'Issuer', eligibleTierIds: 'Eligible tiers', componentIds: 'Bundle components',
        requiresQualifiedInvestor: 'Qualified investors only', coolingOffHours: 'Cooling-off (hours)', targetRiskPreferences: 'Target risk preferences',
        targetLifeStages: 'Target life stages', targetOccupations: 'Target occupations', targetNeeds: 'Target needs', description: 'Description',
        version: 'Version', updatedAt: 'Last changed', q: 'Search', eligibleTierId: 'Eligible tier',
      },
    },
    Tier: {
      name: 'Tier |||| Tiers',
      fields: {
        code: 'Code', name: 'Name (Chinese)', nameEn: 'Name (English)', minAum: 'AUM from (CNY)', maxAum: 'AUM up to (CNY)', responseSlaMinutes: 'Response SLA (minutes)',
        advisorModel: 'Advisor model', followUpIntervalDays: 'Follow-up every (days)', description: 'Description', entitlements: 'Benefits',
        benefitId: 'Benefit', annualQuota: 'Uses per year', exclusive: 'Exclusive', version: 'Version',
      },
    },
    Benefit: {
      name: 'Benefit |||| Benefits',
      fields: { code: 'Code', name: 'Name (Chinese)', nameEn: 'Name (English)', category: 'Category', description: 'Description', providerId: 'Provider', status: 'Status', q: 'Search', entitlements: 'Granted by tiers', tierId: 'Tier', annualQuota: 'Uses per year', exclusive: 'Exclusive' },
    },
    PartnerInstitution: {
      name: 'Partner institution |||| Partner institutions',
      fields: {
        code: 'Code', name: 'Name (Chinese)', nameEn: 'Name (English)', kind: 'Kind', status: 'Status', contactName: 'Contact', contactEmail: 'Contact email',
        contactPhone: 'Contact phone', website: 'Website', q: 'Search',
      },
    },
    User: {
      name: 'User |||| Users',
      fields: { email: 'Email', displayName: 'Display name', role: 'Role', password: 'Password', q: 'Search', createdAt: 'Created' },
    },
    Customer: {
      name: 'Customer |||| Customers',
      fields: {
        externalRef: 'Customer no.', name: 'Name', phone: 'Phone', idNumber: 'ID number', birthDate: 'Birth date', occupation: 'Occupation',
        lifeStage: 'Life stage', annualIncome: 'Annual income (CNY)', financialAssetsElsewhere: 'Assets elsewhere (CNY)', aum: 'AUM (CNY)',
        tierId: 'Tier', riskLevel: 'Risk level', riskAssessedAt: 'Assessed', riskAssessmentExpiresAt: 'Assessment valid until',
        professionalInvestor: 'Professional investor', tierBelowFloorSince: 'Below tier floor since', tierHistory: 'Tier history', q: 'Search',
        fromTierId: 'From', toTierId: 'To', changedAt: 'When', basis: 'Basis (CNY)', reason: 'Why',
      },
    },
    AuditEvent: {
      name: 'Audit event |||| Audit log',
      fields: { occurredAt: 'When', actor: 'Who', action: 'Action', entityType: 'Record type', entityId: 'Record', changes: 'Changes' },
    },
  },
  tierwise: {
    customers: { reveal: 'Show personal data', coverage: 'Profile coverage', coverageHelp: '%{complete} of %{total} customers have a complete profile (target 90%)' },
    dashboard: {
      title: 'Catalogue at a glance', byStatus: 'Products by status', byType: 'Products by type', byRiskLevel: 'Products by risk level',
      tiers: 'Tiers, service levels and benefits', recent: 'Most recent changes', none: 'No changes yet', unlimited: 'unlimited',
      perYear: '%{count}/year', products: 'products', noProducts: 'No products yet: add the first one under Products.',
    },
    audit: { field: 'Field', before: 'Before', after: 'After', history: 'History', empty: '(empty)' },
    conflict: {
      title: 'Someone else saved this record first',
      body: 'It is now at version %{version}. Your changes are still in the form: load their version to merge it under your edits, check, then save again.',
      reload: 'Load their version, keep my changes',
      theyChanged: 'They changed: %{fields}',
      reloaded: 'Their version is loaded under your changes; check and save again',
    },
    tiers: {
      ranges: 'How the AUM ranges fit together',
      fits: 'The tiers cover every AUM from 0 upward with no gap and no overlap.',
      maxHelp: 'Leave empty for no upper bound (the top tier)',
      quotaHelp: 'Empty = unlimited',
      moveNeighbours: 'Move the neighbouring tiers with this one',
      moveNeighboursHelp: 'Keeps the ranges whole: the tier below ends where this one starts, the tier above starts where it ends.',
      thisTier: 'this tier',
      unbounded: 'and above',
      gap: 'Gap: AUM from %{from} to %{to} would be in no tier (%{where})',
      overlap: 'Overlap: AUM from %{from} to %{to} would be in both %{tiers}',
      noTiers: 'At least one tier must remain',
      badRange: 'The upper bound must be above the lower bound',
      between: 'between %{tiers}',
      containsTier: 'The new range would swallow %{tier} whole: change or delete that tier first',
    },
    products: {
      identity: 'Identity', terms: 'Amounts, returns and sale window', distribution: 'Issuer, tiers and bundle', compliance: 'Suitability and cooling-off', targeting: 'Who it suits',
      activate: 'Activate', suspend: 'Suspend', retire: 'Retire', statusChanged: '%{smart_count} product changed |||| %{smart_count} products changed',
    },
    validation: {
      decimal: 'Enter an amount with at most 2 decimal places',
      code: 'Use capital letters, digits, "-" and "_" (e.g. WM-FLEX-001)',
      saleWindow: 'The sale window must end after it starts',
      returnRange: 'The expected return maximum cannot be below its minimum',
      bundleSize: 'A bundle combines at least two component products',
      componentsNotBundle: 'Only a product of type Bundle can have component products',
      privateFundQualified: 'A private fund may only be sold to qualified investors',
      privateFundCoolingOff: 'A private fund needs a cooling-off period of at least 24 hours',
      privateFundMinimum: 'A private fund takes at least 1,000,000 CNY per investor',
      activeWithoutTiers: 'An active product needs at least one eligible tier',
      password: 'At least 10 characters',
    },
    empty: {
      Customer: 'No customers yet: the institution loads them through the API (upsertCustomers).',
      Product: 'No products yet. Add the first product of the catalogue.',
      Tier: 'No tiers yet.',
      Benefit: 'No benefits yet. Add points redemption, fee waivers, lounge access…',
      PartnerInstitution: 'No partner institutions yet. Add the fund managers, insurers and agencies you work with.',
      User: 'No users yet.',
      AuditEvent: 'Nothing has changed yet: every change to the catalogue will be recorded here.',
      filtered: 'Nothing matches these filters.',
      clear: 'Clear the filters',
    },
    language: 'Language',
  },
};
