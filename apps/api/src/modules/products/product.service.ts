import { In, LessThanOrEqual } from 'typeorm';
import { bundleCycle, bundleViolations, effectiveProduct, isOnSale, productViolations, statusTransitionViolation, type RuleViolation } from '@tierwise/domain';
import { changesFrom, CrudRepository, equalityFilter } from '../../common/crud';
import { inTransaction, type RequestContext } from '../../common/context';
import { assertNoViolations, conflict, notFound } from '../../common/errors';
import { ProductStatus, ProductType } from '../../common/enums';
import type { ListArgs } from '../../common/list';
import { ExchangeRateService } from '../exchange-rates';
import { PartnerInstitution } from '../partners';
import { Tier } from '../tiers';
import { ProductComponent, ProductEligibleTier } from './product-links.entity';
import { ProductRevision } from './product-revision.entity';
import { newId } from '../../common/persistence/columns';
import { Product } from './product.entity';
import type { CreateProductArgs, ProductFilter, UpdateProductArgs } from './product.inputs';
import { componentsOfBundle, eligibleTiersOfProduct } from './product.loaders';
import { ProductErrors } from './product.errors';
import { suitabilityProduct } from './product-suitability';

const products = new CrudRepository(
  Product,
  'Product',
  ['code', 'name', 'nameEn', 'type', 'riskLevel', 'status', 'minInvestment', 'termDays', 'saleStartsAt', 'saleEndsAt', 'createdAt', 'updatedAt'],
  ['code', 'name', 'nameEn'],
);

const equalities = equalityFilter<ProductFilter>(['status', 'type', 'riskLevel', 'issuerId']);
const narrow = (filter?: ProductFilter) => (qb: ReturnType<typeof products.query>) => {
  equalities(filter)(qb);
  if (filter?.eligibleTierId) {
    qb.andWhere('EXISTS (SELECT 1 FROM product_eligible_tier pet WHERE pet.productId = e.id AND pet.tierId = :tierId)', { tierId: filter.eligibleTierId });
  }
};

interface Links {
  eligibleTierIds: string[];
  componentIds: string[];
}

async function readLinks(tx: RequestContext, id: string): Promise<Links> {
  const tiers = await tx.manager.find(ProductEligibleTier, { where: { productId: id } });
  const components = await tx.manager.find(ProductComponent, { where: { bundleId: id }, order: { position: 'ASC' } });
  return { eligibleTierIds: tiers.map((t) => t.tierId).sort(), componentIds: components.map((c) => c.componentId) };
}

/** References must exist; a bundle may not contain itself, directly or through another bundle. */
async function checkReferences(tx: RequestContext, id: string | null, issuerId: string | null, links: Links): Promise<RuleViolation[]> {
  const problems: RuleViolation[] = [];
  if (issuerId && !(await tx.manager.existsBy(PartnerInstitution, { id: issuerId }))) {
    problems.push({ code: ProductErrors.UNKNOWN_ISSUER, field: 'issuerId', message: `Partner institution ${issuerId} does not exist` });
  }
  if (links.eligibleTierIds.length) {
    const found = await tx.manager.findBy(Tier, { id: In(links.eligibleTierIds) });
    const missing = links.eligibleTierIds.filter((t) => !found.some((f) => f.id === t));
    if (missing.length) problems.push({ code: ProductErrors.UNKNOWN_TIER, field: 'eligibleTierIds', message: `Tier(s) ${missing.join(', ')} do not exist` });
  }
  if (links.componentIds.length) {
    const found = await tx.manager.findBy(Product, { id: In(links.componentIds) });
    const missing = links.componentIds.filter((c) => !found.some((f) => f.id === c));
    if (missing.length)
      problems.push({ code: ProductErrors.UNKNOWN_COMPONENT, field: 'componentIds', message: `Product(s) ${missing.join(', ')} do not exist` });
    if (id) {
      const edges = await tx.manager.find(ProductComponent, { order: { position: 'ASC' } });
      const graph = new Map<string, string[]>();
      for (const e of edges) if (e.bundleId !== id) graph.set(e.bundleId, [...(graph.get(e.bundleId) ?? []), e.componentId]);
      const cycle = bundleCycle(id, links.componentIds, graph);
      if (cycle) {
        const codes = new Map([...found.map((f) => [f.id, f.code] as const)]);
        const names = cycle.map((c) => codes.get(c) ?? 'this bundle');
        problems.push({ code: ProductErrors.BUNDLE_CYCLE, field: 'componentIds', message: `A bundle cannot contain itself (${names.join(' → ')})` });
      }
    }
  }
  return problems;
}

/**
 * Bring the link rows from `before` to `after`, touching only what changed: a new product's links are only inserted,
 * and an edit deletes and inserts just the differences (deleting a whole set first takes gap locks on MariaDB that
 * deadlock concurrent writers). Components keep their order, so a changed list is rewritten.
 */
async function writeLinks(tx: RequestContext, id: string, before: Links, after: Links) {
  const removed = before.eligibleTierIds.filter((t) => !after.eligibleTierIds.includes(t));
  const added = after.eligibleTierIds.filter((t) => !before.eligibleTierIds.includes(t));
  if (removed.length) await tx.manager.delete(ProductEligibleTier, { productId: id, tierId: In(removed) });
  if (added.length)
    await tx.manager.insert(
      ProductEligibleTier,
      added.map((tierId) => ({ productId: id, tierId })),
    );
  if (before.componentIds.join() !== after.componentIds.join()) {
    if (before.componentIds.length) await tx.manager.delete(ProductComponent, { bundleId: id });
    if (after.componentIds.length) {
      await tx.manager.insert(
        ProductComponent,
        after.componentIds.map((componentId, position) => ({ bundleId: id, componentId, position })),
      );
    }
  }
}

const dedupe = (ids: string[] | undefined) => (ids ? [...new Set(ids)] : undefined);

/**
 * After a write, every bundle it touches (the product itself, and the bundles that hold it, up the nesting) must still
 * be as risky as its riskiest component and offered only to tiers every component is offered to; otherwise the whole
 * write is refused, naming the bundle.
 */
async function assertBundlesConsistent(tx: RequestContext, changedIds: string[], now = new Date()) {
  const affected = new Set(changedIds);
  let level = changedIds;
  for (let depth = 0; depth < 6 && level.length; depth++) {
    const holders = await tx.manager.find(ProductComponent, { where: { componentId: In(level) } });
    level = [...new Set(holders.map((h) => h.bundleId))].filter((id) => !affected.has(id));
    level.forEach((id) => affected.add(id));
  }
  const bundles = await tx.manager.findBy(Product, { id: In([...affected]), type: ProductType.BUNDLE });
  const problems: RuleViolation[] = [];
  for (const bundle of bundles.filter((b) => b.status !== ProductStatus.RETIRED)) {
    const facts = await suitabilityProduct(tx, bundle);
    const components = (facts.components ?? []).map((c) => {
      const e = effectiveProduct(c, now);
      return { code: c.code, riskLevel: `R${e.riskRank}`, eligibleTierIds: e.eligibleTierIds };
    });
    problems.push(...bundleViolations(facts, components).map((v) => ({ ...v, message: `${bundle.code}: ${v.message}` })));
  }
  assertNoViolations(problems);
}

/** The offering catalogue: products with their issuer, eligible tiers and bundle components. */
/** Keep the product's terms at its current version, from now on (once per version: a retried write keeps the first). */
async function recordRevision(tx: RequestContext, productId: string): Promise<void> {
  const product = await tx.manager.findOneByOrFail(Product, { id: productId });
  if (await tx.manager.existsBy(ProductRevision, { productId, version: product.version })) return;
  const { createdAt: _c, updatedAt: _u, ...fields } = product;
  await tx.manager.insert(ProductRevision, {
    id: newId(),
    productId,
    version: product.version,
    effectiveFrom: new Date(),
    terms: { ...fields, ...(await readLinks(tx, productId)) },
    recordedBy: tx.actor?.email ?? (tx.partner ? `api key tw_${tx.partner.keyPrefix}` : 'system'),
  } as never);
}

export const ProductService = {
  list: (ctx: RequestContext, args: ListArgs, filter?: ProductFilter) => products.list(ctx, args, filter, narrow(filter)),
  count: (ctx: RequestContext, filter?: ProductFilter) => products.count(ctx, filter, narrow(filter)),
  get: (ctx: RequestContext, id: string) => products.get(ctx, id),

  create: (ctx: RequestContext, { eligibleTierIds, componentIds, ...args }: CreateProductArgs) =>
    inTransaction(ctx, async (tx) => {
      const values = {
        currency: 'CNY',
        requiresQualifiedInvestor: false,
        coolingOffHours: 0,
        targetRiskPreferences: [],
        targetLifeStages: [],
        targetOccupations: [],
        targetNeeds: [],
        ...args,
      };
      const links: Links = { eligibleTierIds: dedupe(eligibleTierIds) ?? [], componentIds: componentIds ?? [] };
      assertNoViolations([
        ...productViolations({
          type: values.type,
          currency: values.currency,
          minInvestment: values.minInvestment ?? null,
          expectedReturnMin: values.expectedReturnMin ?? null,
          expectedReturnMax: values.expectedReturnMax ?? null,
          revenueRate: values.revenueRate ?? null,
          saleStartsAt: values.saleStartsAt ?? null,
          saleEndsAt: values.saleEndsAt ?? null,
          requiresQualifiedInvestor: values.requiresQualifiedInvestor,
          coolingOffHours: values.coolingOffHours,
          componentIds: links.componentIds,
          status: values.status ?? ProductStatus.DRAFT,
          eligibleTierIds: links.eligibleTierIds,
          cnyPerUnit: await ExchangeRateService.rateOn(tx, values.currency),
        }),
        ...(await checkReferences(tx, null, values.issuerId ?? null, links)),
      ]);
      if (await tx.manager.existsBy(Product, { code: values.code })) throw conflict(`A product with code ${values.code} already exists`);
      const created = await products.create(tx, values, links);
      await writeLinks(tx, created.id, { eligibleTierIds: [], componentIds: [] }, links);
      await assertBundlesConsistent(tx, [created.id]);
      await recordRevision(tx, created.id);
      return created;
    }),

  update: (ctx: RequestContext, { eligibleTierIds, componentIds, ...args }: UpdateProductArgs) =>
    inTransaction(ctx, async (tx) => {
      const current = await products.get(tx, args.id);
      const changes = changesFrom(args, [
        'code',
        'name',
        'type',
        'riskLevel',
        'status',
        'currency',
        'requiresQualifiedInvestor',
        'coolingOffHours',
        'targetRiskPreferences',
        'targetLifeStages',
        'targetOccupations',
        'targetNeeds',
      ]);
      const before = await readLinks(tx, args.id);
      const after: Links = { eligibleTierIds: dedupe(eligibleTierIds)?.sort() ?? before.eligibleTierIds, componentIds: componentIds ?? before.componentIds };
      const merged = { ...current, ...changes };
      const transition = statusTransitionViolation(current.status, merged.status);
      assertNoViolations([
        ...(transition ? [transition] : []),
        ...productViolations({ ...merged, ...after, cnyPerUnit: await ExchangeRateService.rateOn(tx, merged.currency) }),
        ...(await checkReferences(tx, args.id, merged.issuerId, after)),
      ]);
      if (changes.code && changes.code !== current.code && (await tx.manager.existsBy(Product, { code: changes.code }))) {
        throw conflict(`A product with code ${changes.code} already exists`);
      }
      await writeLinks(tx, args.id, before, after);
      const updated = (await products.update(tx, args.id, args.version, changes, { before, after })).after;
      await assertBundlesConsistent(tx, [args.id]);
      await recordRevision(tx, args.id);
      return updated;
    }),

  /** Activate, suspend or retire several products at once: all or none, each change audited. */
  setStatus: (ctx: RequestContext, ids: string[], status: ProductStatus) =>
    inTransaction(ctx, async (tx) => {
      const found = await tx.manager.findBy(Product, { id: In(ids) });
      const missing = ids.filter((id) => !found.some((p) => p.id === id));
      if (missing.length) throw notFound('Product', missing.join(', '));
      const problems: RuleViolation[] = [];
      for (const product of found) {
        const links = await readLinks(tx, product.id);
        const transition = statusTransitionViolation(product.status, status);
        problems.push(
          ...[
            ...(transition ? [transition] : []),
            ...productViolations({ ...product, ...links, status, cnyPerUnit: await ExchangeRateService.rateOn(tx, product.currency) }),
          ].map((v) => ({
            ...v,
            message: `${product.code}: ${v.message}`,
          })),
        );
      }
      assertNoViolations(problems);
      const updated: Product[] = [];
      for (const product of found) {
        updated.push(product.status === status ? product : (await products.update(tx, product.id, product.version, { status })).after);
        await recordRevision(tx, product.id);
      }
      return updated;
    }),

  /** How many products there are by status, by type and by risk level (the dashboard's charts). */
  async stats(ctx: RequestContext) {
    const countBy = async (column: 'status' | 'type' | 'riskLevel') => {
      const rows: { key: string; count: string | number }[] = await ctx.manager
        .getRepository(Product)
        .createQueryBuilder('p')
        .select(`p.${column}`, 'key')
        .addSelect('COUNT(*)', 'count')
        .groupBy(`p.${column}`)
        .orderBy(`p.${column}`)
        .getRawMany();
      return rows.map((r) => ({ key: r.key, count: Number(r.count) }));
    };
    return { byStatus: await countBy('status'), byType: await countBy('type'), byRiskLevel: await countBy('riskLevel') };
  },

  delete: (ctx: RequestContext, id: string) =>
    inTransaction(ctx, async (tx) => {
      await products.get(tx, id);
      const inBundles = await tx.manager.find(ProductComponent, { where: { componentId: id } });
      if (inBundles.length) {
        const bundles = await tx.manager.findBy(Product, { id: In(inBundles.map((b) => b.bundleId)) });
        throw conflict(`This product is a component of ${bundles.map((b) => b.code).join(', ')}; remove it from those bundles first`);
      }
      const links = await readLinks(tx, id);
      return products.remove(tx, id, links);
    }),

  eligibleTiers: (ctx: RequestContext, id: string) => ctx.loaders.get(eligibleTiersOfProduct).load(id),
  /** The product's terms in force at `at` (the latest revision from before it), or null before it existed. */
  termsAt: async (ctx: RequestContext, productId: string, at: Date) =>
    (await ctx.manager.findOne(ProductRevision, {
      where: { productId, effectiveFrom: LessThanOrEqual(at) },
      order: { effectiveFrom: 'DESC', version: 'DESC' },
    })) ?? null,

  /** The terms of one version (an order's). */
  termsOfVersion: (ctx: RequestContext, productId: string, version: number) => ctx.manager.findOneBy(ProductRevision, { productId, version }),

  /** Every product's current terms kept as a revision (at start: products from before revisions were kept). */
  async keepCurrentTerms(ctx: RequestContext): Promise<number> {
    const missing: { id: string }[] = await ctx.manager
      .getRepository(Product)
      .createQueryBuilder('p')
      .select('p.id', 'id')
      .where('NOT EXISTS (SELECT 1 FROM product_revision r WHERE r.productId = p.id AND r.version = p.version)')
      .getRawMany();
    for (const { id } of missing) await inTransaction(ctx, (tx) => recordRevision(tx, id));
    return missing.length;
  },

  /** The tiers a product is offered to and a bundle's components, as its writes set them (for four eyes' diff). */
  links: (ctx: RequestContext, id: string) => readLinks(ctx, id),

  /** A bundle's components; a partner sees only those on sale, as it does at the top level (`partnerProduct`). */
  async components(ctx: RequestContext, id: string, now = new Date()) {
    const components = await ctx.loaders.get(componentsOfBundle).load(id);
    return ctx.partner ? components.filter((c) => isOnSale(c, now)) : components;
  },
};
