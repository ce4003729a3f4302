import fc from 'fast-check';
import {
  AllProductsDocument,
  CreateApiClientDocument,
  CreateCustomerDocument,
  DeclareFinancialsDocument,
  PlaceOrderDocument,
  PublishRiskWarningDocument,
  RecommendationsDocument,
  RecordInterviewNeedDocument,
  RecordProfessionalEvidenceDocument,
  ScenarioRecommendationsDocument,
  SetConsentDocument,
  SuitabilityDocument,
  AllPartnerInstitutionsDocument,
  createPartnerClient,
  type InvestorRiskLevel,
  type NeedType,
  type PartnerClient,
} from '@tierwise/client';
import { assess, databaseKinds, startTestApi, type TestApi } from '../test-utils/harness';

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY);

/** An investor as the paths meet them: any level (or none), any state of assessment, declarations and evidence. */
const investor = fc.record({
  level: fc.constantFrom<InvestorRiskLevel | null>(null, 'C1', 'C2', 'C3', 'C4', 'C5'),
  assessment: fc.constantFrom('valid', 'expired', 'over three years old'),
  aum: fc.constantFrom('0', '50000', '800000', '3500000', '12000000'),
  elderly: fc.boolean(),
  declaration: fc.constantFrom('none', 'fresh', 'stale'),
  professional: fc.constantFrom('none', 'valid', 'lapsed', 'short of experience'),
  needs: fc.subarray<NeedType>(['HOME_PURCHASE', 'STUDY_ABROAD', 'RETIREMENT', 'WEALTH_GROWTH']),
});
type Investor = typeof investor extends fc.Arbitrary<infer T> ? T : never;

/**
 * The one suitability decision holds on every path (issue 12): for investors of every kind, nothing a path offers —
 * recommendations, scenario packages, a partner's recommendations — is refused by the decision, and every order placed
 * for every product is REFUSED, waiting for the special warning, or a DRAFT exactly as the decision says.
 */
describe.each(databaseKinds())('the suitability decision on every path, on %s', (kind) => {
  let api: TestApi;
  let partner: PartnerClient;
  let partnerId: string;
  let catalogue: { id: string; code: string; minInvestment?: string | null }[];
  let serial = 0;

  beforeAll(async () => {
    api = await startTestApi(kind, __filename);
    catalogue = (await api.viewer.request(AllProductsDocument, { perPage: 100, filter: { status: 'ACTIVE' } })).allProducts;
    // Every product has its warning, so an insisting investor's order waits for it instead of being refused for lack of one.
    for (const p of catalogue) {
      await api.pm.request(PublishRiskWarningDocument, {
        productId: p.id,
        textZh: `${p.code} 风险高于您的承受能力，您可能损失全部本金。`,
        textEn: `${p.code} is above your risk tolerance: you may lose all the money you invest.`,
      });
    }
    partnerId = (await api.viewer.request(AllPartnerInstitutionsDocument, { perPage: 100 })).allPartnerInstitutions.find((p) => p.code === 'HUAAN_FUND')!.id;
    const key = (
      await api.admin.request(CreateApiClientDocument, { partnerId, name: 'property test', scopes: ['RECOMMENDATIONS_READ'], pointsPerMinute: 1_000_000 })
    ).createApiClient.key!;
    partner = createPartnerClient({ url: api.url, apiKey: key });
  });
  afterAll(() => api.close());

  async function make(c: Investor): Promise<string> {
    const ref = `PROP-${++serial}`;
    const birthDate = c.elderly ? '1950-06-01T00:00:00Z' : '1985-06-01T00:00:00Z';
    const id = (await api.pm.request(CreateCustomerDocument, { externalRef: ref, name: '性质测试', aum: c.aum, birthDate })).createCustomer.id;
    if (c.level) {
      const at = { valid: daysAgo(30), expired: daysAgo(400), 'over three years old': daysAgo(3 * 365 + 10) }[c.assessment];
      const until = c.assessment === 'expired' ? daysAgo(35) : new Date(Date.now() + 60 * DAY);
      await assess(api, { [ref]: c.level }, { assessedAt: at, expiresAt: until });
    }
    if (c.declaration !== 'none') {
      const asOf = (c.declaration === 'fresh' ? daysAgo(10) : daysAgo(400)).toISOString();
      await api.pm.request(DeclareFinancialsDocument, {
        customerId: id,
        declaration: { kind: 'ASSETS_ELSEWHERE', amount: '4000000', asOf, evidenceRef: 'statement' },
      });
    }
    if (c.professional !== 'none') {
      await api.pm.request(RecordProfessionalEvidenceDocument, {
        customerId: id,
        evidence: {
          financialAssets: '6000000',
          investingSince: (c.professional === 'short of experience' ? daysAgo(300) : daysAgo(8 * 365)).toISOString(),
          evidencedAt: (c.professional === 'lapsed' ? daysAgo(500) : daysAgo(5)).toISOString(),
          evidenceRef: 'kyc file',
        },
      });
    }
    for (const need of c.needs) await api.pm.request(RecordInterviewNeedDocument, { customerId: id, need, weight: 80, notes: 'interview' });
    await api.pm.request(SetConsentDocument, { customerId: id, kind: 'DATA_SHARING', granted: true, partnerId });
    return id;
  }

  it('no path offers or sells what the decision refuses', async () => {
    const seen = { offered: 0, DRAFT: 0, AWAITING_WARNING_CONFIRMATION: 0, REFUSED: 0 };
    await fc.assert(
      fc.asyncProperty(investor, async (c) => {
        const id = await make(c);
        const decisions = new Map<string, { allowed: boolean; reasons: { code: string; blocking: boolean }[] }>();
        for (const p of catalogue) decisions.set(p.id, (await api.viewer.request(SuitabilityDocument, { customerId: id, productId: p.id })).suitability);
        const allowed = (productId: string) => decisions.get(productId)?.allowed === true;

        const offered = [
          ...(await api.viewer.request(RecommendationsDocument, { customerId: id, limit: 20 })).recommendations.map((r) => r.product.id),
          ...(await api.viewer.request(ScenarioRecommendationsDocument, { customerId: id })).scenarioRecommendations.flatMap((s) =>
            s.products.map((p) => p.id),
          ),
          ...(await partner.recommendations(id, 20)).map((r) => r.product.id),
        ];
        expect(offered.filter((p) => !allowed(p))).toEqual([]);
        seen.offered += offered.length;

        for (const p of catalogue) {
          const amount = p.minInvestment && Number(p.minInvestment) > 1_000_000 ? p.minInvestment : '1000000';
          const placed = await api.pm.raw(PlaceOrderDocument, { customerId: id, productId: p.id, amount, elderlyAcknowledged: true });
          const decision = decisions.get(p.id)!;
          const blocking = decision.reasons.filter((r) => r.blocking).map((r) => r.code);
          const expected = decision.allowed
            ? 'DRAFT'
            : blocking.length === 1 && blocking[0] === 'RISK_LEVEL_EXCEEDED' && c.level !== 'C1'
              ? 'AWAITING_WARNING_CONFIRMATION'
              : 'REFUSED';
          expect([p.code, placed.errors?.[0]?.message ?? placed.data?.placeOrder.status]).toEqual([p.code, expected]);
          seen[expected]++;
        }
      }),
      {
        numRuns: 12,
        seed: Number(process.env.PROPERTY_SEED ?? Date.now() % 2_147_483_647),
        endOnFailure: true,
        // Besides the random investors, two that surely meet every outcome: offers, drafts, warnings and refusals.
        examples: [
          [
            {
              level: 'C3',
              assessment: 'valid',
              aum: '800000',
              elderly: false,
              declaration: 'none',
              professional: 'none',
              needs: ['HOME_PURCHASE', 'RETIREMENT'],
            },
          ],
          [{ level: 'C1', assessment: 'valid', aum: '3500000', elderly: true, declaration: 'fresh', professional: 'none', needs: ['WEALTH_GROWTH'] }],
        ],
      },
    );
    // The property was put to the test: things were offered, and orders met each outcome.
    expect(Object.values(seen).every((n) => n > 0)).toBe(true);
  });
});
