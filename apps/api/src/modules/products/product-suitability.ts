import { In } from 'typeorm';
import { ProductType, type SuitabilityProduct } from '@tierwise/domain';
import type { RequestContext } from '../../common/context';
import { ProductComponent, ProductEligibleTier } from './product-links.entity';
import { Product } from './product.entity';

/** Bundles nest at most this deep (a cycle is refused on write; this only bounds the walk). */
const MAX_DEPTH = 5;

/** A product as the rules read it, with its components (and theirs). */
export type RuleProduct = Product & { eligibleTierIds: string[]; components: RuleProduct[] };

/**
 * A product as the suitability and bundle rules read it: its eligible tiers and, for a bundle, its components (and
 * theirs), whose risk, tiers and status the decision takes into account. Read in the caller's transaction, so it is
 * what a write in the same transaction just stored (one product is decided at a time here; lists use the catalogue cache).
 */
export async function suitabilityProduct(ctx: RequestContext, product: Product, depth = 0): Promise<RuleProduct & SuitabilityProduct> {
  const bundle = product.type === ProductType.BUNDLE && depth < MAX_DEPTH;
  const [tiers, parts] = await Promise.all([
    ctx.manager.find(ProductEligibleTier, { where: { productId: product.id } }),
    bundle ? ctx.manager.find(ProductComponent, { where: { bundleId: product.id }, order: { position: 'ASC' } }) : Promise.resolve([]),
  ]);
  const found = parts.length ? await ctx.manager.findBy(Product, { id: In(parts.map((p) => p.componentId)) }) : [];
  const components = parts.flatMap((p) => found.filter((c) => c.id === p.componentId));
  return Object.assign(product, {
    eligibleTierIds: tiers.map((t) => t.tierId),
    components: await Promise.all(components.map((c) => suitabilityProduct(ctx, c, depth + 1))),
  });
}
