import {
  AllAuditEventsDocument,
  AllProductsDocument,
  AllTiersDocument,
  AllPartnerInstitutionsDocument,
  CreateProductDocument,
  DeleteProductDocument,
  GetProductDocument,
  UpdateProductDocument,
  TierwiseError,
  CatalogueStatsDocument,
  SetProductsStatusDocument,
} from '@tierwise/client';
import { In } from 'typeorm';
import { byId } from '../src/common/persistence/loaders';
import { Product } from '../src/modules/products/product.entity';
import { componentsOfBundle, eligibleTiersOfProduct } from '../src/modules/products/product.loaders';
import { TierBenefit } from '../src/modules/tiers/tier-benefit.entity';
import { Tier } from '../src/modules/tiers/tier.entity';
import { entitlementsOfTier } from '../src/modules/tiers/tier.loaders';
import { databaseKinds, startTestApi, type TestApi } from '../test-utils/harness';

describe.each(databaseKinds())('products on %s', (kind) => {
  let api: TestApi;
  let tierIds: Record<string, string>;
  let issuerId: string;

  beforeAll(async () => {
    api = await startTestApi(kind, __filename);
    const tiers = await api.viewer.request(AllTiersDocument, {});
    tierIds = Object.fromEntries(tiers.allTiers.map((t) => [t.code, t.id]));
    const partners = await api.viewer.request(AllPartnerInstitutionsDocument, { filter: { kind: 'FUND_MANAGER' } });
    issuerId = partners.allPartnerInstitutions[0].id;
  });
  afterAll(() => api.close());

  const newProduct = (code: string) => ({
    code,
    name: '测试理财',
    nameEn: 'Test wealth product',
    type: 'WEALTH_PRODUCT' as const,
    riskLevel: 'R2' as const,
    minInvestment: '50000.00',
    expectedReturnMin: '2.50',
    expectedReturnMax: '3.50',
    issuerId,
    eligibleTierIds: [tierIds.POTENTIAL, tierIds.HNW],
    saleStartsAt: '2026-12-01T00:00:00.000Z',
    saleEndsAt: '2027-06-30T00:00:00.000Z',
  });

  describe('listing', () => {
    it('pages with a 0-based page and reports the total', async () => {
      const first = await api.viewer.request(AllProductsDocument, { page: 0, perPage: 5, sortField: 'code', sortOrder: 'ASC' });
      const second = await api.viewer.request(AllProductsDocument, { page: 1, perPage: 5, sortField: 'code', sortOrder: 'ASC' });
      expect(first.allProducts).toHaveLength(5);
      expect(first._allProductsMeta.count).toBeGreaterThanOrEqual(14);
      const codes = [...first.allProducts, ...second.allProducts].map((p) => p.code);
      expect(new Set(codes).size).toBe(10);
      expect(codes).toEqual([...codes].sort());
    });

    it('sorts descending and refuses an unknown sort field', async () => {
      const desc = await api.viewer.request(AllProductsDocument, { perPage: 100, sortField: 'riskLevel', sortOrder: 'DESC' });
      expect(desc.allProducts[0].riskLevel).toBe('R5');
      const refused = await api.viewer.raw(AllProductsDocument, { sortField: 'passwordHash' });
      expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(refused.errors?.[0].extensions?.fields?.[0]).toMatchObject({ field: 'sortField', code: 'UNSORTABLE' });
    });

    it('filters by status, type, risk level, issuer, eligible tier, ids and text', async () => {
      const r5 = await api.viewer.request(AllProductsDocument, { filter: { riskLevel: 'R5' } });
      expect(r5.allProducts.map((p) => p.code)).toEqual(['PE-001']);
      expect(r5._allProductsMeta.count).toBe(1);
      const hnwOnly = await api.viewer.request(AllProductsDocument, { perPage: 100, filter: { eligibleTierId: tierIds.HNW, type: 'FAMILY_TRUST' } });
      expect(hnwOnly.allProducts.map((p) => p.code)).toEqual(['TRUST-FAM-001']);
      const byIssuer = await api.viewer.request(AllProductsDocument, { perPage: 100, filter: { issuerId } });
      // The demo catalogue has several products of this issuer and others of other issuers: the filter keeps exactly its own.
      expect(byIssuer.allProducts.length).toBeGreaterThan(1);
      expect(byIssuer.allProducts.map((p) => p.issuerId)).toEqual(byIssuer.allProducts.map(() => issuerId));
      const everything = await api.viewer.request(AllProductsDocument, { perPage: 100 });
      expect(byIssuer.allProducts.map((p) => p.code).sort()).toEqual(
        everything.allProducts
          .filter((p) => p.issuerId === issuerId)
          .map((p) => p.code)
          .sort(),
      );
      expect(everything.allProducts.some((p) => p.issuerId !== issuerId)).toBe(true);
      const search = await api.viewer.request(AllProductsDocument, { filter: { q: 'mortgage' } });
      expect(search.allProducts.map((p) => p.code)).toEqual(['MTG-001']);
      const chinese = await api.viewer.request(AllProductsDocument, { filter: { q: '家族信托' } });
      expect(chinese.allProducts.map((p) => p.code)).toEqual(['TRUST-FAM-001']);
      const ids = [r5.allProducts[0].id, hnwOnly.allProducts[0].id];
      const many = await api.viewer.request(AllProductsDocument, { filter: { ids } });
      expect(many.allProducts.map((p) => p.id).sort()).toEqual([...ids].sort());
      const active = await api.viewer.request(AllProductsDocument, { perPage: 100, filter: { status: 'DRAFT' } });
      expect(active.allProducts).toEqual([]);
    });

    it('caps the page size at 100', async () => {
      const refused = await api.viewer.raw(AllProductsDocument, { perPage: 101 });
      expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(refused.errors?.[0].extensions?.fields?.[0].field).toBe('perPage');
    });

    it('returns a bundle with its components in order and its issuer', async () => {
      const bundle = await api.viewer.request(AllProductsDocument, { filter: { type: 'BUNDLE' } });
      expect(bundle.allProducts[0].components.map((c) => c.code)).toEqual(['WM-FLEX-001', 'INS-CI-001']);
      const pe = await api.viewer.request(AllProductsDocument, { filter: { riskLevel: 'R5' } });
      expect(pe.allProducts[0]).toMatchObject({ requiresQualifiedInvestor: true, coolingOffHours: 24, issuer: { code: 'HUAAN_FUND' } });
    });
  });

  describe('writing', () => {
    it('creates, reads, updates and deletes a product, auditing each change', async () => {
      const created = (await api.pm.request(CreateProductDocument, newProduct('TEST-CRUD-1'))).createProduct;
      expect(created).toMatchObject({ code: 'TEST-CRUD-1', status: 'DRAFT', currency: 'CNY', version: 1, minInvestment: '50000.00' });
      expect([...created.eligibleTierIds].sort()).toEqual([tierIds.POTENTIAL, tierIds.HNW].sort());

      const read = (await api.viewer.request(GetProductDocument, { id: created.id })).Product;
      expect(read.issuer?.id).toBe(issuerId);

      const updated = (await api.pm.request(UpdateProductDocument, { id: created.id, version: 1, status: 'ACTIVE', minInvestment: '60000' })).updateProduct;
      expect(updated).toMatchObject({ status: 'ACTIVE', minInvestment: '60000.00', version: 2, name: '测试理财' });

      const deleted = (await api.pm.request(DeleteProductDocument, { id: created.id })).deleteProduct;
      expect(deleted.id).toBe(created.id);
      const gone = await api.viewer.raw(GetProductDocument, { id: created.id });
      expect(gone.errors?.[0].extensions?.code).toBe('NOT_FOUND');

      const audit = await api.viewer.request(AllAuditEventsDocument, {
        filter: { entityType: 'Product', entityId: created.id },
        sortField: 'occurredAt',
        sortOrder: 'ASC',
      });
      expect(audit.allAuditEvents.map((e) => e.action)).toEqual(['CREATE', 'UPDATE', 'DELETE']);
      expect(audit.allAuditEvents.map((e) => e.actor)).toEqual(['pm@tierwise.local', 'pm@tierwise.local', 'pm@tierwise.local']);
      expect(audit.allAuditEvents[1].changes).toEqual({
        status: { before: 'DRAFT', after: 'ACTIVE' },
        minInvestment: { before: '50000.00', after: '60000.00' },
      });
    });

    it('refuses a stale version with CONFLICT and changes nothing', async () => {
      const created = (await api.pm.request(CreateProductDocument, newProduct('TEST-STALE-1'))).createProduct;
      await api.pm.request(UpdateProductDocument, { id: created.id, version: 1, name: 'first edit' });
      const stale = await api.pm.raw(UpdateProductDocument, { id: created.id, version: 1, name: 'second edit', eligibleTierIds: [] });
      expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
      const now = (await api.viewer.request(GetProductDocument, { id: created.id })).Product;
      expect(now).toMatchObject({ name: 'first edit', version: 2 });
      expect(now.eligibleTierIds).toHaveLength(2);
    });

    it('lets exactly one of two simultaneous edits of the same version win', async () => {
      const created = (await api.pm.request(CreateProductDocument, newProduct('TEST-RACE-1'))).createProduct;
      const results = await Promise.all(['a', 'b', 'c'].map((name) => api.pm.raw(UpdateProductDocument, { id: created.id, version: 1, name })));
      expect(results.filter((r) => r.data?.updateProduct).length).toBe(1);
      expect(results.filter((r) => r.errors?.[0].extensions?.code === 'CONFLICT').length).toBe(2);
      expect((await api.viewer.request(GetProductDocument, { id: created.id })).Product.version).toBe(2);
    });

    it.each([
      ['sale window in the wrong order', { saleStartsAt: '2027-01-01T00:00:00.000Z', saleEndsAt: '2026-01-01T00:00:00.000Z' }, 'saleEndsAt'],
      ['return range in the wrong order', { expectedReturnMin: '5.00', expectedReturnMax: '4.00' }, 'expectedReturnMax'],
      ['a float-like amount', { minInvestment: '10.123' }, 'minInvestment'],
      ['a negative minimum investment', { minInvestment: '-100' }, 'minInvestment'],
      ['an unknown tier', { eligibleTierIds: ['00000000-0000-0000-0000-000000000000'] }, 'eligibleTierIds'],
      ['an unknown issuer', { issuerId: '00000000-0000-0000-0000-000000000000' }, 'issuerId'],
      ['a lower-case code', { code: 'lower-case' }, 'code'],
      ['components on a non-bundle', { componentIds: [] as string[], type: 'BUNDLE' as const }, 'componentIds'],
      [
        'a private fund without qualified-investor rule',
        { type: 'PRIVATE_FUND' as const, riskLevel: 'R5' as const, minInvestment: '1000000' },
        'requiresQualifiedInvestor',
      ],
    ])('refuses %s with BAD_USER_INPUT naming the field, and writes nothing', async (_name, change, field) => {
      const before = (await api.viewer.request(AllProductsDocument, {}))._allProductsMeta.count;
      const auditBefore = (await api.viewer.request(AllAuditEventsDocument, {}))._allAuditEventsMeta.count;
      const result = await api.pm.raw(CreateProductDocument, { ...newProduct('TEST-BAD-1'), ...change });
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].message).not.toMatch(/at \w+ \(|node_modules/);
      // The field is named in `fields` (a rule) or in the message (a value the Decimal scalar refuses).
      expect([...(result.errors?.[0].extensions?.fields?.map((f) => f.field) ?? []), result.errors?.[0].message].join(' ')).toContain(field);
      expect((await api.viewer.request(AllProductsDocument, {}))._allProductsMeta.count).toBe(before);
      expect((await api.viewer.request(AllAuditEventsDocument, {}))._allAuditEventsMeta.count).toBe(auditBefore);
    });

    it('refuses a bundle that would contain itself, directly or through another bundle', async () => {
      const all = await api.viewer.request(AllProductsDocument, { perPage: 100 });
      const byCode = Object.fromEntries(all.allProducts.map((p) => [p.code, p]));
      const outer = (
        await api.pm.request(CreateProductDocument, {
          ...newProduct('TEST-BUNDLE-OUTER'),
          type: 'BUNDLE',
          componentIds: [byCode['BUNDLE-WI-001'].id, byCode['MMF-001'].id],
        })
      ).createProduct;
      const inner = byCode['BUNDLE-WI-001'];
      const direct = await api.pm.raw(UpdateProductDocument, { id: outer.id, version: outer.version, componentIds: [outer.id, byCode['MMF-001'].id] });
      expect(direct.errors?.[0].extensions?.fields?.[0]).toMatchObject({ code: 'BUNDLE_CYCLE', field: 'componentIds' });
      const indirect = await api.pm.raw(UpdateProductDocument, { id: inner.id, version: inner.version, componentIds: [outer.id, byCode['MMF-001'].id] });
      expect(indirect.errors?.[0].extensions?.fields?.[0]).toMatchObject({ code: 'BUNDLE_CYCLE' });
      expect(indirect.errors?.[0].message).toContain('TEST-BUNDLE-OUTER');
      const unchanged = (await api.viewer.request(GetProductDocument, { id: inner.id })).Product;
      expect(unchanged.componentIds).toEqual(inner.componentIds);
    });

    it('refuses a duplicate code with CONFLICT', async () => {
      const result = await api.pm.raw(CreateProductDocument, { ...newProduct('MMF-001') });
      expect(result.errors?.[0].extensions?.code).toBe('CONFLICT');
    });

    it('refuses deleting a product that a bundle contains', async () => {
      const mmf = (await api.viewer.request(AllProductsDocument, { filter: { q: 'WM-FLEX-001' } })).allProducts[0];
      const result = await api.pm.raw(DeleteProductDocument, { id: mmf.id });
      expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' } });
      expect(result.errors?.[0].message).toContain('BUNDLE-WI-001');
    });
  });

  describe('bulk status and statistics', () => {
    it('suspends several products at once, auditing each, and counts products by status', async () => {
      const funds = (await api.viewer.request(AllProductsDocument, { filter: { type: 'FUND' } })).allProducts;
      const before = (await api.viewer.request(CatalogueStatsDocument)).catalogueStats;
      const suspended = (await api.pm.request(SetProductsStatusDocument, { ids: funds.map((f) => f.id), status: 'SUSPENDED' })).setProductsStatus;
      expect(suspended.map((p) => p.status)).toEqual(funds.map(() => 'SUSPENDED'));
      const after = (await api.viewer.request(CatalogueStatsDocument)).catalogueStats;
      const count = (stats: typeof before, key: string) => stats.byStatus.find((s) => s.key === key)?.count ?? 0;
      expect(count(after, 'SUSPENDED')).toBe(count(before, 'SUSPENDED') + funds.length);
      expect(after.byRiskLevel.reduce((sum, r) => sum + r.count, 0)).toBe(after.byStatus.reduce((sum, r) => sum + r.count, 0));
      const audit = await api.viewer.request(AllAuditEventsDocument, { filter: { entityId: funds[0].id, action: 'UPDATE' } });
      expect(audit.allAuditEvents[0].changes).toEqual({ status: { before: 'ACTIVE', after: 'SUSPENDED' } });
      await api.pm.request(SetProductsStatusDocument, { ids: funds.map((f) => f.id), status: 'ACTIVE' });
    });

    it('activates all or none: one product without an eligible tier refuses the whole batch', async () => {
      const draft = (await api.pm.request(CreateProductDocument, { ...newProduct('TEST-BULK-1'), eligibleTierIds: [] })).createProduct;
      const fund = (await api.viewer.request(AllProductsDocument, { filter: { type: 'FUND' }, perPage: 1 })).allProducts[0];
      await api.pm.request(SetProductsStatusDocument, { ids: [fund.id], status: 'SUSPENDED' });
      const result = await api.pm.raw(SetProductsStatusDocument, { ids: [fund.id, draft.id], status: 'ACTIVE' });
      expect(result.errors?.[0].extensions?.fields?.[0]).toMatchObject({ code: 'ACTIVE_WITHOUT_TIERS', field: 'eligibleTierIds' });
      expect(result.errors?.[0].message).toContain('TEST-BULK-1');
      expect((await api.viewer.request(GetProductDocument, { id: fund.id })).Product.status).toBe('SUSPENDED');
      expect((await api.viewer.raw(SetProductsStatusDocument, { ids: [fund.id], status: 'ACTIVE' })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      await api.pm.request(SetProductsStatusDocument, { ids: [fund.id], status: 'ACTIVE' });
    });
    it("allows only the product lifecycle's transitions, in bulk and in an edit, changing nothing otherwise", async () => {
      const draft = (await api.pm.request(CreateProductDocument, { ...newProduct('TEST-LIFE-1'), status: 'DRAFT' })).createProduct;
      const bulk = await api.pm.raw(SetProductsStatusDocument, { ids: [draft.id], status: 'SUSPENDED' });
      expect(bulk.errors?.[0].extensions?.fields?.[0]).toMatchObject({ code: 'INVALID_STATUS_TRANSITION', field: 'status' });
      expect(bulk.errors?.[0].message).toBe('TEST-LIFE-1: A DRAFT product cannot become SUSPENDED (it can become ACTIVE or RETIRED)');
      const edit = await api.pm.raw(UpdateProductDocument, { id: draft.id, version: draft.version, status: 'SUSPENDED' });
      expect(edit.errors?.[0].extensions?.fields?.[0]).toMatchObject({ code: 'INVALID_STATUS_TRANSITION' });
      expect((await api.viewer.request(GetProductDocument, { id: draft.id })).Product).toMatchObject({ status: 'DRAFT', version: draft.version });
      const retired = (await api.pm.request(SetProductsStatusDocument, { ids: [draft.id], status: 'RETIRED' })).setProductsStatus[0];
      expect(retired.status).toBe('RETIRED');
      const back = await api.pm.raw(UpdateProductDocument, { id: draft.id, version: retired.version, status: 'ACTIVE' });
      expect(back.errors?.[0].message).toBe('A RETIRED product cannot become ACTIVE (a retired product stays retired)');
    });
  });

  describe('money', () => {
    it('round-trips 9,999,999,999,999.99 exactly', async () => {
      const created = (await api.pm.request(CreateProductDocument, { ...newProduct('TEST-MONEY-1'), minInvestment: '9999999999999.99' })).createProduct;
      expect(created.minInvestment).toBe('9999999999999.99');
      const read = (await api.viewer.request(GetProductDocument, { id: created.id })).Product;
      expect(read.minInvestment).toBe('9999999999999.99');
      const sorted = await api.viewer.request(AllProductsDocument, { perPage: 1, sortField: 'minInvestment', sortOrder: 'DESC' });
      expect(sorted.allProducts[0].minInvestment).toBe('9999999999999.99');
    });

    it('refuses a number where a decimal string is expected', async () => {
      const result = await api.pm.raw(CreateProductDocument, { ...newProduct('TEST-MONEY-2'), minInvestment: 1000.5 as unknown as string });
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].message).toMatch(/\$minInvestment/);
    });
  });

  describe('access', () => {
    it('refuses anonymous reads with UNAUTHENTICATED', async () => {
      const result = await api.anonymous.raw(AllProductsDocument, {});
      expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(result.data).toBeNull();
    });

    it('refuses writes by a viewer with FORBIDDEN', async () => {
      await expect(api.viewer.request(CreateProductDocument, newProduct('TEST-VIEWER-1'))).rejects.toMatchObject({ code: 'FORBIDDEN' });
      const count = await api.viewer.request(AllProductsDocument, { filter: { q: 'TEST-VIEWER-1' } });
      expect(count._allProductsMeta.count).toBe(0);
    });

    it('refuses a forged token', async () => {
      api.anonymous.setToken('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.forged');
      const refused = await api.anonymous.request(AllProductsDocument, {}).catch((e: unknown) => e);
      api.anonymous.setToken(undefined);
      expect(refused).toBeInstanceOf(TierwiseError);
      expect((refused as TierwiseError).code).toBe('UNAUTHENTICATED');
    });
  });

  describe('SQL statements', () => {
    it('a page of bundles with issuer, eligible tiers and components costs the same number of statements whatever its size', async () => {
      const parts = (await api.viewer.request(AllProductsDocument, { filter: { type: 'FUND' }, perPage: 2 })).allProducts.map((p) => p.id);
      for (let i = 0; i < 12; i++) {
        await api.pm.request(CreateProductDocument, {
          ...newProduct(`NPLUS1-${String(i).padStart(2, '0')}`),
          type: 'BUNDLE',
          riskLevel: 'R5',
          componentIds: parts,
        });
      }
      const countFor = async (perPage: number) => {
        api.queries.reset();
        const page = await api.viewer.request(AllProductsDocument, { perPage, sortField: 'code', filter: { q: 'NPLUS1-' } });
        expect(page.allProducts).toHaveLength(perPage);
        expect(page.allProducts.every((p) => p.issuer && p.eligibleTiers.length === 2 && p.components.length === 2)).toBe(true);
        return api.queries.count;
      };
      const small = await countFor(2);
      const large = await countFor(12);
      expect(large).toBe(small);
      expect(large).toBeLessThanOrEqual(9);
    });

    it("the relation loaders' records are exactly what TypeORM's repository reads (every column type, money, dates, lists)", async () => {
      const ds = api.dataSource;
      const bundles = await ds.getRepository(Product).find({ where: { type: 'BUNDLE' as never }, take: 5 });
      const products = await ds.getRepository(Product).find({ take: 30, order: { code: 'ASC' } });
      expect(bundles.length).toBeGreaterThan(0);
      const ids = [...products, ...bundles].map((p) => p.id);
      expect(await byId(ds, Product).loadMany([...ids, 'no-such-id'])).toEqual([...ids.map((id) => [...products, ...bundles].find((p) => p.id === id)), null]);
      for (const bundle of bundles) {
        const links = await ds.query(`SELECT componentId FROM product_component WHERE bundleId = ? ORDER BY position`, [bundle.id]);
        const parts = await ds.getRepository(Product).findBy({ id: In(links.map((l: { componentId: string }) => l.componentId)) });
        const expected = links.map((l: { componentId: string }) => parts.find((p) => p.id === l.componentId));
        expect(await componentsOfBundle(ds).load(bundle.id)).toEqual(expected);
        expect(expected.length).toBeGreaterThan(0);
      }
      const tierLinks = await ds.query(`SELECT tierId FROM product_eligible_tier WHERE productId = ?`, [products[0].id]);
      const tiers = await ds.getRepository(Tier).findBy({ id: In(tierLinks.map((l: { tierId: string }) => l.tierId)) });
      const byIdOrder = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
      const loaded = await eligibleTiersOfProduct(ds).load(products[0].id);
      expect(byIdOrder(loaded)).toEqual(byIdOrder(tiers));
      expect(loaded[0]).toBeInstanceOf(Tier);
      for (const tier of tiers) {
        const entitlements = await ds.getRepository(TierBenefit).findBy({ tierId: tier.id });
        expect(entitlements.length).toBeGreaterThan(0);
        expect(byIdOrder(await entitlementsOfTier(ds).load(tier.id))).toEqual(byIdOrder(entitlements));
      }
    });
  });
});
