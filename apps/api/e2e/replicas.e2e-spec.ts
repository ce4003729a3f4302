import { AllProductsDocument, AllTiersDocument, createTierwiseClient, UpdateTierDocument, type TierwiseClient } from '@tierwise/client';
import type { DataSource } from 'typeorm';
import { loadConfig } from '../src/app/config';
import { createDataSource, migrate } from '../src/app/data-source';
import { ensureMysqlDatabase } from '../src/app/mysql-database';
import { seed } from '../src/app/seed';
import { startServer, type RunningServer } from '../src/app/server';
import { databaseKinds, PM, turnFourEyesOff } from '../test-utils/harness';

/**
 * Issue 19, beyond one machine: with DATABASE_REPLICA_URLS, GraphQL queries read from a replica and mutations (and
 * what they read after their writes) from the primary. A second MariaDB database stands in for the replica: it has the
 * same schema and catalogue, with every tier's name marked, and is never written to, so each answer shows where it
 * was read. Needs MySQL/MariaDB (replicas are a MySQL deployment's), which CI always has.
 */
const run = databaseKinds().includes('mysql') ? describe : describe.skip;

run('read replicas on mysql', () => {
  const url = (name: string) => {
    // A skipped run (no MYSQL_URL, SQLite only) still builds the names here, and never connects.
    const u = new URL(process.env.MYSQL_URL ?? 'mysql://skipped.invalid/');
    u.pathname = `/${name}`;
    return u.toString();
  };
  const primaryUrl = url('tw_replicas_primary');
  const replicaUrl = url('tw_replicas_replica');
  let routed: DataSource;
  let server: RunningServer;
  let pm: TierwiseClient;
  const config = { ...loadConfig({ ADMIN_EMAIL: 'admin@tierwise.local', ADMIN_PASSWORD: 'admin-password-for-tests' }), consoleDir: '/nonexistent' };

  beforeAll(async () => {
    const primary = createDataSource({ url: primaryUrl, flavour: await ensureMysqlDatabase(primaryUrl, { recreate: true }) });
    await primary.initialize();
    await migrate(primary);
    await seed(primary, { ...config, seedDemoData: true, seedDemoPopulation: false });
    await turnFourEyesOff(primary);
    // The replica: a copy of every table, as replication would have made it, then each tier's name marked.
    await ensureMysqlDatabase(replicaUrl, { recreate: true });
    const tables: { name: string }[] = await primary.query(
      "SELECT TABLE_NAME AS name FROM information_schema.TABLES WHERE TABLE_SCHEMA = 'tw_replicas_primary'",
    );
    await primary.query('SET FOREIGN_KEY_CHECKS = 0');
    for (const { name } of tables) {
      await primary.query(`CREATE TABLE tw_replicas_replica.\`${name}\` LIKE tw_replicas_primary.\`${name}\``);
      await primary.query(`INSERT INTO tw_replicas_replica.\`${name}\` SELECT * FROM tw_replicas_primary.\`${name}\``);
    }
    await primary.query('SET FOREIGN_KEY_CHECKS = 1');
    await primary.query("UPDATE tw_replicas_replica.tier SET name = CONCAT(name, '（副本）')");
    await primary.destroy();
    routed = createDataSource({ url: primaryUrl, replicaUrls: [replicaUrl], flavour: await ensureMysqlDatabase(primaryUrl) });
    await routed.initialize();
    server = await startServer(config, routed, 0);
    pm = createTierwiseClient({ url: `${server.url}/graphql` });
    await pm.login(PM.email, PM.password); // a mutation: the primary's users
  });
  afterAll(async () => {
    await server?.close();
    await routed?.destroy();
  });

  it('reads a query from the replica, loaders included, and a mutation and its reads from the primary', async () => {
    const tiers = (await pm.request(AllTiersDocument, {})).allTiers;
    expect(tiers.every((t) => t.name.endsWith('（副本）'))).toBe(true);
    // A list's relations come through the request's loaders: from the same replica.
    const products = (await pm.request(AllProductsDocument, { perPage: 5 })).allProducts;
    expect(products.flatMap((p) => p.eligibleTiers.map((t) => t.name)).every((n) => n.endsWith('（副本）'))).toBe(true);

    // The mutation writes to the primary and answers from it (its version check and the record it returns).
    const ordinary = tiers.find((t) => t.code === 'ORDINARY')!;
    const primaryTier = (await routed.manager.query("SELECT version FROM tier WHERE code = 'ORDINARY'"))[0];
    const updated = (await pm.request(UpdateTierDocument, { id: ordinary.id, version: Number(primaryTier.version), name: '普通客户（主库）' })).updateTier;
    expect(updated.name).toBe('普通客户（主库）');
    expect((await routed.manager.query("SELECT name FROM tier WHERE code = 'ORDINARY'"))[0].name).toBe('普通客户（主库）');
    // The replica was not written (here nothing replicates it): the next query still reads it.
    expect((await pm.request(AllTiersDocument, {})).allTiers.find((t) => t.code === 'ORDINARY')!.name).toBe(ordinary.name);
  });
});
