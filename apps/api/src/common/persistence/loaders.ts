import DataLoader from 'dataloader';
import { In, type DataSource, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';

/** What a loader reads with: the data source, or the request's manager (a GraphQL query served by a read replica). */
export type RowSource = Pick<DataSource, 'getRepository' | 'manager'>;

/** The rows a manager reads, as a loader's source. */
export const rowSourceOf = (manager: EntityManager): RowSource => ({ manager, getRepository: (entity) => manager.getRepository(entity) });

export function byId<E extends ObjectLiteral & { id: string }>(ds: RowSource, entity: EntityTarget<E>) {
  return new DataLoader<string, E | null>(async (ids) => {
    const rows = await ds.getRepository(entity).findBy({ id: In([...ids]) } as never);
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

/** Records grouped by a key column; with `newestFirst`, each group sorted by that date column, latest first. */
export function groupBy<E extends ObjectLiteral>(
  ds: RowSource,
  entity: EntityTarget<E>,
  key: keyof E & string,
  options: { newestFirst?: keyof E & string } = {},
) {
  return new DataLoader<string, E[]>(async (keys) => {
    const rows = await ds.getRepository(entity).find({ where: { [key]: In([...keys]) } as never });
    const map = new Map<string, E[]>(keys.map((k) => [k, []]));
    for (const row of rows) map.get(row[key] as string)?.push(row);
    const by = options.newestFirst;
    if (by) for (const group of map.values()) group.sort((a, b) => (b[by] as Date).getTime() - (a[by] as Date).getTime());
    return keys.map((k) => map.get(k)!);
  });
}

/**
 * Records linked through a join table, in one query: the join rows say which record belongs to which
 * key (and in what order), the entities carry the data (deduplicated by TypeORM, hence the map).
 */
export function linked<E extends ObjectLiteral & { id: string }>(
  ds: RowSource,
  entity: EntityTarget<E>,
  link: new () => ObjectLiteral,
  keyColumn: string,
  targetColumn: string,
  order?: string,
) {
  return new DataLoader<string, E[]>(async (keys) => {
    const qb = ds
      .getRepository(entity)
      .createQueryBuilder('e')
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

/** A module's loader, made from the data source: defined beside the module's entities (`<concept>.loaders.ts`). */
export type LoaderFactory<T> = (ds: RowSource) => T;

/**
 * Per-request batching: a page of records with their relations costs one query per relation, not per row. Each loader
 * is created the first time a request asks for it (`ctx.loaders.get(tierById)`), so the kernel knows no module.
 */
export class LoaderCache {
  private readonly made = new Map<LoaderFactory<unknown>, unknown>();
  /** `source` is read when a loader is first made (a query may have moved the request to a replica by then). */
  constructor(private readonly source: () => RowSource) {}

  get<T>(factory: LoaderFactory<T>): T {
    if (!this.made.has(factory)) this.made.set(factory, factory(this.source()));
    return this.made.get(factory) as T;
  }
}
