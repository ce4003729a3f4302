import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ServiceDueOrderSqlite1796196332977 implements MigrationInterface {
  name = 'ServiceDueOrderSqlite1796196332977';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_service_request_status"`);
    await q.query(`DROP INDEX "IDX_service_request_customer"`);
    await q.query(`CREATE TABLE "temporary_service_request" ("id" varchar(36) PRIMARY KEY NOT NULL, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "customerId" varchar(36) NOT NULL, "tierId" varchar(36), "category" varchar(32) NOT NULL, "channel" varchar(16) NOT NULL, "priority" varchar(16) NOT NULL, "description" varchar(2000) NOT NULL, "status" varchar(32) NOT NULL, "assigneeId" varchar(36), "policy" text NOT NULL, "history" text NOT NULL, "firstResponseAt" datetime(6), "resolvedAt" datetime(6), "closedAt" datetime(6), "satisfaction" integer, "createdBy" varchar(200) NOT NULL, "dueOrder" datetime(6))`);
    await q.query(`INSERT INTO "temporary_service_request"("id", "version", "createdAt", "updatedAt", "customerId", "tierId", "category", "channel", "priority", "description", "status", "assigneeId", "policy", "history", "firstResponseAt", "resolvedAt", "closedAt", "satisfaction", "createdBy") SELECT "id", "version", "createdAt", "updatedAt", "customerId", "tierId", "category", "channel", "priority", "description", "status", "assigneeId", "policy", "history", "firstResponseAt", "resolvedAt", "closedAt", "satisfaction", "createdBy" FROM "service_request"`);
    await q.query(`DROP TABLE "service_request"`);
    await q.query(`ALTER TABLE "temporary_service_request" RENAME TO "service_request"`);
    await q.query(`CREATE INDEX "IDX_service_request_status" ON "service_request" ("status", "createdAt") `);
    await q.query(`CREATE INDEX "IDX_service_request_customer" ON "service_request" ("customerId", "createdAt") `);
    await q.query(`CREATE INDEX "IDX_service_request_due" ON "service_request" ("dueOrder") `);
    // Requests from before: sorted after those whose clock is known (the next write sets theirs).
    await q.query(`UPDATE "service_request" SET "dueOrder" = '9999-12-31 00:00:00.000' WHERE "dueOrder" IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_service_request_due"`);
    await q.query(`DROP INDEX "IDX_service_request_customer"`);
    await q.query(`DROP INDEX "IDX_service_request_status"`);
    await q.query(`ALTER TABLE "service_request" RENAME TO "temporary_service_request"`);
    await q.query(`CREATE TABLE "service_request" ("id" varchar(36) PRIMARY KEY NOT NULL, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "customerId" varchar(36) NOT NULL, "tierId" varchar(36), "category" varchar(32) NOT NULL, "channel" varchar(16) NOT NULL, "priority" varchar(16) NOT NULL, "description" varchar(2000) NOT NULL, "status" varchar(32) NOT NULL, "assigneeId" varchar(36), "policy" text NOT NULL, "history" text NOT NULL, "firstResponseAt" datetime(6), "resolvedAt" datetime(6), "closedAt" datetime(6), "satisfaction" integer, "createdBy" varchar(200) NOT NULL)`);
    await q.query(`INSERT INTO "service_request"("id", "version", "createdAt", "updatedAt", "customerId", "tierId", "category", "channel", "priority", "description", "status", "assigneeId", "policy", "history", "firstResponseAt", "resolvedAt", "closedAt", "satisfaction", "createdBy") SELECT "id", "version", "createdAt", "updatedAt", "customerId", "tierId", "category", "channel", "priority", "description", "status", "assigneeId", "policy", "history", "firstResponseAt", "resolvedAt", "closedAt", "satisfaction", "createdBy" FROM "temporary_service_request"`);
    await q.query(`DROP TABLE "temporary_service_request"`);
    await q.query(`CREATE INDEX "IDX_service_request_customer" ON "service_request" ("customerId", "createdAt") `);
    await q.query(`CREATE INDEX "IDX_service_request_status" ON "service_request" ("status", "createdAt") `);
  }
}
