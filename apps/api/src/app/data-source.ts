import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DataSource, type Logger } from 'typeorm';
import { entities } from './entities';
import './subscriptions';
import { sqliteMigrations } from '../database/migrations/sqlite';
import { mysqlMigrations } from '../database/migrations/mysql';

export interface DatabaseOptions {
  /** mysql://user:pass@host:3306/db, or undefined for the embedded SQLite file. */
  url?: string;
  /** SQLite file path (":memory:" for tests); ignored for MySQL. */
  sqlitePath?: string;
  logger?: Logger;
  /** Which server a mysql:// URL points at (from ensureMysqlDatabase); default mysql. */
  flavour?: 'mysql' | 'mariadb';
  /**
   * Read replicas of `url` (MySQL only). Every statement still goes to the primary unless a caller asks for a replica's
   * query runner (the API does for GraphQL queries: see `server.ts`).
   */
  replicaUrls?: readonly string[];
}

export function isMysqlUrl(url: string | undefined): url is string {
  return !!url && /^(mysql|mariadb):\/\//.test(url);
}

/** One DataSource for either database; the schema comes from that driver's migrations, never from synchronize. */
export function createDataSource(options: DatabaseOptions): DataSource {
  const common = {
    entities,
    synchronize: false,
    migrationsRun: false,
    logger: options.logger,
    logging: options.logger ? (['query', 'error'] as const) : (['error'] as const),
  };
  if (options.url !== undefined && options.url !== '') {
    if (!isMysqlUrl(options.url)) throw new Error(`DATABASE_URL must start with mysql:// (got "${String(options.url).split(':')[0]}:")`);
    const url = options.url.replace(/^mariadb:/, 'mysql:');
    const replicas = (options.replicaUrls ?? []).map((u) => ({ url: u.replace(/^mariadb:/, 'mysql:') }));
    return new DataSource({
      ...common,
      logging: [...common.logging],
      type: options.flavour ?? 'mysql',
      ...(replicas.length ? { replication: { master: { url }, slaves: replicas, defaultMode: 'master' as const } } : { url }),
      timezone: 'Z',
      charset: 'utf8mb4_unicode_ci',
      supportBigNumbers: true,
      bigNumberStrings: true,
      dateStrings: false,
      migrations: mysqlMigrations,
      poolSize: 10,
      // mysql2 captures a stack trace at every query to lengthen a failed query's stack (7% of the API's CPU on the
      // recommendation path). Errors keep their own stack and MySQL's code and message; clients never see stacks.
      trace: false,
    });
  }
  const path = options.sqlitePath ?? './data/tierwise.sqlite';
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  return new DataSource({
    ...common,
    logging: [...common.logging],
    type: 'better-sqlite3',
    database: path,
    migrations: sqliteMigrations,
    enableWAL: path !== ':memory:',
    prepareDatabase: (db: { pragma: (s: string) => unknown }) => {
      db.pragma('foreign_keys = ON');
      db.pragma('busy_timeout = 5000');
    },
  });
}

/**
 * Migration records written before the names ended with their timestamp (`Initial1795936873028Sqlite`, which TypeORM
 * read as timestamp 6873028 and so ran out of order on SQLite) are renamed to the current names
 * (`InitialSqlite1795936873028`), so that a database migrated before is not migrated twice.
 */
async function renameLegacyMigrationRecords(dataSource: DataSource): Promise<void> {
  const runner = dataSource.createQueryRunner();
  try {
    if (!(await runner.hasTable('migrations'))) return;
  } finally {
    await runner.release();
  }
  for (const migration of dataSource.migrations) {
    const parts = /^(.*?)(Sqlite|Mysql)(\d{13})$/.exec(migration.name ?? '');
    if (!parts) continue;
    await dataSource.query('UPDATE migrations SET name = ?, timestamp = ? WHERE name = ?', [
      migration.name,
      Number(parts[3]),
      `${parts[1]}${parts[3]}${parts[2]}`,
    ]);
  }
}

/** Bring the schema up to date: every pending migration in timestamp order, each in its own transaction. */
export async function migrate(dataSource: DataSource) {
  await renameLegacyMigrationRecords(dataSource);
  return dataSource.runMigrations({ transaction: 'each' });
}
