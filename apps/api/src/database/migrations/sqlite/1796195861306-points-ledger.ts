import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PointsLedgerSqlite1796195861306 implements MigrationInterface {
  name = 'PointsLedgerSqlite1796195861306';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "points_balance" ("customerId" varchar(36) PRIMARY KEY NOT NULL, "balance" integer NOT NULL DEFAULT (0))`);
    await q.query(`CREATE TABLE "points_entry" ("id" varchar(36) PRIMARY KEY NOT NULL, "customerId" varchar(36) NOT NULL, "kind" varchar(8) NOT NULL, "points" integer NOT NULL, "balanceAfter" integer NOT NULL, "reason" varchar(500) NOT NULL, "idempotencyKey" varchar(100) NOT NULL, "fingerprint" varchar(200) NOT NULL, "createdBy" varchar(200) NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
    await q.query(`CREATE INDEX "IDX_points_entry_customer" ON "points_entry" ("customerId", "createdAt") `);
    await q.query(`CREATE UNIQUE INDEX "UQ_points_entry_key" ON "points_entry" ("idempotencyKey") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "UQ_points_entry_key"`);
    await q.query(`DROP INDEX "IDX_points_entry_customer"`);
    await q.query(`DROP TABLE "points_entry"`);
    await q.query(`DROP TABLE "points_balance"`);
  }
}
