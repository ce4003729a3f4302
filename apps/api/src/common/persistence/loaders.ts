import DataLoader from 'dataloader';
import { type DataSource, type EntityManager, type EntityMetadata, type EntityTarget, type ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

/** What a loader reads with: the data source, or the request's manager (a GraphQL query served by a read replica). */
export type RowSource = Pick<DataSource, 'getRepository' | 'manager'>;

/** The rows a manager reads, as a loader's source. */
export const rowSourceOf = (manager: EntityManager): RowSource => ({ manager, getRepository: (entity) => manager.getRepository(entity) });

/** An entity's stored columns, each with the name it is selected as (`c0`, `c1`, …), worked out once per entity. */
const selections = new WeakMap<EntityMetadata, { list: string; columns: [string, ColumnMetadata][] }>();
function selectionOf(metadata: EntityMetadata, escape: (name: string) => string, alias: string) {
  let known = selections.get(metadata);
  if (!known) {
    const columns = metadata.columns.filter((c) => !c.isVirtual).map((c, i) => [`c${i}`, c] as [string, ColumnMetadata]);
    known = { list: columns.map(([as, c]) => `${alias}.${escape(c.databaseName)} AS ${as}`).join(', '), columns };
    selections.set(metadata, known);
  }
  return known;
}

/**
 * The rows of a batch loader's statement, each with its entity: the SQL is written directly (the same for every batch of
 * a size) and each record hydrated once — however many rows it is on — the way TypeORM does (`prepareHydratedValue`:
 * types and column transformers), without building a query builder per batch; a page of records asks its loaders on
 * every request.
 */
async function entityRows<E extends ObjectLiteral & { id: string }>(
  ds: RowSource,
  entity: EntityTarget<E>,
  statement: (select: string, table: string, escape: (name: string) => string) => string,
  parameters: unknown[],
): Promise<{ entity: E; row: Record<string, unknown> }[]> {
  const metadata = ds.getRepository(entity).metadata;
  const driver = metadata.connection.driver;
  const escape = (name: string) => driver.escape(name);
  const selection = selectionOf(metadata, escape, 'e');
  const idAs = selection.columns.find(([, c]) => c.propertyName === 'id')![0];
  const rows = (await ds.manager.query(statement(selection.list, escape(metadata.tablePath), escape), parameters)) as Record<string, unknown>[];
  const made = new Map<unknown, E>();
  return rows.map((row) => {
    let record = made.get(row[idAs]);
    if (!record) {
      record = metadata.create(undefined, { fromDeserializer: true }) as E;
      for (const [as, column] of selection.columns) if (row[as] !== undefined) column.setEntityValue(record, driver.prepareHydratedValue(row[as], column));
      made.set(row[idAs], record);
    }
    return { entity: record, row };
  });
}

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

export function byId<E extends ObjectLiteral & { id: string }>(ds: RowSource, entity: EntityTarget<E>) {
  return new DataLoader<string, E | null>(async (ids) => {
    const rows = await entityRows(ds, entity, (select, table, q) => `SELECT ${select} FROM ${table} e WHERE e.${q('id')} IN (${placeholders(ids.length)})`, [
      ...ids,
    ]);
    const map = new Map(rows.map(({ entity: r }) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

/** Records grouped by a key column; with `newestFirst`, each group sorted by that date column, latest first. */
export function groupBy<E extends ObjectLiteral & { id: string }>(
  ds: RowSource,
  entity: EntityTarget<E>,
  key: keyof E & string,
  options: { newestFirst?: keyof E & string } = {},
) {
  return new DataLoader<string, E[]>(async (keys) => {
    const keyColumn = ds.getRepository(entity).metadata.findColumnWithPropertyName(key)!.databaseName;
    const rows = await entityRows(
      ds,
      entity,
      (select, table, q) => `SELECT ${select} FROM ${table} e WHERE e.${q(keyColumn)} IN (${placeholders(keys.length)})`,
      [...keys],
    );
    const map = new Map<string, E[]>(keys.map((k) => [k, []]));
    for (const { entity: row } of rows) map.get(row[key] as string)?.push(row);
    const by = options.newestFirst;
    if (by) for (const group of map.values()) group.sort((a, b) => (b[by] as Date).getTime() - (a[by] as Date).getTime());
    return keys.map((k) => map.get(k)!);
  });
}

/**
 * Records linked through a join table, in one query: the join rows say which record belongs to which
 * key (and in what order), the entities carry the data (one object per record, however many keys it belongs to).
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
    const linkTable = ds.getRepository(link).metadata.tablePath;
    const rows = await entityRows(
      ds,
      entity,
      (select, table, q) =>
        `SELECT ${select}, l.${q(keyColumn)} AS linkKey FROM ${table} e INNER JOIN ${q(linkTable)} l ON l.${q(targetColumn)} = e.${q('id')} ` +
        `WHERE l.${q(keyColumn)} IN (${placeholders(keys.length)})${order ? ` ORDER BY l.${q(order)} ASC` : ''}`,
      [...keys],
    );
    const map = new Map<string, E[]>(keys.map((k) => [k, []]));
    for (const { entity: record, row } of rows) map.get(String(row.linkKey))?.push(record);
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
