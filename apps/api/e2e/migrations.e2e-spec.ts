import { createTestDatabase, databaseKinds } from '../test-utils/harness';

describe.each(databaseKinds())('migrations on %s', (kind) => {
  it('build the whole schema on an empty database, leaving no pending change against the entities', async () => {
    const dataSource = await createTestDatabase(kind, __filename);
    try {
      const executed = await dataSource.query('SELECT name FROM migrations');
      expect(executed.length).toBe(dataSource.migrations.length);
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
      await dataSource.runMigrations();
      expect((await dataSource.driver.createSchemaBuilder().log()).upQueries).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
  });
});
