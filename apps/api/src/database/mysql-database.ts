import { createConnection } from 'mysql2/promise';

/** Create the database named in a mysql:// URL if it does not exist (optionally dropping it first). */
export async function ensureMysqlDatabase(url: string, options: { recreate?: boolean } = {}): Promise<void> {
  const parsed = new URL(url.replace(/^mariadb:/, 'mysql:'));
  const name = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error(`Unsupported database name "${name}" in DATABASE_URL`);
  parsed.pathname = '/';
  const connection = await createConnection(parsed.toString());
  try {
    if (options.recreate) await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
    await connection.query(`CREATE DATABASE IF NOT EXISTS \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  } finally {
    await connection.end();
  }
}
