import { ProductType, type SuitabilityProduct } from '@tierwise/domain';
import type { RequestContext } from '../../common/context';
import type { Product } from './product.entity';
import { componentsOfBundle, eligibleTiersOfProduct } from './product.loaders';

/** Bundles nest at most this deep (a cycle is refused on write; this only bounds the walk). */
const MAX_DEPTH = 5;

/**
 * A product as the suitability rules read it: its eligible tiers and, for a bundle, its components (and theirs), whose
 * risk, tiers and status the decision takes into account. Batched through the request's loaders.
 */
export async function suitabilityProduct(ctx: RequestContext, product: Product, depth = 0): Promise<SuitabilityProduct & Product> {
  const [tiers, components] = await Promise.all([
    ctx.loaders.get(eligibleTiersOfProduct).load(product.id),
    product.type === ProductType.BUNDLE && depth < MAX_DEPTH ? ctx.loaders.get(componentsOfBundle).load(product.id) : Promise.resolve([]),
  ]);
  return Object.assign(product, {
    eligibleTierIds: tiers.map((t) => t.id),
    components: await Promise.all(components.map((c) => suitabilityProduct(ctx, c, depth + 1))),
  });
}
