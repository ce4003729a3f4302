import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Insert many rows in multi-row statements, skipping rows whose key already exists. Values go through the
 * columns' transformers and the driver's conversions exactly as TypeORM's own inserts do, but without its per-row
 * query-builder work, which dominates the time of a synthetic population of a million customers (90 snapshots each).
 */
export function insertIgnoringExisting<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  rows: Partial<T>[],
  chunk = 1000,
): Promise<void> {
  return insertRows(manager, entity, rows, { chunk, ignoreExisting: true });
}

/** Insert many rows in multi-row statements (see `insertIgnoringExisting`); a duplicate key fails the statement. */
export async function insertRows<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  rows: Partial<T>[],
  o: { chunk?: number; ignoreExisting?: boolean } = {},
): Promise<void> {
  const chunk = o.chunk ?? 1000;
  if (rows.length === 0) return;
  const { driver } = manager.connection;
  const metadata = manager.connection.getMetadata(entity);
  const columns = metadata.columns.filter((c) => !c.isVirtual && (c.isGenerated === false || c.generationStrategy !== 'increment'));
  const names = columns.map((c) => driver.escape(c.databaseName)).join(', ');
  const verb = !o.ignoreExisting ? 'INSERT' : driver.options.type === 'better-sqlite3' ? 'INSERT OR IGNORE' : 'INSERT IGNORE';
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  for (let start = 0; start < rows.length; start += chunk) {
    const slice = rows.slice(start, start + chunk);
    const params: unknown[] = [];
    for (const row of slice) {
      for (const column of columns) {
        const value = column.getEntityValue(row as ObjectLiteral); // preparePersistentValue applies the transformer
        params.push(value === undefined ? (column.default ?? null) : driver.preparePersistentValue(value, column));
      }
    }
    await manager.query(`${verb} INTO ${driver.escape(metadata.tableName)} (${names}) VALUES ${slice.map(() => tuple).join(', ')}`, params);
  }
}
