import type { EntityManager } from 'typeorm';

/** A datetime column moved by whole seconds, in the database's own date arithmetic (SQLite or MySQL/MariaDB). */
export function plusSeconds(manager: EntityManager, column: string, seconds: number): string {
  return manager.connection.driver.options.type === 'better-sqlite3'
    ? `strftime('%Y-%m-%d %H:%M:%f', ${column}, '${seconds >= 0 ? '+' : ''}${seconds} seconds')`
    : `${column} + INTERVAL ${seconds} SECOND`;
}
