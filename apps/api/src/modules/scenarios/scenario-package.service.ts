import { In } from 'typeorm';
import { needMatchReason, recommendableFor } from '@tierwise/domain';
import { inTransaction, type RequestContext } from '../../common/context';
import { changesFrom, CrudRepository } from '../../common/crud';
import { assertNoViolations, notFound } from '../../common/errors';
import type { ListArgs } from '../../common/list';
import { Benefit } from '../benefits';
import { Customer } from '../customers';
import { recommendationProfile, suitabilityPolicy } from '../risk-profile';
import { NeedService } from '../needs';
import { OrderService } from '../orders';
import { PartnerInstitution } from '../partners';
import { Product } from '../products';
import { TierBenefit } from '../tiers';
import { activeCatalogue } from '../recommendations';
import { ScenarioPackage } from './scenario-package.entity';
import type { CreateScenarioPackageArgs, ScenarioPackageFilter, UpdateScenarioPackageArgs } from './scenario-package.inputs';
import { ScenarioPackageErrors } from './scenario-package.errors';

const packages = new CrudRepository(ScenarioPackage, 'ScenarioPackage', ['code', 'name', 'need', 'createdAt', 'updatedAt'], ['code', 'name', 'nameEn']);

/** Every id named exists, or the whole write is refused naming the missing ones. */
async function assertComponentsExist(tx: RequestContext, args: { productIds?: string[]; partnerIds?: string[]; benefitIds?: string[] }) {
  const problems = [];
  for (const [field, entity, ids] of [
    ['productIds', Product, args.productIds],
    ['partnerIds', PartnerInstitution, args.partnerIds],
    ['benefitIds', Benefit, args.benefitIds],
  ] as const) {
    if (!ids?.length) continue;
    const found = new Set((await tx.manager.find(entity, { select: { id: true }, where: { id: In(ids) } })).map((r) => r.id));
    const missing = ids.filter((id) => !found.has(id));
    if (missing.length) problems.push({ field, code: ScenarioPackageErrors.UNKNOWN_COMPONENT, message: `${field}: no such record ${missing.join(', ')}` });
  }
  assertNoViolations(problems);
}

/** Scenario packages: the catalogue of bundles, and which of them a customer's needs bring forward. */
export const ScenarioPackageService = {
  list: (ctx: RequestContext, args: ListArgs, filter?: ScenarioPackageFilter) => packages.list(ctx, args, filter, undefined, { defaultSort: 'code' }),
  count: (ctx: RequestContext, filter?: ScenarioPackageFilter) => packages.count(ctx, filter),
  get: (ctx: RequestContext, id: string) => packages.get(ctx, id),
  create: (ctx: RequestContext, args: CreateScenarioPackageArgs) =>
    inTransaction(ctx, async (tx) => {
      await assertComponentsExist(tx, args);
      return packages.create(tx, {
        ...args,
        productIds: args.productIds ?? [],
        partnerIds: args.partnerIds ?? [],
        benefitIds: args.benefitIds ?? [],
        active: args.active ?? true,
        partnerOrders: args.partnerOrders ?? false,
      });
    }),
  update: (ctx: RequestContext, args: UpdateScenarioPackageArgs) =>
    inTransaction(ctx, async (tx) => {
      await assertComponentsExist(tx, args);
      return (
        await packages.update(
          tx,
          args.id,
          args.version,
          changesFrom(args, ['code', 'name', 'need', 'productIds', 'partnerIds', 'benefitIds', 'active', 'partnerOrders']),
        )
      ).after;
    }),
  delete: (ctx: RequestContext, id: string) => inTransaction(ctx, (tx) => packages.remove(tx, id)),

  /** The active package that lets this partner refer orders for this product (the first by code), or null. */
  async allowingPartnerOrder(ctx: RequestContext, partnerId: string, productId: string): Promise<ScenarioPackage | null> {
    const candidates = await ctx.manager.find(ScenarioPackage, { where: { active: true, partnerOrders: true }, order: { code: 'ASC' } });
    return candidates.find((p) => p.partnerIds.includes(partnerId) && p.productIds.includes(productId)) ?? null;
  },

  /**
   * The active packages for the customer's needs in force, strongest need first. Each keeps only the products the
   * customer may be offered (suitability and affordability, as for single recommendations); the rest are counted.
   */
  async forCustomer(ctx: RequestContext, customerId: string, now = new Date()) {
    const customer = await ctx.manager.findOneBy(Customer, { id: customerId });
    if (!customer) throw notFound('Customer', customerId);
    const needs = await NeedService.active(ctx, customerId, now);
    if (needs.length === 0 || (await OrderService.inCoolingOff(ctx, customerId, now))) return []; // cooling-off: nobody pitches
    const matching = await ctx.manager.find(ScenarioPackage, { where: { active: true, need: In(needs.map((n) => n.need)) } });
    // Only active products can be offered: the cached active catalogue has them with their eligible tiers.
    const catalogue = await activeCatalogue(ctx.manager);
    const products = [...new Set(matching.flatMap((p) => p.productIds))].flatMap((id) => catalogue.byId.get(id) ?? []);
    const check = recommendableFor(await recommendationProfile(ctx, customer, { needs }), now, suitabilityPolicy());
    const suitable = new Set(products.filter((p) => check.allows(p)).map((p) => p.id));
    const weightOf = new Map(needs.map((n) => [n.need, n.weight]));
    // Benefits are offered only where the customer's tier grants them: the package is shown with those alone.
    const granted = new Set(
      customer.tierId ? (await ctx.manager.find(TierBenefit, { select: { benefitId: true }, where: { tierId: customer.tierId } })).map((e) => e.benefitId) : [],
    );
    return matching
      .sort((a, b) => weightOf.get(b.need)! - weightOf.get(a.need)! || a.code.localeCompare(b.code))
      .map((pkg) => ({
        package: Object.assign(Object.create(Object.getPrototypeOf(pkg)) as ScenarioPackage, pkg, {
          benefitIds: pkg.benefitIds.filter((id) => granted.has(id)),
        }),
        withheldBenefits: pkg.benefitIds.filter((id) => !granted.has(id)).length,
        products: products.filter((p) => pkg.productIds.includes(p.id) && suitable.has(p.id)),
        withheldProducts: pkg.productIds.filter((id) => !suitable.has(id)).length,
        reasons: [needMatchReason(pkg.need)],
      }));
  },
};
