import fc from 'fast-check';
import { ProductStatus, ProductType, RiskLevel } from './enums';
import {
  InvestorRiskLevel,
  declaredFinancials,
  isProfessionalInvestor,
  isQualifiedInvestor,
  orderGate,
  professionalInvestorProblems,
  suitability,
  type FinancialDeclaration,
  type ProfessionalEvidence,
  type SuitabilityCustomer,
  type SuitabilityProduct,
} from './suitability';

const NOW = new Date('2026-11-29T08:00:00Z');
const customer: SuitabilityCustomer = {
  riskLevel: InvestorRiskLevel.C3,
  assessedAt: new Date('2026-03-01T00:00:00Z'),
  assessmentExpiresAt: new Date('2027-03-01T00:00:00Z'),
  tierId: 'potential',
  financialAssetsHere: '800000',
  declarations: [{ kind: 'AVERAGE_ANNUAL_INCOME', amount: '300000', asOf: new Date('2026-06-30T00:00:00Z') }],
  birthDate: new Date('1985-06-15T00:00:00Z'),
  professional: null,
};
const daysBefore = (days: number) => new Date(NOW.getTime() - days * 86_400_000);
const assetsElsewhere = (amount: string, asOf = daysBefore(30)): FinancialDeclaration => ({ kind: 'ASSETS_ELSEWHERE', amount, asOf });
const income = (amount: string, asOf = daysBefore(30)): FinancialDeclaration => ({ kind: 'AVERAGE_ANNUAL_INCOME', amount, asOf });
/** Evidence of a professional investor that holds: 5,000,000 in assets, investing since 2020, checked a month ago. */
const evidence: ProfessionalEvidence = {
  financialAssets: '5000000',
  averageAnnualIncome: null,
  investingSince: new Date('2020-01-01T00:00:00Z'),
  evidencedAt: daysBefore(30),
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
    [
      'never assessed: not even an R1 investment product',
      { riskLevel: null, assessedAt: null, assessmentExpiresAt: null },
      { riskLevel: RiskLevel.R1 },
      ['NO_VALID_ASSESSMENT'],
    ],
    ['never assessed: no R2', { riskLevel: null, assessedAt: null, assessmentExpiresAt: null }, { riskLevel: RiskLevel.R2 }, ['NO_VALID_ASSESSMENT']],
    ['expired assessment', { assessmentExpiresAt: new Date('2026-11-29T07:59:59Z') }, {}, ['NO_VALID_ASSESSMENT']],
    [
      'expired assessment, R1 money-market fund',
      { assessmentExpiresAt: daysBefore(1) },
      { type: ProductType.MONEY_MARKET_FUND, riskLevel: RiskLevel.R1 },
      ['NO_VALID_ASSESSMENT'],
    ],
    [
      'never assessed, R1 wealth product',
      { riskLevel: null, assessedAt: null, assessmentExpiresAt: null },
      { type: ProductType.WEALTH_PRODUCT, riskLevel: RiskLevel.R1 },
      ['NO_VALID_ASSESSMENT'],
    ],
    [
      'never assessed: a deposit is outside the gate',
      { riskLevel: null, assessedAt: null, assessmentExpiresAt: null },
      { type: ProductType.DEPOSIT, riskLevel: RiskLevel.R1 },
      ['SUITABLE'],
    ],
    ['C1 and an R3 loan: outside the gate', { riskLevel: InvestorRiskLevel.C1 }, { type: ProductType.LOAN, riskLevel: RiskLevel.R3 }, ['SUITABLE']],
    [
      'C1 and protection insurance: outside the gate',
      { riskLevel: InvestorRiskLevel.C1 },
      { type: ProductType.INSURANCE, riskLevel: RiskLevel.R2 },
      ['SUITABLE'],
    ],
    [
      'C2 and an R3 family trust: inside the gate',
      { riskLevel: InvestorRiskLevel.C2 },
      { type: ProductType.FAMILY_TRUST, riskLevel: RiskLevel.R3 },
      ['RISK_LEVEL_EXCEEDED'],
    ],
    ['draft product', {}, { status: ProductStatus.DRAFT }, ['PRODUCT_NOT_ACTIVE']],
    ['before the sale window', {}, { saleStartsAt: new Date('2026-12-01T00:00:00Z') }, ['OUTSIDE_SALE_WINDOW']],
    ['after the sale window', {}, { saleEndsAt: NOW }, ['OUTSIDE_SALE_WINDOW']],
    ['tier not eligible', { tierId: 'ordinary' }, { eligibleTierIds: ['hnw'] }, ['TIER_NOT_ELIGIBLE']],
    ['no tier yet', { tierId: null }, {}, ['TIER_NOT_ELIGIBLE']],
    ['not a qualified investor', {}, { requiresQualifiedInvestor: true }, ['QUALIFIED_INVESTOR_REQUIRED']],
    ['qualified by assets here plus elsewhere', { declarations: [assetsElsewhere('2200000')] }, { requiresQualifiedInvestor: true }, ['SUITABLE']],
    [
      'a stale declaration does not qualify',
      { declarations: [assetsElsewhere('2200000', daysBefore(366))] },
      { requiresQualifiedInvestor: true },
      ['QUALIFIED_INVESTOR_REQUIRED'],
    ],
    ['qualified by income', { declarations: [income('500000')] }, { requiresQualifiedInvestor: true }, ['SUITABLE']],
    [
      'professional investor with evidence may buy any level',
      { professional: evidence, riskLevel: InvestorRiskLevel.C1 },
      { riskLevel: RiskLevel.R5 },
      ['SUITABLE'],
    ],
    [
      'a professional flag without the thresholds counts for nothing',
      { professional: { financialAssets: '0', averageAnnualIncome: '0', investingSince: null, evidencedAt: daysBefore(1) }, riskLevel: InvestorRiskLevel.C1 },
      { riskLevel: RiskLevel.R5 },
      ['RISK_LEVEL_EXCEEDED'],
    ],
    [
      'a professional investor still needs a valid assessment',
      { professional: evidence, riskLevel: null, assessedAt: null, assessmentExpiresAt: null },
      { riskLevel: RiskLevel.R5 },
      ['NO_VALID_ASSESSMENT'],
    ],
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
    [
      'bank private wealth product: the same three-year limit',
      {
        riskLevel: InvestorRiskLevel.C5,
        assessedAt: new Date('2023-11-28T00:00:00Z'),
        assessmentExpiresAt: new Date('2027-01-01T00:00:00Z'),
        financialAssetsHere: '5000000',
      },
      { type: ProductType.PRIVATE_WEALTH, riskLevel: RiskLevel.R4 },
      ['ASSESSMENT_TOO_OLD_FOR_PRIVATE_FUND'],
    ],
    [
      'bank private wealth product: qualified investors only, even unflagged',
      { riskLevel: InvestorRiskLevel.C5 },
      { type: ProductType.PRIVATE_WEALTH, riskLevel: RiskLevel.R3, requiresQualifiedInvestor: false },
      ['QUALIFIED_INVESTOR_REQUIRED'],
    ],
    [
      'three years to the day: too old',
      {
        riskLevel: InvestorRiskLevel.C5,
        assessedAt: new Date('2023-11-29T08:00:00Z'),
        assessmentExpiresAt: new Date('2027-01-01T00:00:00Z'),
        financialAssetsHere: '5000000',
      },
      { type: ProductType.PRIVATE_FUND, riskLevel: RiskLevel.R5, requiresQualifiedInvestor: true },
      ['ASSESSMENT_TOO_OLD_FOR_PRIVATE_FUND'],
    ],
    [
      'a millisecond inside three years: allowed',
      {
        riskLevel: InvestorRiskLevel.C5,
        assessedAt: new Date('2023-11-29T08:00:00.001Z'),
        assessmentExpiresAt: new Date('2027-01-01T00:00:00Z'),
        financialAssetsHere: '5000000',
      },
      { type: ProductType.PRIVATE_FUND, riskLevel: RiskLevel.R5, requiresQualifiedInvestor: true },
      ['SUITABLE'],
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
  it.each<[string, FinancialDeclaration[], boolean]>([
    ['2999999.99', [], false],
    ['3000000', [], true],
    ['1000000', [assetsElsewhere('2000000')], true],
    ['1000000', [assetsElsewhere('1000000'), assetsElsewhere('1000000')], true],
    ['1000000', [assetsElsewhere('2000000', daysBefore(365))], false],
    ['1000000', [assetsElsewhere('2000000', daysBefore(364))], true],
    ['1000000', [assetsElsewhere('2000000', new Date('2027-01-01T00:00:00Z'))], false],
    ['0', [income('499999.99')], false],
    ['0', [income('500000')], true],
    ['0', [income('500000', daysBefore(400))], false],
    ['0', [income('800000', daysBefore(300)), income('100000', daysBefore(10))], false],
  ])('assets %s here with %j → %p', (here, declarations, expected) => {
    expect(isQualifiedInvestor({ financialAssetsHere: here, declarations }, NOW)).toBe(expected);
  });
});

describe('suitability: each product type × investor level', () => {
  const OUTSIDE_GATE = [ProductType.DEPOSIT, ProductType.LOAN, ProductType.MORTGAGE, ProductType.CREDIT_LINE, ProductType.INSURANCE];
  const levels = Object.values(InvestorRiskLevel);
  const risks = Object.values(RiskLevel);
  const qualifiedC = { ...customer, financialAssetsHere: '3000000' };
  const cases = Object.values(ProductType)
    .filter((t) => t !== ProductType.BUNDLE)
    .flatMap((type) => levels.flatMap((level) => risks.map((risk) => [type, level, risk] as const)));
  it.each(cases)('%s: %s investor, %s product', (type, level, risk) => {
    const decision = suitability({ ...qualifiedC, riskLevel: level }, { ...product, type, riskLevel: risk, requiresQualifiedInvestor: false }, NOW);
    const inGate = !OUTSIDE_GATE.includes(type);
    const expected = !inGate || Number(risk.slice(1)) <= Number(level.slice(1));
    expect(decision.allowed).toBe(expected);
    if (!expected) expect(decision.reasons.map((r) => r.code)).toEqual(['RISK_LEVEL_EXCEEDED']);
  });
});

describe('suitability: a bundle is as risky as its riskiest component', () => {
  const fundR4: SuitabilityProduct = { ...product, type: ProductType.FUND, riskLevel: RiskLevel.R4 };
  const insuranceR1: SuitabilityProduct = { ...product, type: ProductType.INSURANCE, riskLevel: RiskLevel.R1 };
  const deposit: SuitabilityProduct = { ...product, type: ProductType.DEPOSIT, riskLevel: RiskLevel.R1 };
  const bundle = (components: SuitabilityProduct[], over: Partial<SuitabilityProduct> = {}): SuitabilityProduct => ({
    ...product,
    type: ProductType.BUNDLE,
    riskLevel: RiskLevel.R2,
    components,
    ...over,
  });
  const c2 = { riskLevel: InvestorRiskLevel.C2 };
  it.each<[string, Partial<SuitabilityCustomer>, SuitabilityProduct, string[]]>([
    ['labelled R2, holding an R4 fund: refused to a C2 investor', c2, bundle([fundR4, insuranceR1]), ['RISK_LEVEL_EXCEEDED']],
    ['the same to a C4 investor', { riskLevel: InvestorRiskLevel.C4 }, bundle([fundR4, insuranceR1]), ['SUITABLE']],
    [
      'deposit and insurance only: outside the gate, even unassessed',
      { riskLevel: null, assessedAt: null, assessmentExpiresAt: null },
      bundle([deposit, insuranceR1]),
      ['SUITABLE'],
    ],
    [
      'a fund inside: needs a valid assessment',
      { riskLevel: null, assessedAt: null, assessmentExpiresAt: null },
      bundle([deposit, fundR4]),
      ['NO_VALID_ASSESSMENT'],
    ],
    [
      'only the tiers every component allows',
      { tierId: 'ordinary' },
      bundle([{ ...fundR4, riskLevel: RiskLevel.R2, eligibleTierIds: ['hnw'] }, insuranceR1]),
      ['TIER_NOT_ELIGIBLE'],
    ],
    ['a component not on sale', c2, bundle([{ ...insuranceR1, status: ProductStatus.RETIRED }, deposit]), ['COMPONENT_NOT_ON_SALE']],
    [
      'a private fund inside: qualified investors only',
      { riskLevel: InvestorRiskLevel.C5 },
      bundle([{ ...fundR4, type: ProductType.PRIVATE_FUND }, deposit]),
      ['QUALIFIED_INVESTOR_REQUIRED'],
    ],
    ['a bundle of bundles', c2, bundle([bundle([fundR4, deposit]), insuranceR1]), ['RISK_LEVEL_EXCEEDED']],
  ])('%s', (_name, c, p, expected) => {
    expect(suitability({ ...customer, ...c }, p, NOW).reasons.map((r) => r.code)).toEqual(expected);
  });

  it('names the effective risk level in the refusal', () => {
    const refusal = suitability({ ...customer, riskLevel: InvestorRiskLevel.C2 }, bundle([fundR4, insuranceR1]), NOW).reasons[0];
    expect(refusal.params).toEqual({ productRisk: 'R4', customerLevel: 'C2', maxRisk: 'R2' });
  });
});

describe('professional investors: a status with evidence', () => {
  it.each<[string, Partial<ProfessionalEvidence>, string[]]>([
    ['assets at the threshold, two years of experience', {}, []],
    ['assets a cent below', { financialAssets: '4999999.99' }, ['ASSETS_OR_INCOME_BELOW_THRESHOLD']],
    ['income at the threshold instead', { financialAssets: null, averageAnnualIncome: '500000' }, []],
    ['income a cent below', { financialAssets: null, averageAnnualIncome: '499999.99' }, ['ASSETS_OR_INCOME_BELOW_THRESHOLD']],
    ['experience exactly two years', { investingSince: new Date('2024-11-29T08:00:00Z') }, []],
    ['experience a day short', { investingSince: new Date('2024-11-30T08:00:00Z') }, ['EXPERIENCE_TOO_SHORT']],
    ['no experience recorded', { investingSince: null }, ['EXPERIENCE_TOO_SHORT']],
    ['evidence checked 364 days ago', { evidencedAt: daysBefore(364) }, []],
    ['evidence older than the review period', { evidencedAt: daysBefore(365) }, ['EVIDENCE_OUT_OF_DATE']],
    [
      'all wrong at once',
      { financialAssets: '0', averageAnnualIncome: '0', investingSince: null, evidencedAt: daysBefore(400) },
      ['ASSETS_OR_INCOME_BELOW_THRESHOLD', 'EXPERIENCE_TOO_SHORT', 'EVIDENCE_OUT_OF_DATE'],
    ],
  ])('%s', (_name, over, expected) => {
    expect(professionalInvestorProblems({ ...evidence, ...over }, NOW)).toEqual(expected);
  });

  it('lapses after the institution’s own review period', () => {
    const checked = { professional: { ...evidence, evidencedAt: daysBefore(100) } };
    expect(isProfessionalInvestor(checked, NOW)).toBe(true);
    expect(isProfessionalInvestor(checked, NOW, { professionalReviewDays: 90 })).toBe(false);
    expect(isProfessionalInvestor({ professional: null }, NOW)).toBe(false);
  });
});

describe('an investor who insists on a product above their level', () => {
  const decide = (level: InvestorRiskLevel, p: Partial<SuitabilityProduct>, c: Partial<SuitabilityCustomer> = {}) =>
    orderGate({ riskLevel: level }, suitability({ ...customer, ...c, riskLevel: level }, { ...product, ...p }, NOW));
  it.each<[string, InvestorRiskLevel, Partial<SuitabilityProduct>, Partial<SuitabilityCustomer>, unknown]>([
    ['within the level: allowed', InvestorRiskLevel.C3, { riskLevel: RiskLevel.R3 }, {}, { outcome: 'ALLOWED' }],
    ['C1 above the level: refused outright', InvestorRiskLevel.C1, { riskLevel: RiskLevel.R2 }, {}, { outcome: 'REFUSED', codes: ['C1_CANNOT_INSIST'] }],
    ['C2 above the level: the special warning first', InvestorRiskLevel.C2, { riskLevel: RiskLevel.R4 }, {}, { outcome: 'WARNING_REQUIRED' }],
    ['C5 never needs it for R5', InvestorRiskLevel.C5, { riskLevel: RiskLevel.R5 }, {}, { outcome: 'ALLOWED' }],
    [
      'a private fund to a non-qualified C3: no warning overrides it',
      InvestorRiskLevel.C3,
      { type: ProductType.PRIVATE_FUND, riskLevel: RiskLevel.R5, requiresQualifiedInvestor: true },
      {},
      { outcome: 'REFUSED', codes: ['RISK_LEVEL_EXCEEDED', 'QUALIFIED_INVESTOR_REQUIRED'] },
    ],
    [
      'a qualified C3 above the level of a private fund: the warning',
      InvestorRiskLevel.C3,
      { type: ProductType.PRIVATE_FUND, riskLevel: RiskLevel.R5, requiresQualifiedInvestor: true },
      { financialAssetsHere: '3000000' },
      { outcome: 'WARNING_REQUIRED' },
    ],
    [
      'no valid assessment: refused',
      InvestorRiskLevel.C4,
      { riskLevel: RiskLevel.R2 },
      { assessmentExpiresAt: daysBefore(1) },
      { outcome: 'REFUSED', codes: ['NO_VALID_ASSESSMENT'] },
    ],
  ])('%s', (_name, level, p, c, expected) => {
    expect(decide(level, p, c)).toEqual(expected);
  });
});

describe('no path sells what the decision refuses (property test)', () => {
  it('an order goes ahead only when the decision allows it, or waits for the warning when the level alone is exceeded (never for C1)', () => {
    const day = fc.integer({ min: -1500, max: 800 }).map((d) => new Date(NOW.getTime() + d * 86_400_000));
    const amount = fc.integer({ min: 0, max: 10_000_000 }).map(String);
    const customers = fc.record({
      riskLevel: fc.option(fc.constantFrom(...Object.values(InvestorRiskLevel)), { nil: null }),
      assessedAt: fc.option(day, { nil: null }),
      assessmentExpiresAt: fc.option(day, { nil: null }),
      tierId: fc.option(fc.constantFrom('ordinary', 'potential', 'hnw'), { nil: null }),
      financialAssetsHere: amount,
      declarations: fc.array(fc.record({ kind: fc.constantFrom('ASSETS_ELSEWHERE' as const, 'AVERAGE_ANNUAL_INCOME' as const), amount, asOf: day }), {
        maxLength: 2,
      }),
      birthDate: fc.constant(null),
      professional: fc.option(
        fc.record({
          financialAssets: fc.option(amount, { nil: null }),
          averageAnnualIncome: fc.constant(null),
          investingSince: fc.option(day, { nil: null }),
          evidencedAt: day,
        }),
        { nil: null },
      ),
    });
    const leaf = fc.record({
      type: fc.constantFrom(...Object.values(ProductType).filter((t) => t !== ProductType.BUNDLE)),
      riskLevel: fc.constantFrom(...Object.values(RiskLevel)),
      status: fc.constantFrom(ProductStatus.ACTIVE, ProductStatus.ACTIVE, ProductStatus.SUSPENDED),
      saleStartsAt: fc.constant(null),
      saleEndsAt: fc.constant(null),
      eligibleTierIds: fc.subarray(['ordinary', 'potential', 'hnw']),
      requiresQualifiedInvestor: fc.boolean(),
    });
    const products = fc.oneof(
      leaf,
      fc
        .record({ bundle: leaf, components: fc.array(leaf, { minLength: 2, maxLength: 3 }) })
        .map(({ bundle, components }) => ({ ...bundle, type: ProductType.BUNDLE, components })),
    );
    let allowed = 0;
    fc.assert(
      fc.property(customers, products, (c, p) => {
        const decision = suitability(c, p, NOW);
        const gate = orderGate(c, decision);
        const blocking = decision.reasons.filter((r) => r.blocking).map((r) => r.code);
        if (gate.outcome === 'ALLOWED') {
          allowed++;
          expect(decision.allowed).toBe(true);
        } else if (gate.outcome === 'WARNING_REQUIRED') {
          expect(blocking).toEqual(['RISK_LEVEL_EXCEEDED']);
          expect(c.riskLevel).not.toBe(InvestorRiskLevel.C1);
        } else {
          expect(decision.allowed).toBe(false);
        }
      }),
      { numRuns: 3000, seed: 20261202 },
    );
    expect(allowed).toBeGreaterThan(50); // exercised on real sales too
  });
});

describe('declaredFinancials: what the fresh declarations say', () => {
  it('sums the assets declared in the last year and takes the latest fresh income', () => {
    expect(declaredFinancials([assetsElsewhere('1000000'), assetsElsewhere('500000.5'), assetsElsewhere('9', daysBefore(400))], NOW)).toEqual({
      assetsElsewhere: '1500000.50',
      income: null,
    });
    expect(declaredFinancials([income('800000', daysBefore(300)), income('100000', daysBefore(10))], NOW)).toEqual({
      assetsElsewhere: null,
      income: '100000.00',
    });
    expect(declaredFinancials([income('800000', daysBefore(400))], NOW)).toEqual({ assetsElsewhere: null, income: null });
  });
});
