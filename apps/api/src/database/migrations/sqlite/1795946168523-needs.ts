import type { MigrationInterface, QueryRunner } from 'typeorm';

export class NeedsSqlite1795946168523 implements MigrationInterface {
  name = 'NeedsSqlite1795946168523';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "behaviour_event" ("id" varchar(64) PRIMARY KEY NOT NULL, "customerId" varchar(36) NOT NULL, "type" varchar(24) NOT NULL, "topic" varchar(64) NOT NULL, "occurredAt" datetime(6) NOT NULL, "receivedAt" datetime(6) NOT NULL)`);
    await q.query(`CREATE INDEX "IDX_behaviour_customer_topic" ON "behaviour_event" ("customerId", "topic", "occurredAt") `);
    await q.query(`CREATE TABLE "need_rule" ("id" varchar(36) PRIMARY KEY NOT NULL, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "code" varchar(40) NOT NULL, "name" varchar(200) NOT NULL, "nameEn" varchar(200), "eventType" varchar(24), "topic" varchar(64) NOT NULL, "minEvents" integer NOT NULL, "windowDays" integer NOT NULL, "need" varchar(32) NOT NULL, "weight" integer NOT NULL, "active" boolean NOT NULL DEFAULT (1))`);
    await q.query(`CREATE INDEX "IDX_need_rule_topic" ON "need_rule" ("topic") `);
    await q.query(`CREATE UNIQUE INDEX "UQ_need_rule_code" ON "need_rule" ("code") `);
    await q.query(`CREATE TABLE "customer_need" ("id" varchar(36) PRIMARY KEY NOT NULL, "customerId" varchar(36) NOT NULL, "need" varchar(32) NOT NULL, "source" varchar(16) NOT NULL, "sourceKey" varchar(36) NOT NULL, "ruleId" varchar(36), "weight" integer NOT NULL, "evidence" text NOT NULL, "detectedAt" datetime(6) NOT NULL, "lastConfirmedAt" datetime(6) NOT NULL, "expiresAt" datetime(6) NOT NULL, "recordedBy" varchar(200) NOT NULL)`);
    await q.query(`CREATE INDEX "IDX_customer_need_expiry" ON "customer_need" ("customerId", "expiresAt") `);
    await q.query(`CREATE UNIQUE INDEX "UQ_customer_need_source" ON "customer_need" ("customerId", "need", "sourceKey") `);
    await q.query(`DROP INDEX "IDX_behaviour_customer_topic"`);
    await q.query(`CREATE TABLE "temporary_behaviour_event" ("id" varchar(64) PRIMARY KEY NOT NULL, "customerId" varchar(36) NOT NULL, "type" varchar(24) NOT NULL, "topic" varchar(64) NOT NULL, "occurredAt" datetime(6) NOT NULL, "receivedAt" datetime(6) NOT NULL, CONSTRAINT "FK_behaviour_customer" FOREIGN KEY ("customerId") REFERENCES "customer" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await q.query(`INSERT INTO "temporary_behaviour_event"("id", "customerId", "type", "topic", "occurredAt", "receivedAt") SELECT "id", "customerId", "type", "topic", "occurredAt", "receivedAt" FROM "behaviour_event"`);
    await q.query(`DROP TABLE "behaviour_event"`);
    await q.query(`ALTER TABLE "temporary_behaviour_event" RENAME TO "behaviour_event"`);
    await q.query(`CREATE INDEX "IDX_behaviour_customer_topic" ON "behaviour_event" ("customerId", "topic", "occurredAt") `);
    await q.query(`DROP INDEX "IDX_customer_need_expiry"`);
    await q.query(`DROP INDEX "UQ_customer_need_source"`);
    await q.query(`CREATE TABLE "temporary_customer_need" ("id" varchar(36) PRIMARY KEY NOT NULL, "customerId" varchar(36) NOT NULL, "need" varchar(32) NOT NULL, "source" varchar(16) NOT NULL, "sourceKey" varchar(36) NOT NULL, "ruleId" varchar(36), "weight" integer NOT NULL, "evidence" text NOT NULL, "detectedAt" datetime(6) NOT NULL, "lastConfirmedAt" datetime(6) NOT NULL, "expiresAt" datetime(6) NOT NULL, "recordedBy" varchar(200) NOT NULL, CONSTRAINT "FK_customer_need_customer" FOREIGN KEY ("customerId") REFERENCES "customer" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await q.query(`INSERT INTO "temporary_customer_need"("id", "customerId", "need", "source", "sourceKey", "ruleId", "weight", "evidence", "detectedAt", "lastConfirmedAt", "expiresAt", "recordedBy") SELECT "id", "customerId", "need", "source", "sourceKey", "ruleId", "weight", "evidence", "detectedAt", "lastConfirmedAt", "expiresAt", "recordedBy" FROM "customer_need"`);
    await q.query(`DROP TABLE "customer_need"`);
    await q.query(`ALTER TABLE "temporary_customer_need" RENAME TO "customer_need"`);
    await q.query(`CREATE INDEX "IDX_customer_need_expiry" ON "customer_need" ("customerId", "expiresAt") `);
    await q.query(`CREATE UNIQUE INDEX "UQ_customer_need_source" ON "customer_need" ("customerId", "need", "sourceKey") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "UQ_customer_need_source"`);
    await q.query(`DROP INDEX "IDX_customer_need_expiry"`);
    await q.query(`ALTER TABLE "customer_need" RENAME TO "temporary_customer_need"`);
    await q.query(`CREATE TABLE "customer_need" ("id" varchar(36) PRIMARY KEY NOT NULL, "customerId" varchar(36) NOT NULL, "need" varchar(32) NOT NULL, "source" varchar(16) NOT NULL, "sourceKey" varchar(36) NOT NULL, "ruleId" varchar(36), "weight" integer NOT NULL, "evidence" text NOT NULL, "detectedAt" datetime(6) NOT NULL, "lastConfirmedAt" datetime(6) NOT NULL, "expiresAt" datetime(6) NOT NULL, "recordedBy" varchar(200) NOT NULL)`);
    await q.query(`INSERT INTO "customer_need"("id", "customerId", "need", "source", "sourceKey", "ruleId", "weight", "evidence", "detectedAt", "lastConfirmedAt", "expiresAt", "recordedBy") SELECT "id", "customerId", "need", "source", "sourceKey", "ruleId", "weight", "evidence", "detectedAt", "lastConfirmedAt", "expiresAt", "recordedBy" FROM "temporary_customer_need"`);
    await q.query(`DROP TABLE "temporary_customer_need"`);
    await q.query(`CREATE UNIQUE INDEX "UQ_customer_need_source" ON "customer_need" ("customerId", "need", "sourceKey") `);
    await q.query(`CREATE INDEX "IDX_customer_need_expiry" ON "customer_need" ("customerId", "expiresAt") `);
    await q.query(`DROP INDEX "IDX_behaviour_customer_topic"`);
    await q.query(`ALTER TABLE "behaviour_event" RENAME TO "temporary_behaviour_event"`);
    await q.query(`CREATE TABLE "behaviour_event" ("id" varchar(64) PRIMARY KEY NOT NULL, "customerId" varchar(36) NOT NULL, "type" varchar(24) NOT NULL, "topic" varchar(64) NOT NULL, "occurredAt" datetime(6) NOT NULL, "receivedAt" datetime(6) NOT NULL)`);
    await q.query(`INSERT INTO "behaviour_event"("id", "customerId", "type", "topic", "occurredAt", "receivedAt") SELECT "id", "customerId", "type", "topic", "occurredAt", "receivedAt" FROM "temporary_behaviour_event"`);
    await q.query(`DROP TABLE "temporary_behaviour_event"`);
    await q.query(`CREATE INDEX "IDX_behaviour_customer_topic" ON "behaviour_event" ("customerId", "topic", "occurredAt") `);
    await q.query(`DROP INDEX "UQ_customer_need_source"`);
    await q.query(`DROP INDEX "IDX_customer_need_expiry"`);
    await q.query(`DROP TABLE "customer_need"`);
    await q.query(`DROP INDEX "UQ_need_rule_code"`);
    await q.query(`DROP INDEX "IDX_need_rule_topic"`);
    await q.query(`DROP TABLE "need_rule"`);
    await q.query(`DROP INDEX "IDX_behaviour_customer_topic"`);
    await q.query(`DROP TABLE "behaviour_event"`);
  }
}
