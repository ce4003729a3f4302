import { ProductStatus, ProductType, RiskLevel } from './enums';
import { InvestorRiskLevel, isQualifiedInvestor, suitability, type SuitabilityCustomer, type SuitabilityProduct } from './suitability';

const NOW = new Date('2026-11-29T08:00:00Z');
const customer: SuitabilityCustomer = {
  riskLevel: InvestorRiskLevel.C3,
  assessedAt: new Date('2026-03-01T00:00:00Z'),
  assessmentExpiresAt: new Date('2027-03-01T00:00:00Z'),
  tierId: 'potential',
  financialAssetsHere: '800000',
  financialAssetsElsewhere: null,
  averageAnnualIncome: '300000',
  birthDate: new Date('1985-06-15T00:00:00Z'),
  professionalInvestor: false,
};
const product: SuitabilityProduct = {
  type: ProductType.FUND,
  riskLevel: RiskLevel.R3,
  status: ProductStatus.ACTIVE,
  saleStartsAt: new Date('2026-01-01T00:00:00Z'),
  saleEndsAt: null,
  eligibleTierIds: ['ordinary', 'potential', 'hnw'],
  requiresQualifiedInvestor: false,
};

const codes = (c: Partial<SuitabilityCustomer>, p: Partial<SuitabilityProduct>) =>
  suitability({ ...customer, ...c }, { ...product, ...p }, NOW).reasons.map((r) => r.code);

describe('suitability: investor risk level bounds product risk level', () => {
  it.each([
    [InvestorRiskLevel.C1, RiskLevel.R1, true],
    [InvestorRiskLevel.C1, RiskLevel.R2, false],
    [InvestorRiskLevel.C2, RiskLevel.R2, true],
    [InvestorRiskLevel.C2, RiskLevel.R3, false],
    [InvestorRiskLevel.C3, RiskLevel.R3, true],
    [InvestorRiskLevel.C3, RiskLevel.R4, false],
    [InvestorRiskLevel.C4, RiskLevel.R4, true],
    [InvestorRiskLevel.C4, RiskLevel.R5, false],
    [InvestorRiskLevel.C5, RiskLevel.R5, true],
  ])('%s may buy %s: %p', (investor, risk, allowed) => {
    const decision = suitability({ ...customer, riskLevel: investor }, { ...product, riskLevel: risk }, NOW);
    expect(decision.allowed).toBe(allowed);
    if (!allowed) expect(decision.reasons.map((r) => r.code)).toEqual(['RISK_LEVEL_EXCEEDED']);
  });
});

describe('suitability: every reason that applies', () => {
  it.each<[string, Partial<SuitabilityCustomer>, Partial<SuitabilityProduct>, string[]]>([
    ['a suitable sale', {}, {}, ['SUITABLE']],
    ['never assessed: R1 only', { riskLevel: null, assessedAt: null, assessmentExpiresAt: null }, { riskLevel: RiskLevel.R1 }, ['SUITABLE']],
    ['never assessed: no R2', { riskLevel: null, assessedAt: null, assessmentExpiresAt: null }, { riskLevel: RiskLevel.R2 }, ['NO_VALID_ASSESSMENT']],
    ['expired assessment', { assessmentExpiresAt: new Date('2026-11-29T07:59:59Z') }, {}, ['NO_VALID_ASSESSMENT']],
    ['draft product', {}, { status: ProductStatus.DRAFT }, ['PRODUCT_NOT_ACTIVE']],
    ['before the sale window', {}, { saleStartsAt: new Date('2026-12-01T00:00:00Z') }, ['OUTSIDE_SALE_WINDOW']],
    ['after the sale window', {}, { saleEndsAt: NOW }, ['OUTSIDE_SALE_WINDOW']],
    ['tier not eligible', { tierId: 'ordinary' }, { eligibleTierIds: ['hnw'] }, ['TIER_NOT_ELIGIBLE']],
    ['no tier yet', { tierId: null }, {}, ['TIER_NOT_ELIGIBLE']],
    ['not a qualified investor', {}, { requiresQualifiedInvestor: true }, ['QUALIFIED_INVESTOR_REQUIRED']],
    ['qualified by assets here plus elsewhere', { financialAssetsElsewhere: '2200000' }, { requiresQualifiedInvestor: true }, ['SUITABLE']],
    ['qualified by income', { averageAnnualIncome: '500000' }, { requiresQualifiedInvestor: true }, ['SUITABLE']],
    ['professional investor may buy any level', { professionalInvestor: true, riskLevel: InvestorRiskLevel.C1 }, { riskLevel: RiskLevel.R5 }, ['SUITABLE']],
    [
      'several reasons at once',
      { tierId: 'ordinary', riskLevel: InvestorRiskLevel.C1 },
      { status: ProductStatus.SUSPENDED, eligibleTierIds: ['hnw'], requiresQualifiedInvestor: true },
      ['PRODUCT_NOT_ACTIVE', 'TIER_NOT_ELIGIBLE', 'RISK_LEVEL_EXCEEDED', 'QUALIFIED_INVESTOR_REQUIRED'],
    ],
    ['65 or over: allowed, flagged for care', { birthDate: new Date('1961-11-29T00:00:00Z') }, {}, ['SUITABLE', 'ELDERLY_CARE']],
    ['64 the day before the birthday: no flag', { birthDate: new Date('1961-11-30T00:00:00Z') }, {}, ['SUITABLE']],
    [
      'private fund: assessment older than three years',
      {
        riskLevel: InvestorRiskLevel.C5,
        assessedAt: new Date('2023-11-28T00:00:00Z'),
        assessmentExpiresAt: new Date('2027-01-01T00:00:00Z'),
        financialAssetsHere: '5000000',
      },
      { type: ProductType.PRIVATE_FUND, riskLevel: RiskLevel.R5, requiresQualifiedInvestor: true },
      ['ASSESSMENT_TOO_OLD_FOR_PRIVATE_FUND'],
    ],
  ])('%s', (_name, c, p, expected) => {
    expect(codes(c, p)).toEqual(expected);
  });

  it('explains each refusal in words', () => {
    const decision = suitability({ ...customer, riskLevel: InvestorRiskLevel.C2 }, { ...product, riskLevel: RiskLevel.R4 }, NOW);
    expect(decision).toEqual({
      allowed: false,
      reasons: [
        {
          code: 'RISK_LEVEL_EXCEEDED',
          blocking: true,
          message: 'R4 is above what a C2 investor may buy (up to R2)',
          params: { productRisk: 'R4', customerLevel: 'C2', maxRisk: 'R2' },
        },
      ],
    });
  });
});

describe('isQualifiedInvestor', () => {
  it.each([
    ['2999999.99', null, null, false],
    ['3000000', null, null, true],
    ['1000000', '2000000', null, true],
    ['0', null, '499999.99', false],
    ['0', null, '500000', true],
  ])('assets %s + %s elsewhere, income %s → %p', (here, elsewhere, income, expected) => {
    expect(isQualifiedInvestor({ financialAssetsHere: here, financialAssetsElsewhere: elsewhere, averageAnnualIncome: income })).toBe(expected);
  });
});
