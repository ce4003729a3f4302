import DataLoader from 'dataloader';
import { In, type DataSource, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { Benefit } from '../modules/benefits/benefit.entity';
import { CustomerNeed } from '../modules/needs/needs.entities';
import { Holding } from '../modules/customers/holding.entity';
import { TierChange } from '../modules/customers/tier-change.entity';
import { RiskAssessment } from '../modules/customers/risk-assessment.entity';
import { Consent } from '../modules/customers/consent.entity';
import { countSegments, type SegmentCount } from '../modules/customers/segments.service';
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

function groupBy<E extends ObjectLiteral>(ds: DataSource, entity: EntityTarget<E>, key: keyof E & string) {
  return new DataLoader<string, E[]>(async (keys) => {
    const rows = await ds.getRepository(entity).find({ where: { [key]: In([...keys]) } as never });
    const map = new Map<string, E[]>(keys.map((k) => [k, []]));
    for (const row of rows) map.get(row[key] as string)?.push(row);
    return keys.map((k) => map.get(k)!);
  });
}

/**
 * Records linked through a join table, in one query: the join rows say which record belongs to which
 * key (and in what order), the entities carry the data (deduplicated by TypeORM, hence the map).
 */
function linked<E extends ObjectLiteral & { id: string }>(
  ds: DataSource, entity: EntityTarget<E>, link: new () => ObjectLiteral, keyColumn: string, targetColumn: string, order?: string,
) {
  return new DataLoader<string, E[]>(async (keys) => {
    const qb = ds.getRepository(entity).createQueryBuilder('e')
      .innerJoin(link, 'l', `l.${targetColumn} = e.id`)
      .addSelect(`l.${keyColumn}`, 'linkKey')
      .where(`l.${keyColumn} IN (:...keys)`, { keys: [...keys] });
    if (order) qb.orderBy(`l.${order}`, 'ASC');
    const { raw, entities } = await qb.getRawAndEntities();
    const byId = new Map(entities.map((e) => [e.id, e]));
    const map = new Map<string, E[]>(keys.map((k) => [k, []]));
    for (const row of raw as Record<string, string>[]) {
      const found = byId.get(row.e_id);
      if (found) map.get(row.linkKey)?.push(found);
    }
    return keys.map((k) => map.get(k)!);
  });
}

/** Per-request batching: a page of records with their relations costs one query per relation, not per row. */
export function createLoaders(ds: DataSource) {
  return {
    partner: byId(ds, PartnerInstitution),
    tier: byId(ds, Tier),
    product: byId(ds, Product),
    benefit: byId(ds, Benefit),
    eligibleTiersOfProduct: linked(ds, Tier, ProductEligibleTier, 'productId', 'tierId'),
    componentsOfBundle: linked(ds, Product, ProductComponent, 'bundleId', 'componentId', 'position'),
    entitlementsOfTier: groupBy(ds, TierBenefit, 'tierId'),
    entitlementsOfBenefit: groupBy(ds, TierBenefit, 'benefitId'),
    holdingsOfCustomer: groupBy(ds, Holding, 'customerId'),
    tierChangesOfCustomer: groupBy(ds, TierChange, 'customerId'),
    assessmentsOfCustomer: groupBy(ds, RiskAssessment, 'customerId'),
    consentsOfCustomer: groupBy(ds, Consent, 'customerId'),
    needsOfCustomer: groupBy(ds, CustomerNeed, 'customerId'),
    /** Every segment's count, read once per request however many saved segments a page shows. */
    segmentCells: new DataLoader<'all', SegmentCount[]>(async (keys) => {
      const cells = await countSegments(ds.manager);
      return keys.map(() => cells);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
