/**
 * Writes a migration for each driver with the SQL TypeORM needs to bring an up-to-date database to the
 * entities: `npm run migration:generate -w @tierwise/api -- <Name>` (needs MYSQL_URL for the MySQL one).
 * Both migration sets are then checked by the migration test: after them, no schema change is pending.
 */
import 'reflect-metadata';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDataSource, migrate } from '../app/data-source';
import { ensureMysqlDatabase } from '../app/mysql-database';

async function generate(kind: 'sqlite' | 'mysql', name: string, stamp: number) {
  const flavour = kind === 'mysql' ? await ensureMysqlDatabase(process.env.MYSQL_URL!) : undefined;
  const ds = createDataSource(kind === 'mysql' ? { url: process.env.MYSQL_URL, flavour } : { sqlitePath: ':memory:' });
  await ds.initialize();
  await migrate(ds);
  const sql = await ds.driver.createSchemaBuilder().log();
  await ds.destroy();
  if (sql.upQueries.length === 0) {
    console.log(`${kind}: no changes`);
    return;
  }
  const esc = (q: string) => '`' + q.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
  // The timestamp ends the name: TypeORM orders migrations by the last 13 characters of it.
  const className = `${name}${kind === 'mysql' ? 'Mysql' : 'Sqlite'}${stamp}`;
  const dir = join(__dirname, '../../src/database/migrations', kind);
  const body = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(q: QueryRunner): Promise<void> {
${sql.upQueries.map((u) => `    await q.query(${esc(u.query)});`).join('\n')}
  }

  async down(q: QueryRunner): Promise<void> {
${sql.downQueries
  .reverse()
  .map((u) => `    await q.query(${esc(u.query)});`)
  .join('\n')}
  }
}
`;
  const file = `${stamp}-${name.replace(/[A-Z]/g, (c, i) => (i ? '-' : '') + c.toLowerCase())}.ts`;
  writeFileSync(join(dir, file), body);
  const classes = readdirSync(dir)
    .filter((f) => /^\d+-.*\.ts$/.test(f))
    .sort();
  const imports = classes.map((f) => {
    const src = require('node:fs').readFileSync(join(dir, f), 'utf8') as string;
    const cls = /export class (\w+)/.exec(src)![1];
    return { cls, mod: `./${f.replace(/\.ts$/, '')}` };
  });
  writeFileSync(
    join(dir, 'index.ts'),
    `${imports.map((i) => `import { ${i.cls} } from '${i.mod}';`).join('\n')}\n\n/** In order; a new one is appended by scripts/generate-migration.ts. */\nexport const ${kind}Migrations = [${imports.map((i) => i.cls).join(', ')}];\n`,
  );
  console.log(`${kind}: wrote ${file} (${sql.upQueries.length} statements)`);
}

async function main() {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('usage: generate-migration <PascalCaseName>');
  const stamp = Date.now();
  await generate('sqlite', name, stamp);
  if (process.env.MYSQL_URL) await generate('mysql', name, stamp);
  else console.log('mysql: skipped (set MYSQL_URL to an empty MySQL/MariaDB database)');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
