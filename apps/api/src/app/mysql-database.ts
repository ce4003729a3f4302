import { createConnection } from 'mysql2/promise';

export type MysqlFlavour = 'mysql' | 'mariadb';

/**
 * Create the database named in a mysql:// URL if it does not exist (optionally dropping it first), and
 * tell whether the server is MySQL or MariaDB: TypeORM reads their schemas differently.
 */
export async function ensureMysqlDatabase(url: string, options: { recreate?: boolean } = {}): Promise<MysqlFlavour> {
  const parsed = new URL(url.replace(/^mariadb:/, 'mysql:'));
  const name = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error(`Unsupported database name "${name}" in DATABASE_URL`);
  parsed.pathname = '/';
  const connection = await createConnection(parsed.toString());
  try {
    if (options.recreate) await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
    const [existing] = await connection.query('SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?', [name]);
    if ((existing as unknown[]).length === 0) {
      await connection.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    }
    const [rows] = await connection.query('SELECT VERSION() AS version');
    return /mariadb/i.test((rows as { version: string }[])[0].version) ? 'mariadb' : 'mysql';
  } finally {
    await connection.end();
  }
}
