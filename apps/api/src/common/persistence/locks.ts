import type { DataSource } from 'typeorm';

/**
 * A row lock held until the transaction ends (`SELECT … FOR UPDATE`) on MySQL/MariaDB; none on SQLite, whose writes
 * are serial and which has no row locks. Its reads after the lock see what the lock holders committed.
 */
export const writeLock = (dataSource: DataSource) => (dataSource.options.type === 'better-sqlite3' ? undefined : ({ mode: 'pessimistic_write' } as const));
