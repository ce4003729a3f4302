import {
  AllAuditEventsDocument,
  AllBenefitsDocument,
  AllPartnerInstitutionsDocument,
  AllTiersDocument,
  CreateBenefitDocument,
  DeleteBenefitDocument,
  GetBenefitDocument,
  UpdateBenefitDocument,
} from '@tierwise/client';
import { databaseKinds, startTestApi, type TestApi } from '../test-utils/harness';

describe.each(databaseKinds())('benefits on %s', (kind) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(kind, __filename);
  });
  afterAll(() => api.close());

  it('lists the plan benefits with their providers, filtered by category', async () => {
    const all = await api.viewer.request(AllBenefitsDocument, { perPage: 100 });
    expect(all.allBenefits.map((b) => b.code).sort()).toEqual([
      'AIRPORT_LOUNGE',
      'FEE_WAIVER',
      'GLOBAL_ASSET_ALLOCATION',
      'HEALTH_CHECKUP',
      'LEGAL_TAX_ADVISORY',
      'POINTS_REDEMPTION',
      'STUDY_ABROAD_CONSULTING',
    ]);
    expect(all.allBenefits.find((b) => b.code === 'AIRPORT_LOUNGE')?.provider?.code).toBe('DRAGONPASS');
    const health = await api.viewer.request(AllBenefitsDocument, { filter: { category: 'HEALTH' } });
    expect(health.allBenefits.map((b) => b.code)).toEqual(['HEALTH_CHECKUP']);
  });

  it('shows which tiers grant a benefit', async () => {
    const tiers = Object.fromEntries((await api.viewer.request(AllTiersDocument, {})).allTiers.map((t) => [t.id, t.code]));
    const lounge = (await api.viewer.request(AllBenefitsDocument, { filter: { q: 'AIRPORT' } })).allBenefits[0];
    const read = (await api.viewer.request(GetBenefitDocument, { id: lounge.id })).Benefit;
    expect(read.entitlements.map((e) => [tiers[e.tierId], e.annualQuota]).sort()).toEqual([
      ['HNW', 12],
      ['POTENTIAL', 4],
    ]);
  });

  it('creates with a provider, updates, refuses stale and unknown provider, deletes with its entitlements', async () => {
    const provider = (await api.viewer.request(AllPartnerInstitutionsDocument, { filter: { kind: 'HEALTHCARE' } })).allPartnerInstitutions[0];
    const created = (await api.pm.request(CreateBenefitDocument, { code: 'DENTAL_CARE', name: '口腔护理', category: 'HEALTH', providerId: provider.id }))
      .createBenefit;
    expect(created).toMatchObject({ providerId: provider.id, status: 'ACTIVE', version: 1 });
    const unknown = await api.pm.raw(UpdateBenefitDocument, { id: created.id, version: 1, providerId: 'no-such-partner' });
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const updated = (await api.pm.request(UpdateBenefitDocument, { id: created.id, version: 1, status: 'INACTIVE', providerId: null })).updateBenefit;
    expect(updated).toMatchObject({ status: 'INACTIVE', providerId: null, version: 2 });
    expect((await api.pm.raw(UpdateBenefitDocument, { id: created.id, version: 1, name: 'x' })).errors?.[0].extensions?.code).toBe('CONFLICT');
    await api.pm.request(DeleteBenefitDocument, { id: created.id });
    const audit = await api.viewer.request(AllAuditEventsDocument, { filter: { entityType: 'Benefit', entityId: created.id } });
    expect(audit._allAuditEventsMeta.count).toBe(3);
  });

  it('refuses bad input and wrong roles', async () => {
    const bad = await api.pm.raw(CreateBenefitDocument, { code: 'x', name: 'n', category: 'HEALTH' });
    expect(bad.errors?.[0].extensions?.fields?.[0].field).toBe('code');
    expect((await api.viewer.raw(CreateBenefitDocument, { code: 'OK_CODE', name: 'n', category: 'HEALTH' })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await api.anonymous.raw(AllBenefitsDocument, {})).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
