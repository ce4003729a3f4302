import DataLoader from 'dataloader';
import { In, type DataSource, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { Benefit } from '../modules/benefits/benefit.entity';
import { TierBenefit } from '../modules/benefits/tier-benefit.entity';
import { PartnerInstitution } from '../modules/partners/partner.entity';
import { ProductComponent, ProductEligibleTier } from '../modules/products/product-links.entity';
import { Product } from '../modules/products/product.entity';
import { Tier } from '../modules/tiers/tier.entity';

function byId<E extends ObjectLiteral & { id: string }>(ds: DataSource, entity: EntityTarget<E>) {
  return new DataLoader<string, E | null>(async (ids) => {
    const rows = await ds.getRepository(entity).findBy({ id: In([...ids]) } as never);
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

function groupBy<E extends ObjectLiteral>(ds: DataSource, entity: EntityTarget<E>, key: keyof E & string, order?: keyof E & string) {
  return new DataLoader<string, E[]>(async (keys) => {
    const rows = await ds.getRepository(entity).find({ where: { [key]: In([...keys]) } as never, order: order ? ({ [order]: 'ASC' } as never) : undefined });
    const map = new Map<string, E[]>(keys.map((k) => [k, []]));
    for (const row of rows) map.get(row[key] as string)?.push(row);
    return keys.map((k) => map.get(k)!);
  });
}

/** Per-request batching: a page of records with their relations costs one query per relation, not per row. */
export function createLoaders(ds: DataSource) {
  return {
    partner: byId(ds, PartnerInstitution),
    tier: byId(ds, Tier),
    benefit: byId(ds, Benefit),
    product: byId(ds, Product),
    eligibleTiersOfProduct: groupBy(ds, ProductEligibleTier, 'productId'),
    componentsOfBundle: groupBy(ds, ProductComponent, 'bundleId', 'position'),
    entitlementsOfTier: groupBy(ds, TierBenefit, 'tierId'),
    entitlementsOfBenefit: groupBy(ds, TierBenefit, 'benefitId'),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** Load many ids through a loader, dropping ones that no longer exist. */
export async function loadExisting<T>(loader: DataLoader<string, T | null>, ids: readonly string[]): Promise<T[]> {
  return (await loader.loadMany(ids)).filter((x): x is T => x !== null && !(x instanceof Error));
}
