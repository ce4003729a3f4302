import {
  AllCustomersDocument,
  AllPartnerInstitutionsDocument,
  CreateCustomerDocument,
  CustomerConsentsDocument,
  SetConsentDocument,
  RecordRiskAssessmentDocument,
  RiskQuestionnaireDocument,
  SetRiskQuestionnaireDocument,
  type QuestionnaireInput,
} from '@tierwise/client';
import { databaseKinds, startTestApi, type TestApi } from '../test-utils/harness';

const DAY = 24 * 3600 * 1000;
const answers = (choices: Record<string, string>) => Object.entries(choices).map(([questionCode, optionCode]) => ({ questionCode, optionCode }));
const balanced = answers({ AGE: '35_50', INCOME: '100K_500K', EXPERIENCE: 'FUNDS', HORIZON: '1_3Y', LOSS: '10PCT' });

describe.each(databaseKinds())('risk questionnaire and assessments on %s', (kind) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(kind, __filename);
  });
  afterAll(() => api.close());

  const customer = async (ref: string) => (await api.admin.request(AllCustomersDocument, { filter: { q: ref } })).allCustomers[0];
  /** Each test assesses a customer of its own, so any test runs alone. */
  const create = async (ref: string) => (await api.pm.request(CreateCustomerDocument, { externalRef: ref, name: '评估' })).createCustomer;

  it('scores answers with the default questionnaire, sets the level and a one-year validity, and keeps the history', async () => {
    // The default questionnaire (the test that saves another one puts it back afterwards).
    const { version } = (await api.viewer.request(RiskQuestionnaireDocument)).riskQuestionnaire;
    const c = await create('RA-1');
    const recorded = (await api.pm.request(RecordRiskAssessmentDocument, { customerId: c.id, version: c.version, answers: balanced })).recordRiskAssessment;
    expect(recorded).toMatchObject({ score: 55, level: 'C3', questionnaireVersion: version });
    expect(new Date(recorded.expiresAt).getTime() - new Date(recorded.assessedAt).getTime()).toBe(365 * DAY);
    const after = await customer('RA-1');
    expect(after).toMatchObject({ riskLevel: 'C3', version: c.version + 1 });
  });

  it('refuses incomplete answers and a stale customer version, changing nothing', async () => {
    const created = await create('RA-2');
    // Someone else records an assessment first: the version read before is stale.
    await api.pm.request(RecordRiskAssessmentDocument, { customerId: created.id, version: created.version, answers: balanced });
    const c = await customer('RA-2');
    const incomplete = await api.pm.raw(RecordRiskAssessmentDocument, { customerId: c.id, version: c.version, answers: balanced.slice(1) });
    expect(incomplete.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(incomplete.errors?.[0].message).toContain('Question AGE is not answered');
    const stale = await api.pm.raw(RecordRiskAssessmentDocument, { customerId: c.id, version: created.version, answers: balanced });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: c.version });
    expect((await customer('RA-2')).version).toBe(c.version);
    expect((await api.viewer.raw(RecordRiskAssessmentDocument, { customerId: c.id, version: c.version, answers: balanced })).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
  });

  it('records consents per channel and per partner; the latest is in force', async () => {
    const c = await create('RA-3');
    const partner = (await api.viewer.request(AllPartnerInstitutionsDocument, { filter: { kind: 'REAL_ESTATE_AGENCY' } })).allPartnerInstitutions[0];
    await api.pm.request(SetConsentDocument, { customerId: c.id, kind: 'MARKETING_SMS', granted: true });
    await api.pm.request(SetConsentDocument, { customerId: c.id, kind: 'DATA_SHARING', partnerId: partner.id, granted: true });
    await api.pm.request(SetConsentDocument, { customerId: c.id, kind: 'MARKETING_SMS', granted: false });
    const consents = (await api.viewer.request(CustomerConsentsDocument, { id: c.id })).Customer.consents;
    expect(consents.map((x) => [x.kind, x.partnerId, x.granted]).sort()).toEqual(
      [
        ['DATA_SHARING', partner.id, true],
        ['MARKETING_SMS', null, false],
      ].sort(),
    );
    const noPartner = await api.pm.raw(SetConsentDocument, { customerId: c.id, kind: 'DATA_SHARING', granted: true });
    expect(noPartner.errors?.[0].extensions?.fields?.[0].code).toBe('CONSENT_PARTNER');
  });

  it('saves a new questionnaire version after checking it, and scores with it', async () => {
    const before = (await api.viewer.request(RiskQuestionnaireDocument)).riskQuestionnaire;
    const bad = await api.pm.raw(SetRiskQuestionnaireDocument, {
      definition: {
        validityDays: 180,
        questions: [
          {
            code: 'ONLY',
            text: 'q',
            options: [
              { code: 'A', text: 'a', score: 0 },
              { code: 'B', text: 'b', score: 100 },
            ],
          },
        ],
        bands: [
          { minScore: 0, maxScore: 40, level: 'C1' },
          { minScore: 60, maxScore: 100, level: 'C5' },
        ],
      },
    });
    expect(bad.errors?.[0].message).toContain('Scores 41–59 are in no band');
    const saved = (
      await api.pm.request(SetRiskQuestionnaireDocument, {
        definition: {
          validityDays: 180,
          questions: [
            {
              code: 'ONLY',
              text: 'q',
              options: [
                { code: 'A', text: 'a', score: 0 },
                { code: 'B', text: 'b', score: 100 },
              ],
            },
          ],
          bands: [
            { minScore: 0, maxScore: 50, level: 'C1' },
            { minScore: 51, maxScore: 100, level: 'C5' },
          ],
        },
      })
    ).setRiskQuestionnaire;
    expect(saved.version).toBe(before.version + 1);
    try {
      const c = await create('RA-4');
      const recorded = (
        await api.pm.request(RecordRiskAssessmentDocument, { customerId: c.id, version: c.version, answers: answers({ ONLY: 'B' }), forPrivateFunds: true })
      ).recordRiskAssessment;
      expect(recorded).toMatchObject({ score: 100, level: 'C5', questionnaireVersion: saved.version, answers: { ONLY: 'B' } });
      expect(new Date(recorded.expiresAt).getTime() - new Date(recorded.assessedAt).getTime()).toBe(180 * DAY);
    } finally {
      // Back to the default questionnaire (as a newer version), for the tests that score with it.
      await api.pm.request(SetRiskQuestionnaireDocument, { definition: before.definition as QuestionnaireInput });
    }
  });
});
