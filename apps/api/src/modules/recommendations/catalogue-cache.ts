import { In, type DataSource, type EntityManager } from 'typeorm';
import { prepareProduct, ProductStatus, rankingCatalogue, withinSaleWindow, type PreparedProduct, type RankingCatalogue } from '@tierwise/domain';
import { ProductComponent, ProductEligibleTier, Product } from '../products';

/** A product with its eligible tiers and, for a bundle, its components (any status: one not on sale stops the bundle). */
export type CataloguedProduct = Product & { eligibleTierIds: string[]; components: CataloguedProduct[] };

export interface ActiveCatalogue {
  byTier: Map<string, CataloguedProduct[]>;
  byId: Map<string, CataloguedProduct>;
  /** `candidates` memoised per (tier, highest risk rank), with the span of time over which it holds. */
  candidates: Map<string, Candidates & { from: number; until: number }>;
}
/** A prefiltered candidate list, and the same grouped for ranking with each one's product side (constant over the list's span). */
export interface Candidates {
  list: CataloguedProduct[];
  ranking: RankingCatalogue;
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
  const [products, links, parts] = await Promise.all([
    manager.find(Product, { where: { status: ProductStatus.ACTIVE } }),
    manager.find(ProductEligibleTier),
    manager.find(ProductComponent, { order: { position: 'ASC' } }),
  ]);
  const tiersOf = new Map<string, string[]>();
  for (const l of links) tiersOf.set(l.productId, [...(tiersOf.get(l.productId) ?? []), l.tierId]);
  const partsOf = new Map<string, string[]>();
  for (const p of parts) partsOf.set(p.bundleId, [...(partsOf.get(p.bundleId) ?? []), p.componentId]);
  const all = new Map(products.map((p) => [p.id, p]));
  const missing = [...new Set(parts.map((p) => p.componentId))].filter((id) => !all.has(id));
  if (missing.length) for (const p of await manager.findBy(Product, { id: In(missing) })) all.set(p.id, p);
  const entries = new Map<string, CataloguedProduct>();
  const entry = (product: Product, depth = 0): CataloguedProduct => {
    const known = entries.get(product.id);
    if (known) return known;
    const made = Object.assign(product, { eligibleTierIds: tiersOf.get(product.id) ?? [], components: [] as CataloguedProduct[] });
    entries.set(product.id, made);
    if (depth < 5) made.components = (partsOf.get(product.id) ?? []).flatMap((id) => (all.has(id) ? [entry(all.get(id)!, depth + 1)] : []));
    return made;
  };
  const catalogue: ActiveCatalogue = { byTier: new Map(), byId: new Map(), candidates: new Map() };
  for (const product of products) {
    const item = entry(product);
    catalogue.byId.set(item.id, item);
    for (const tierId of item.eligibleTierIds) catalogue.byTier.set(tierId, [...(catalogue.byTier.get(tierId) ?? []), item]);
  }
  snapshots.set(dataSource, { stamp, catalogue });
  return catalogue;
}

/**
 * The prefilter of a recommendation: the tier's products on sale at `now`, investment products only up to the
 * customer's highest risk rank (the domain's rules then decide each one). The same for every customer of the tier and
 * rank until a sale window (of a product or of a bundle's component) opens or closes, so it is worked out once per
 * (tier, rank) and kept with the catalogue — a new catalogue stamp starts afresh — for the span between the last such
 * instant at or before `now` and the next one after it; so are the product side of each candidate's suitability (its
 * status, sale windows and bundle attributes cannot change within the span) and the candidates' ranking classes, by
 * which the domain's rules and fit are decided once per class instead of once per product for every customer.
 */
export function candidates(catalogue: ActiveCatalogue, tierId: string, highest: number, now: Date): Candidates {
  const key = `${tierId}|${highest}`;
  const at = now.getTime();
  const known = catalogue.candidates.get(key);
  if (known && at >= known.from && at < known.until) return known;
  const products = catalogue.byTier.get(tierId) ?? [];
  let from = -Infinity;
  let until = Infinity;
  const edges = (p: CataloguedProduct, depth = 0) => {
    for (const edge of [p.saleStartsAt, p.saleEndsAt]) {
      if (!edge) continue;
      const t = edge.getTime();
      if (t > at) until = Math.min(until, t);
      else from = Math.max(from, t);
    }
    if (depth < 5) for (const c of p.components) edges(c, depth + 1);
  };
  for (const p of products) edges(p);
  const kept = new Map<object, PreparedProduct>();
  const list = products.filter((p) => {
    if (!withinSaleWindow(p, now)) return false;
    const side = prepareProduct(p, now);
    kept.set(p, side);
    return !side.effective.investment || side.effective.riskRank <= highest;
  });
  const made = { from, until, list, ranking: rankingCatalogue(list, now, (p) => kept.get(p) ?? prepareProduct(p, now)) };
  catalogue.candidates.set(key, made);
  return made;
}
