import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ServiceDeskSqlite1796193926144 implements MigrationInterface {
  name = 'ServiceDeskSqlite1796193926144';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "business_calendar" ("id" varchar(36) PRIMARY KEY NOT NULL, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "code" varchar(40) NOT NULL, "name" varchar(200) NOT NULL, "nameEn" varchar(200), "timeZone" varchar(64) NOT NULL, "weekdays" text NOT NULL, "holidays" text NOT NULL, "workdays" text NOT NULL)`);
    await q.query(`CREATE UNIQUE INDEX "UQ_business_calendar_code" ON "business_calendar" ("code") `);
    await q.query(`CREATE TABLE "service_request" ("id" varchar(36) PRIMARY KEY NOT NULL, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "customerId" varchar(36) NOT NULL, "tierId" varchar(36), "category" varchar(32) NOT NULL, "channel" varchar(16) NOT NULL, "priority" varchar(16) NOT NULL, "description" varchar(2000) NOT NULL, "status" varchar(32) NOT NULL, "assigneeId" varchar(36), "policy" text NOT NULL, "history" text NOT NULL, "firstResponseAt" datetime(6), "resolvedAt" datetime(6), "closedAt" datetime(6), "satisfaction" integer, "createdBy" varchar(200) NOT NULL)`);
    await q.query(`CREATE INDEX "IDX_service_request_customer" ON "service_request" ("customerId", "createdAt") `);
    await q.query(`CREATE INDEX "IDX_service_request_status" ON "service_request" ("status", "createdAt") `);
    await q.query(`CREATE TABLE "service_message" ("id" varchar(36) PRIMARY KEY NOT NULL, "requestId" varchar(36) NOT NULL, "internal" boolean NOT NULL, "body" varchar(4000) NOT NULL, "author" varchar(200) NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
    await q.query(`CREATE INDEX "IDX_service_message_request" ON "service_message" ("requestId", "createdAt") `);
    await q.query(`CREATE TABLE "sla_event" ("id" varchar(36) PRIMARY KEY NOT NULL, "requestId" varchar(36) NOT NULL, "metric" varchar(16) NOT NULL, "percent" integer NOT NULL, "dueAt" datetime(6) NOT NULL, "recordedAt" datetime(6) NOT NULL, "notify" text NOT NULL)`);
    await q.query(`CREATE UNIQUE INDEX "UQ_sla_event" ON "sla_event" ("requestId", "metric", "percent") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "UQ_sla_event"`);
    await q.query(`DROP TABLE "sla_event"`);
    await q.query(`DROP INDEX "IDX_service_message_request"`);
    await q.query(`DROP TABLE "service_message"`);
    await q.query(`DROP INDEX "IDX_service_request_status"`);
    await q.query(`DROP INDEX "IDX_service_request_customer"`);
    await q.query(`DROP TABLE "service_request"`);
    await q.query(`DROP INDEX "UQ_business_calendar_code"`);
    await q.query(`DROP TABLE "business_calendar"`);
  }
}
