import type { DataSource, EntityManager } from 'typeorm';
import { ProductStatus } from '@tierwise/domain';
import { ProductEligibleTier, Product } from '../products';

export type CataloguedProduct = Product & { eligibleTierIds: string[] };

export interface ActiveCatalogue {
  byTier: Map<string, CataloguedProduct[]>;
  byId: Map<string, CataloguedProduct>;
}
interface Snapshot {
  stamp: string;
  catalogue: ActiveCatalogue;
}

const snapshots = new WeakMap<DataSource, Snapshot>();

/**
 * The active catalogue by eligible tier, kept in memory per process and checked on every use against a stamp (the
 * number of products, the sum of their versions and the latest change: every change of a product, its status or its
 * eligible tiers bumps a version and the change time). A change committed by any API instance is therefore seen by the next recommendation, and the
 * thousands of product rows are read again only when something changed.
 */
export async function activeCatalogue(manager: EntityManager): Promise<ActiveCatalogue> {
  const dataSource = manager.connection;
  const [row] = await manager.query('SELECT COUNT(*) AS n, COALESCE(SUM(version), 0) AS v, MAX(updatedAt) AS u FROM product');
  const stamp = `${row.n}:${row.v}:${row.u instanceof Date ? row.u.toISOString() : String(row.u)}`;
  const cached = snapshots.get(dataSource);
  if (cached?.stamp === stamp) return cached.catalogue;
  const [products, links] = await Promise.all([manager.find(Product, { where: { status: ProductStatus.ACTIVE } }), manager.find(ProductEligibleTier)]);
  const tiersOf = new Map<string, string[]>();
  for (const l of links) tiersOf.set(l.productId, [...(tiersOf.get(l.productId) ?? []), l.tierId]);
  const catalogue: ActiveCatalogue = { byTier: new Map(), byId: new Map() };
  for (const product of products) {
    const entry = Object.assign(product, { eligibleTierIds: tiersOf.get(product.id) ?? [] });
    catalogue.byId.set(entry.id, entry);
    for (const tierId of entry.eligibleTierIds) catalogue.byTier.set(tierId, [...(catalogue.byTier.get(tierId) ?? []), entry]);
  }
  snapshots.set(dataSource, { stamp, catalogue });
  return catalogue;
}
