import {
  AllSavedSegmentsDocument,
  CreateSavedSegmentDocument,
  DeleteSavedSegmentDocument,
  ProfileCoverageDocument,
  SegmentCountsDocument,
  TierChangePreviewDocument,
  UpsertCustomersDocument,
} from '@tierwise/client';
import { assess, databaseKinds, startTestApi, type TestApi } from '../test-utils/harness';

describe.each(databaseKinds())('segments and profile coverage on %s', (kind) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(kind, __filename);
    const soon = new Date(Date.now() + 100 * 24 * 3600 * 1000).toISOString();
    await api.pm.request(UpsertCustomersDocument, {
      items: [
        { externalRef: 'S-1', name: 'a', aum: '100000', lifeStage: 'YOUNG_SINGLE', occupation: 'EMPLOYEE' },
        { externalRef: 'S-2', name: 'b', aum: '200000', lifeStage: 'YOUNG_SINGLE', occupation: 'EMPLOYEE' },
        { externalRef: 'S-3', name: 'c', aum: '800000', lifeStage: 'MARRIED_WITH_CHILDREN', occupation: 'EMPLOYEE' },
        { externalRef: 'S-4', name: 'd', aum: '5000000' },
      ],
    });
    await assess(api, { 'S-1': 'C2', 'S-2': 'C2', 'S-3': 'C3' }, { expiresAt: new Date(soon) });
  });
  afterAll(() => api.close());

  it('counts customers per segment', async () => {
    const segments = (await api.viewer.request(SegmentCountsDocument)).segmentCounts;
    expect(segments.reduce((n, s) => n + s.count, 0)).toBe(4);
    expect(segments[0]).toMatchObject({ riskLevel: 'C2', lifeStage: 'YOUNG_SINGLE', occupation: 'EMPLOYEE', count: 2 });
  });

  it('saves named segments and reports their size', async () => {
    await api.pm.request(CreateSavedSegmentDocument, { name: 'Young employees, steady', riskLevel: 'C2', lifeStage: 'YOUNG_SINGLE', occupation: 'EMPLOYEE' });
    await api.pm.request(CreateSavedSegmentDocument, { name: 'Everyone' });
    const saved = (await api.viewer.request(AllSavedSegmentsDocument, {})).allSavedSegments;
    expect(saved.map((s) => [s.name, s.size])).toEqual([
      ['Everyone', 4],
      ['Young employees, steady', 2],
    ]);
    // Sizes come from one count of every segment, not one count per saved segment.
    await api.pm.request(CreateSavedSegmentDocument, { name: 'Retired', lifeStage: 'RETIRED' });
    await api.pm.request(CreateSavedSegmentDocument, { name: 'Cautious', riskLevel: 'C1' });
    const statements = async () => {
      api.queries.reset();
      await api.viewer.request(AllSavedSegmentsDocument, {});
      return api.queries.count;
    };
    const four = await statements();
    await api.pm.request(DeleteSavedSegmentDocument, {
      id: (await api.viewer.request(AllSavedSegmentsDocument, {})).allSavedSegments.find((s) => s.name === 'Retired')!.id,
    });
    expect(await statements()).toBe(four);
    expect((await api.pm.raw(CreateSavedSegmentDocument, { name: 'Everyone' })).errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await api.viewer.raw(CreateSavedSegmentDocument, { name: 'Nope' })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('reports profile coverage: complete profiles ÷ all customers', async () => {
    expect((await api.viewer.request(ProfileCoverageDocument)).profileCoverage).toEqual({ total: 4, complete: 3, ratio: '0.7500' });
  });

  it('previews how many customers would move under proposed tier ranges, saving nothing', async () => {
    const preview = (
      await api.viewer.request(TierChangePreviewDocument, {
        ranges: [
          { code: 'ORDINARY', minAum: '0', maxAum: '150000' },
          { code: 'POTENTIAL', minAum: '150000', maxAum: '3000000' },
          { code: 'HNW', minAum: '3000000', maxAum: null },
        ],
      })
    ).tierChangePreview;
    expect(preview).toEqual([
      { fromTier: 'HNW', toTier: 'HNW', count: 1 },
      { fromTier: 'ORDINARY', toTier: 'ORDINARY', count: 1 },
      { fromTier: 'ORDINARY', toTier: 'POTENTIAL', count: 1 },
      { fromTier: 'POTENTIAL', toTier: 'POTENTIAL', count: 1 },
    ]);
    const gap = await api.viewer.raw(TierChangePreviewDocument, { ranges: [{ code: 'A', minAum: '100', maxAum: null }] });
    expect(gap.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(gap.errors?.[0].message).toMatch(/Gap: AUM from 0 to 100/);
    expect((await api.anonymous.raw(SegmentCountsDocument)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
