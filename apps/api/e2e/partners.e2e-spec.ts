import {
  AllAuditEventsDocument,
  AllPartnerInstitutionsDocument,
  CreatePartnerInstitutionDocument,
  DeletePartnerInstitutionDocument,
  GetPartnerInstitutionDocument,
  UpdatePartnerInstitutionDocument,
} from '@tierwise/client';
import { databaseKinds, startTestApi, type TestApi } from '../test-utils/harness';

describe.each(databaseKinds())('partner institutions on %s', (kind) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(kind, __filename);
  });
  afterAll(() => api.close());

  const agency = {
    code: 'BRIGHT_HOMES',
    name: '明光房产',
    nameEn: 'Bright Homes',
    kind: 'REAL_ESTATE_AGENCY' as const,
    contactEmail: 'bd@bright.example',
    contactPhone: '+86 21 5555 0100',
  };

  it('lists, filters by kind and status, searches and pages', async () => {
    const all = await api.viewer.request(AllPartnerInstitutionsDocument, { perPage: 3, page: 0, sortField: 'name', sortOrder: 'ASC' });
    expect(all._allPartnerInstitutionsMeta.count).toBe(8);
    expect(all.allPartnerInstitutions).toHaveLength(3);
    const insurers = await api.viewer.request(AllPartnerInstitutionsDocument, { filter: { kind: 'INSURER' } });
    expect(insurers.allPartnerInstitutions.map((p) => p.code)).toEqual(['TAIPING_LIFE']);
    const search = await api.viewer.request(AllPartnerInstitutionsDocument, { filter: { q: 'trust' } });
    expect(search.allPartnerInstitutions.map((p) => p.code)).toEqual(['ZHONGXIN_TRUST']);
    const suspended = await api.viewer.request(AllPartnerInstitutionsDocument, { filter: { status: 'SUSPENDED' } });
    expect(suspended._allPartnerInstitutionsMeta.count).toBe(0);
    const wildcard = await api.viewer.request(AllPartnerInstitutionsDocument, { filter: { q: '%' } });
    expect(wildcard._allPartnerInstitutionsMeta.count).toBe(0);
  });

  it('creates, updates, refuses a stale update and deletes, with an audit trail', async () => {
    const created = (await api.pm.request(CreatePartnerInstitutionDocument, agency)).createPartnerInstitution;
    expect(created).toMatchObject({ status: 'ACTIVE', version: 1 });
    const updated = (await api.pm.request(UpdatePartnerInstitutionDocument, { id: created.id, version: 1, status: 'SUSPENDED' })).updatePartnerInstitution;
    expect(updated).toMatchObject({ status: 'SUSPENDED', version: 2, name: '明光房产' });
    const stale = await api.pm.raw(UpdatePartnerInstitutionDocument, { id: created.id, version: 1, name: 'lost edit' });
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await api.viewer.request(GetPartnerInstitutionDocument, { id: created.id })).PartnerInstitution.name).toBe('明光房产');
    await api.pm.request(DeletePartnerInstitutionDocument, { id: created.id });
    const audit = await api.viewer.request(AllAuditEventsDocument, { filter: { entityId: created.id }, sortOrder: 'ASC' });
    expect(audit.allAuditEvents.map((e) => e.action)).toEqual(['CREATE', 'UPDATE', 'DELETE']);
    expect(audit.allAuditEvents[2].changes.code).toEqual({ before: 'BRIGHT_HOMES', after: null });
  });

  it.each([
    ['an invalid email', { contactEmail: 'not-an-email' }, 'contactEmail'],
    ['an unknown kind', { kind: 'CASINO' }, undefined],
    ['an empty name', { name: '' }, 'name'],
    ['a website without protocol', { website: 'bright.example' }, 'website'],
  ])('refuses %s', async (_n, change, field) => {
    const result = await api.pm.raw(CreatePartnerInstitutionDocument, { ...agency, code: 'BAD_ONE', ...(change as object) });
    expect(result.errors?.[0].extensions?.code).toMatch(/BAD_USER_INPUT/);
    if (field) expect(result.errors?.[0].extensions?.fields?.map((f) => f.field)).toContain(field);
    expect((await api.viewer.request(AllPartnerInstitutionsDocument, { filter: { q: 'BAD_ONE' } }))._allPartnerInstitutionsMeta.count).toBe(0);
  });

  it('refuses a null for a required field on update', async () => {
    const [first] = (await api.viewer.request(AllPartnerInstitutionsDocument, {})).allPartnerInstitutions;
    const result = await api.pm.raw(UpdatePartnerInstitutionDocument, { id: first.id, version: first.version, name: null as unknown as string });
    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'name', code: 'REQUIRED', message: 'name cannot be empty' }],
    });
  });

  it('refuses deleting a partner that still issues products', async () => {
    const fund = (await api.viewer.request(AllPartnerInstitutionsDocument, { filter: { kind: 'FUND_MANAGER' } })).allPartnerInstitutions[0];
    const result = await api.pm.raw(DeletePartnerInstitutionDocument, { id: fund.id });
    expect(result.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(result.errors?.[0].message).toMatch(/still issues \d+ product/);
  });

  it('guards every operation by role', async () => {
    expect((await api.anonymous.raw(AllPartnerInstitutionsDocument, {})).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await api.viewer.raw(CreatePartnerInstitutionDocument, agency)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await api.viewer.raw(DeletePartnerInstitutionDocument, { id: 'x' })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await api.viewer.raw(GetPartnerInstitutionDocument, { id: 'x' })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
