import {
  AllAuditEventsDocument,
  AllBenefitsDocument,
  AllTiersDocument,
  CreateTierDocument,
  DeleteTierDocument,
  GetTierDocument,
  SetTierBenefitsDocument,
  UpdateTierDocument,
  UpdateTierRangesDocument,
  type TierFieldsFragment,
} from '@tierwise/client';
import { databaseKinds, startTestApi, type TestApi } from '../test-utils/harness';

describe.each(databaseKinds())('tiers on %s', (kind) => {
  let api: TestApi;
  const tiers = async () => {
    const all = (await api.viewer.request(AllTiersDocument, {})).allTiers;
    return Object.fromEntries(all.map((t) => [t.code, t])) as Record<string, TierFieldsFragment & (typeof all)[number]>;
  };
  const ranges = async () => (await api.viewer.request(AllTiersDocument, {})).allTiers.map((t) => [t.code, t.minAum, t.maxAum]);

  beforeAll(async () => {
    api = await startTestApi(kind, __filename);
  });
  afterAll(() => api.close());

  it('lists the plan tiers in AUM order with SLA, advisor model and benefits', async () => {
    const result = await api.viewer.request(AllTiersDocument, {});
    expect(result._allTiersMeta.count).toBe(3);
    expect(result.allTiers.map((t) => [t.code, t.minAum, t.maxAum, t.responseSlaMinutes, t.advisorModel, t.followUpIntervalDays])).toEqual([
      ['ORDINARY', '0.00', '500000.00', 120, 'POOLED_WEALTH_ADVISOR', null],
      ['POTENTIAL', '500000.00', '3000000.00', 60, 'DEDICATED_ACCOUNT_MANAGER', 30],
      ['HNW', '3000000.00', null, 30, 'PRIVATE_BANKER', 90],
    ]);
    const hnw = result.allTiers[2];
    const exclusiveUses = hnw.entitlements.filter((e) => e.exclusive).reduce((sum, e) => sum + (e.annualQuota ?? Infinity), 0);
    expect(exclusiveUses).toBeGreaterThanOrEqual(4);
    expect(result.allTiers[0].entitlements.map((e) => e.benefit?.code).sort()).toEqual(['FEE_WAIVER', 'POINTS_REDEMPTION']);
  });

  it("keeps each tier's service promise in both languages, and edits the English one on its own", async () => {
    const { HNW } = await tiers();
    expect(HNW.description).toMatch(/私人银行/);
    expect(HNW.descriptionEn).toMatch(/^Private banker/);
    const updated = (
      await api.pm.request(UpdateTierDocument, { id: HNW.id, version: HNW.version, descriptionEn: 'Private banker, home visits, quarterly needs interview.' })
    ).updateTier;
    expect(updated).toMatchObject({
      description: HNW.description,
      descriptionEn: 'Private banker, home visits, quarterly needs interview.',
      version: HNW.version + 1,
    });
  });

  it('refuses an update that would open a gap, naming it, and changes nothing', async () => {
    const { POTENTIAL } = await tiers();
    const result = await api.pm.raw(UpdateTierDocument, { id: POTENTIAL.id, version: POTENTIAL.version, minAum: '600000' });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toBe('Gap: AUM from 500,000 to 600,000 would be in no tier (between ORDINARY and POTENTIAL)');
    expect(await ranges()).toEqual([
      ['ORDINARY', '0.00', '500000.00'],
      ['POTENTIAL', '500000.00', '3000000.00'],
      ['HNW', '3000000.00', null],
    ]);
  });

  it('refuses an update that would overlap, and one that bounds the top tier', async () => {
    const { ORDINARY, HNW } = await tiers();
    const overlap = await api.pm.raw(UpdateTierDocument, { id: ORDINARY.id, version: ORDINARY.version, maxAum: '800000' });
    expect(overlap.errors?.[0].message).toBe('Overlap: AUM from 500,000 to 800,000 would be in both ORDINARY and POTENTIAL');
    const bounded = await api.pm.raw(UpdateTierDocument, { id: HNW.id, version: HNW.version, maxAum: '100000000' });
    expect(bounded.errors?.[0].extensions?.fields?.[0]).toMatchObject({ code: 'GAP', field: 'maxAum' });
  });

  it('moves a boundary when the neighbour moves with it, in one audited change', async () => {
    const { ORDINARY, POTENTIAL } = await tiers();
    const moved = await api.pm.request(UpdateTierDocument, {
      id: POTENTIAL.id,
      version: POTENTIAL.version,
      minAum: '600000',
      adjustments: [{ id: ORDINARY.id, version: ORDINARY.version, minAum: '0', maxAum: '600000' }],
    });
    expect(moved.updateTier).toMatchObject({ minAum: '600000.00', version: POTENTIAL.version + 1 });
    expect(await ranges()).toEqual([
      ['ORDINARY', '0.00', '600000.00'],
      ['POTENTIAL', '600000.00', '3000000.00'],
      ['HNW', '3000000.00', null],
    ]);
    const audit = await api.viewer.request(AllAuditEventsDocument, { filter: { entityType: 'Tier', actor: 'pm@tierwise.local' } });
    expect(audit.allAuditEvents.map((e) => e.changes)).toEqual(
      expect.arrayContaining([{ maxAum: { before: '500000.00', after: '600000.00' } }, { minAum: { before: '500000.00', after: '600000.00' } }]),
    );
    // and back, through the batch operation
    const now = await tiers();
    await api.pm.request(UpdateTierRangesDocument, {
      ranges: [
        { id: now.ORDINARY.id, version: now.ORDINARY.version, minAum: '0', maxAum: '500000' },
        { id: now.POTENTIAL.id, version: now.POTENTIAL.version, minAum: '500000', maxAum: '3000000' },
      ],
    });
    expect(await ranges()).toEqual([
      ['ORDINARY', '0.00', '500000.00'],
      ['POTENTIAL', '500000.00', '3000000.00'],
      ['HNW', '3000000.00', null],
    ]);
  });

  it('refuses a stale adjustment with CONFLICT and rolls back the whole change', async () => {
    const { ORDINARY, POTENTIAL } = await tiers();
    const result = await api.pm.raw(UpdateTierDocument, {
      id: POTENTIAL.id,
      version: POTENTIAL.version,
      minAum: '550000',
      adjustments: [{ id: ORDINARY.id, version: ORDINARY.version - 1, minAum: '0', maxAum: '550000' }],
    });
    expect(result.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await tiers()).POTENTIAL).toMatchObject({ minAum: '500000.00', version: POTENTIAL.version });
  });

  it('creates a tier inside the top range and deletes it again, the neighbour taking its range back', async () => {
    const { HNW } = await tiers();
    const created = (
      await api.pm.request(CreateTierDocument, {
        code: 'UHNW',
        name: '超高净值客户',
        nameEn: 'Ultra high net worth',
        minAum: '50000000',
        responseSlaMinutes: 15,
        advisorModel: 'PRIVATE_BANKER',
        adjustments: [{ id: HNW.id, version: HNW.version, minAum: '3000000', maxAum: '50000000' }],
      })
    ).createTier;
    expect(await ranges()).toEqual([
      ['ORDINARY', '0.00', '500000.00'],
      ['POTENTIAL', '500000.00', '3000000.00'],
      ['HNW', '3000000.00', '50000000.00'],
      ['UHNW', '50000000.00', null],
    ]);
    const withoutAdjustment = await api.pm.raw(DeleteTierDocument, { id: created.id });
    expect(withoutAdjustment.errors?.[0].extensions?.fields?.[0]).toMatchObject({ code: 'GAP' });
    const hnw = (await tiers()).HNW;
    await api.pm.request(DeleteTierDocument, { id: created.id, adjustments: [{ id: hnw.id, version: hnw.version, minAum: '3000000', maxAum: null }] });
    expect(await ranges()).toEqual([
      ['ORDINARY', '0.00', '500000.00'],
      ['POTENTIAL', '500000.00', '3000000.00'],
      ['HNW', '3000000.00', null],
    ]);
  });

  it('refuses creating a tier that does not fit', async () => {
    const result = await api.pm.raw(CreateTierDocument, {
      code: 'MID',
      name: 'Mid',
      minAum: '1000000',
      maxAum: '2000000',
      responseSlaMinutes: 60,
      advisorModel: 'DEDICATED_ACCOUNT_MANAGER',
    });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toContain('Overlap');
    expect((await api.viewer.request(AllTiersDocument, {}))._allTiersMeta.count).toBe(3);
  });

  it('refuses deleting a tier that products are offered to', async () => {
    const { HNW, POTENTIAL } = await tiers();
    const result = await api.pm.raw(DeleteTierDocument, {
      id: HNW.id,
      adjustments: [{ id: POTENTIAL.id, version: POTENTIAL.version, minAum: '500000', maxAum: null }],
    });
    expect(result.errors?.[0].extensions?.code).toBe('CONFLICT');
    // It says how many and what to do (the count comes from the products module, which the tiers module does not import).
    expect(result.errors?.[0].message).toMatch(/^[1-9]\d* product\(s\) are offered to this tier; remove the tier from them first$/);
    expect(Object.keys(await tiers())).toEqual(['ORDINARY', 'POTENTIAL', 'HNW']);
  });

  it('the database itself refuses deleting a tier products are offered to (a RESTRICT key, for a race past the check)', async () => {
    const { HNW } = await tiers();
    const offered = () => api.dataSource.query('SELECT COUNT(*) AS n FROM product_eligible_tier WHERE tierId = ?', [HNW.id]);
    const before = Number((await offered())[0].n);
    expect(before).toBeGreaterThan(0);
    await expect(api.dataSource.query('DELETE FROM tier WHERE id = ?', [HNW.id])).rejects.toThrow(/foreign key/i);
    expect(Number((await offered())[0].n)).toBe(before); // nothing cascaded away
  });

  it.each([
    ['a negative SLA', { responseSlaMinutes: -5 }, 'responseSlaMinutes'],
    ['an unknown advisor model', { advisorModel: 'ROBOT' }, 'advisorModel'],
    ['a money amount with 3 decimals', { minAum: '1.234' }, 'minAum'],
  ])('refuses %s', async (_name, change, field) => {
    const { ORDINARY } = await tiers();
    const result = await api.pm.raw(UpdateTierDocument, { id: ORDINARY.id, version: ORDINARY.version, ...(change as object) });
    expect(result.errors?.[0].extensions?.code).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
    // The field is named in `fields` (a rule) or in the message (a value its scalar or enum refuses).
    expect([...(result.errors?.[0].extensions?.fields?.map((f: { field?: string }) => f.field) ?? []), result.errors?.[0].message].join(' ')).toContain(field);
    expect((await tiers()).ORDINARY.version).toBe(ORDINARY.version);
  });

  describe('entitlements', () => {
    it("replaces a tier's benefits and quotas, bumping its version and auditing before/after", async () => {
      const { ORDINARY } = await tiers();
      const benefits = Object.fromEntries((await api.viewer.request(AllBenefitsDocument, {})).allBenefits.map((b) => [b.code, b.id]));
      const result = await api.pm.request(SetTierBenefitsDocument, {
        tierId: ORDINARY.id,
        version: ORDINARY.version,
        entitlements: [
          { benefitId: benefits.POINTS_REDEMPTION, annualQuota: null },
          { benefitId: benefits.FEE_WAIVER, annualQuota: 6 },
          { benefitId: benefits.HEALTH_CHECKUP, annualQuota: 1 },
        ],
      });
      expect(result.setTierBenefits.version).toBe(ORDINARY.version + 1);
      const read = (await api.viewer.request(GetTierDocument, { id: ORDINARY.id })).Tier;
      expect(read.entitlements.map((e) => [e.benefitId, e.annualQuota]).sort()).toEqual(
        [
          [benefits.FEE_WAIVER, 6],
          [benefits.HEALTH_CHECKUP, 1],
          [benefits.POINTS_REDEMPTION, null],
        ].sort(),
      );
      const audit = await api.viewer.request(AllAuditEventsDocument, { filter: { entityId: ORDINARY.id }, perPage: 1 });
      expect(Object.keys(audit.allAuditEvents[0].changes)).toEqual(['entitlements']);
    });

    it('changes a tier and its benefits in one transaction: a bad entitlement leaves the tier as it was', async () => {
      const { POTENTIAL } = await tiers();
      const benefitId = (await api.viewer.request(AllBenefitsDocument, { filter: { q: 'LOUNGE' } })).allBenefits[0].id;
      const refused = await api.pm.raw(UpdateTierDocument, {
        id: POTENTIAL.id,
        version: POTENTIAL.version,
        responseSlaMinutes: 45,
        entitlements: [{ benefitId: 'no-such-benefit', annualQuota: 1 }],
      });
      expect(refused.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect((await tiers()).POTENTIAL).toMatchObject({ responseSlaMinutes: 60, version: POTENTIAL.version });
      const updated = (
        await api.pm.request(UpdateTierDocument, {
          id: POTENTIAL.id,
          version: POTENTIAL.version,
          responseSlaMinutes: 45,
          entitlements: [{ benefitId, annualQuota: 6, exclusive: false }],
        })
      ).updateTier;
      expect(updated).toMatchObject({ responseSlaMinutes: 45, version: POTENTIAL.version + 2 });
      expect(updated.entitlements.map((e) => [e.benefitId, e.annualQuota])).toEqual([[benefitId, 6]]);
    });

    it('refuses a negative quota, an unknown benefit and a stale version, writing nothing', async () => {
      const { ORDINARY } = await tiers();
      const benefitId = (await api.viewer.request(AllBenefitsDocument, {})).allBenefits[0].id;
      const negative = await api.pm.raw(SetTierBenefitsDocument, {
        tierId: ORDINARY.id,
        version: ORDINARY.version,
        entitlements: [{ benefitId, annualQuota: -1 }],
      });
      expect(negative.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(negative.errors?.[0].extensions?.fields)).toContain('annualQuota');
      const unknown = await api.pm.raw(SetTierBenefitsDocument, {
        tierId: ORDINARY.id,
        version: ORDINARY.version,
        entitlements: [{ benefitId: 'nope', annualQuota: 1 }],
      });
      expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      // Someone else changes the tier: the version read before is stale now.
      const moved = (await api.pm.request(UpdateTierDocument, { id: ORDINARY.id, version: ORDINARY.version, description: 'changed meanwhile' })).updateTier;
      const stale = await api.pm.raw(SetTierBenefitsDocument, { tierId: ORDINARY.id, version: ORDINARY.version, entitlements: [] });
      expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: moved.version });
      const after = (await api.viewer.request(GetTierDocument, { id: ORDINARY.id })).Tier;
      expect(after.version).toBe(moved.version);
      expect(after.entitlements.map((e) => [e.benefitId, e.annualQuota]).sort()).toEqual(ORDINARY.entitlements.map((e) => [e.benefitId, e.annualQuota]).sort());
      expect(after.entitlements.length).toBeGreaterThan(0);
    });
  });

  it('is read-only for viewers and closed to anonymous callers', async () => {
    const { ORDINARY } = await tiers();
    const forbidden = await api.viewer.raw(UpdateTierDocument, { id: ORDINARY.id, version: ORDINARY.version, name: 'x' });
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const anonymous = await api.anonymous.raw(GetTierDocument, { id: ORDINARY.id });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const unknown = await api.viewer.raw(GetTierDocument, { id: 'no-such-tier' });
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
