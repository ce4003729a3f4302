import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DataSource, type Logger } from 'typeorm';
import { entities } from './entities';
import { sqliteMigrations } from './migrations/sqlite';
import { mysqlMigrations } from './migrations/mysql';

export interface DatabaseOptions {
  /** mysql://user:pass@host:3306/db, or undefined for the embedded SQLite file. */
  url?: string;
  /** SQLite file path (":memory:" for tests); ignored for MySQL. */
  sqlitePath?: string;
  logger?: Logger;
  /** Which server a mysql:// URL points at (from ensureMysqlDatabase); default mysql. */
  flavour?: 'mysql' | 'mariadb';
}

export function isMysqlUrl(url: string | undefined): url is string {
  return !!url && /^(mysql|mariadb):\/\//.test(url);
}

/** One DataSource for either database; the schema comes from that driver's migrations, never from synchronize. */
export function createDataSource(options: DatabaseOptions): DataSource {
  const common = { entities, synchronize: false, migrationsRun: false, logger: options.logger, logging: options.logger ? ['query', 'error'] as const : ['error'] as const };
  if (options.url !== undefined && options.url !== '') {
    if (!isMysqlUrl(options.url)) throw new Error(`DATABASE_URL must start with mysql:// (got "${String(options.url).split(':')[0]}:")`);
    return new DataSource({
      ...common,
      logging: [...common.logging],
      type: options.flavour ?? 'mysql',
      url: options.url.replace(/^mariadb:/, 'mysql:'),
      timezone: 'Z',
      charset: 'utf8mb4_unicode_ci',
      supportBigNumbers: true,
      bigNumberStrings: true,
      dateStrings: false,
      migrations: mysqlMigrations,
      poolSize: 10,
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
