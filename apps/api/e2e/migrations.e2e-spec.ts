import { migrate } from '../src/app/data-source';
import { createTestDatabase, databaseKinds } from '../test-utils/harness';

describe.each(databaseKinds())('migrations on %s', (kind) => {
  it('build the whole schema on an empty database, leaving no pending change against the entities', async () => {
    const dataSource = await createTestDatabase(kind, __filename);
    try {
      // Applied in the order they were written (the first creates the catalogue the later ones build on).
      const executed: { name: string }[] = await dataSource.query('SELECT name FROM migrations ORDER BY id');
      expect(executed.map((m) => m.name)).toEqual(dataSource.migrations.map((m) => m.name));
      expect(executed[0].name).toMatch(/^Initial/);
      const pending = await dataSource.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
  });

  it('can be reverted to an empty database and applied again', async () => {
    const dataSource = await createTestDatabase(kind, `${__filename}-revert`);
    try {
      for (let i = 0; i < dataSource.migrations.length; i++) await dataSource.undoLastMigration();
      const runner = dataSource.createQueryRunner();
      const left = [];
      for (const { tableName } of dataSource.entityMetadatas) if (await runner.hasTable(tableName)) left.push(tableName);
      await runner.release();
      expect(left).toEqual([]);
      await migrate(dataSource);
      expect((await dataSource.driver.createSchemaBuilder().log()).upQueries).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
  });

  it('recognises a database migrated under the earlier names (timestamp before the driver), running nothing twice', async () => {
    const dataSource = await createTestDatabase(kind, `${__filename}-legacy`);
    try {
      for (const m of dataSource.migrations) {
        const [, name, driver, stamp] = /^(.*?)(Sqlite|Mysql)(\d{13})$/.exec(m.name!)!;
        await dataSource.query('UPDATE migrations SET name = ? WHERE name = ?', [`${name}${stamp}${driver}`, m.name]);
      }
      expect(await migrate(dataSource)).toEqual([]);
      const names: { name: string }[] = await dataSource.query('SELECT name FROM migrations ORDER BY id');
      expect(names.map((m) => m.name)).toEqual(dataSource.migrations.map((m) => m.name));
    } finally {
      await dataSource.destroy();
    }
  });
});
