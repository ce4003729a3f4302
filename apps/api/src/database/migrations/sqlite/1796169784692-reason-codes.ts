import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ReasonCodesSqlite1796169784692 implements MigrationInterface {
  name = 'ReasonCodesSqlite1796169784692';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "UQ_tier_code"`);
    await q.query(`CREATE TABLE "temporary_tier" ("id" varchar(36) PRIMARY KEY NOT NULL, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "code" varchar(40) NOT NULL, "name" varchar(200) NOT NULL, "nameEn" varchar(200), "minAum" bigint NOT NULL, "maxAum" bigint, "responseSlaMinutes" integer NOT NULL, "advisorModel" varchar(40) NOT NULL, "followUpIntervalDays" integer, "description" varchar(1000), "descriptionEn" varchar(1000))`);
    await q.query(`INSERT INTO "temporary_tier"("id", "version", "createdAt", "updatedAt", "code", "name", "nameEn", "minAum", "maxAum", "responseSlaMinutes", "advisorModel", "followUpIntervalDays", "description") SELECT "id", "version", "createdAt", "updatedAt", "code", "name", "nameEn", "minAum", "maxAum", "responseSlaMinutes", "advisorModel", "followUpIntervalDays", "description" FROM "tier"`);
    await q.query(`DROP TABLE "tier"`);
    await q.query(`ALTER TABLE "temporary_tier" RENAME TO "tier"`);
    await q.query(`CREATE UNIQUE INDEX "UQ_tier_code" ON "tier" ("code") `);
    await q.query(`CREATE TABLE "temporary_retier_job" ("id" varchar(36) PRIMARY KEY NOT NULL, "status" varchar(16) NOT NULL, "total" integer NOT NULL, "processed" integer NOT NULL DEFAULT (0), "changed" integer NOT NULL DEFAULT (0), "cursor" varchar(36), "requestedBy" varchar(200) NOT NULL, "startedAt" datetime(6) NOT NULL, "finishedAt" datetime(6), "error" varchar(1000), "reason" varchar(200) NOT NULL DEFAULT ('On demand'), "reasonCode" varchar(40), "reasonParams" text)`);
    await q.query(`INSERT INTO "temporary_retier_job"("id", "status", "total", "processed", "changed", "cursor", "requestedBy", "startedAt", "finishedAt", "error", "reason") SELECT "id", "status", "total", "processed", "changed", "cursor", "requestedBy", "startedAt", "finishedAt", "error", "reason" FROM "retier_job"`);
    await q.query(`DROP TABLE "retier_job"`);
    await q.query(`ALTER TABLE "temporary_retier_job" RENAME TO "retier_job"`);
    await q.query(`DROP INDEX "IDX_tier_change_customer"`);
    await q.query(`CREATE TABLE "temporary_tier_change" ("id" varchar(36) PRIMARY KEY NOT NULL, "customerId" varchar(36) NOT NULL, "fromTierId" varchar(36), "toTierId" varchar(36) NOT NULL, "changedAt" datetime(6) NOT NULL, "basis" bigint NOT NULL, "reason" varchar(500) NOT NULL, "reasonCode" varchar(40), "reasonParams" text, CONSTRAINT "FK_tier_change_customer" FOREIGN KEY ("customerId") REFERENCES "customer" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await q.query(`INSERT INTO "temporary_tier_change"("id", "customerId", "fromTierId", "toTierId", "changedAt", "basis", "reason") SELECT "id", "customerId", "fromTierId", "toTierId", "changedAt", "basis", "reason" FROM "tier_change"`);
    await q.query(`DROP TABLE "tier_change"`);
    await q.query(`ALTER TABLE "temporary_tier_change" RENAME TO "tier_change"`);
    await q.query(`CREATE INDEX "IDX_tier_change_customer" ON "tier_change" ("customerId", "changedAt") `);
    await q.query(`DROP INDEX "UQ_scenario_package_code"`);
    await q.query(`CREATE TABLE "temporary_scenario_package" ("id" varchar(36) PRIMARY KEY NOT NULL, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "code" varchar(40) NOT NULL, "name" varchar(200) NOT NULL, "nameEn" varchar(200), "need" varchar(32) NOT NULL, "description" varchar(2000), "productIds" text NOT NULL, "partnerIds" text NOT NULL, "benefitIds" text NOT NULL, "active" boolean NOT NULL DEFAULT (1), "descriptionEn" varchar(2000))`);
    await q.query(`INSERT INTO "temporary_scenario_package"("id", "version", "createdAt", "updatedAt", "code", "name", "nameEn", "need", "description", "productIds", "partnerIds", "benefitIds", "active") SELECT "id", "version", "createdAt", "updatedAt", "code", "name", "nameEn", "need", "description", "productIds", "partnerIds", "benefitIds", "active" FROM "scenario_package"`);
    await q.query(`DROP TABLE "scenario_package"`);
    await q.query(`ALTER TABLE "temporary_scenario_package" RENAME TO "scenario_package"`);
    await q.query(`CREATE UNIQUE INDEX "UQ_scenario_package_code" ON "scenario_package" ("code") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "UQ_scenario_package_code"`);
    await q.query(`ALTER TABLE "scenario_package" RENAME TO "temporary_scenario_package"`);
    await q.query(`CREATE TABLE "scenario_package" ("id" varchar(36) PRIMARY KEY NOT NULL, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "code" varchar(40) NOT NULL, "name" varchar(200) NOT NULL, "nameEn" varchar(200), "need" varchar(32) NOT NULL, "description" varchar(2000), "productIds" text NOT NULL, "partnerIds" text NOT NULL, "benefitIds" text NOT NULL, "active" boolean NOT NULL DEFAULT (1))`);
    await q.query(`INSERT INTO "scenario_package"("id", "version", "createdAt", "updatedAt", "code", "name", "nameEn", "need", "description", "productIds", "partnerIds", "benefitIds", "active") SELECT "id", "version", "createdAt", "updatedAt", "code", "name", "nameEn", "need", "description", "productIds", "partnerIds", "benefitIds", "active" FROM "temporary_scenario_package"`);
    await q.query(`DROP TABLE "temporary_scenario_package"`);
    await q.query(`CREATE UNIQUE INDEX "UQ_scenario_package_code" ON "scenario_package" ("code") `);
    await q.query(`DROP INDEX "IDX_tier_change_customer"`);
    await q.query(`ALTER TABLE "tier_change" RENAME TO "temporary_tier_change"`);
    await q.query(`CREATE TABLE "tier_change" ("id" varchar(36) PRIMARY KEY NOT NULL, "customerId" varchar(36) NOT NULL, "fromTierId" varchar(36), "toTierId" varchar(36) NOT NULL, "changedAt" datetime(6) NOT NULL, "basis" bigint NOT NULL, "reason" varchar(500) NOT NULL, CONSTRAINT "FK_tier_change_customer" FOREIGN KEY ("customerId") REFERENCES "customer" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await q.query(`INSERT INTO "tier_change"("id", "customerId", "fromTierId", "toTierId", "changedAt", "basis", "reason") SELECT "id", "customerId", "fromTierId", "toTierId", "changedAt", "basis", "reason" FROM "temporary_tier_change"`);
    await q.query(`DROP TABLE "temporary_tier_change"`);
    await q.query(`CREATE INDEX "IDX_tier_change_customer" ON "tier_change" ("customerId", "changedAt") `);
    await q.query(`ALTER TABLE "retier_job" RENAME TO "temporary_retier_job"`);
    await q.query(`CREATE TABLE "retier_job" ("id" varchar(36) PRIMARY KEY NOT NULL, "status" varchar(16) NOT NULL, "total" integer NOT NULL, "processed" integer NOT NULL DEFAULT (0), "changed" integer NOT NULL DEFAULT (0), "cursor" varchar(36), "requestedBy" varchar(200) NOT NULL, "startedAt" datetime(6) NOT NULL, "finishedAt" datetime(6), "error" varchar(1000), "reason" varchar(200) NOT NULL DEFAULT ('On demand'))`);
    await q.query(`INSERT INTO "retier_job"("id", "status", "total", "processed", "changed", "cursor", "requestedBy", "startedAt", "finishedAt", "error", "reason") SELECT "id", "status", "total", "processed", "changed", "cursor", "requestedBy", "startedAt", "finishedAt", "error", "reason" FROM "temporary_retier_job"`);
    await q.query(`DROP TABLE "temporary_retier_job"`);
    await q.query(`DROP INDEX "UQ_tier_code"`);
    await q.query(`ALTER TABLE "tier" RENAME TO "temporary_tier"`);
    await q.query(`CREATE TABLE "tier" ("id" varchar(36) PRIMARY KEY NOT NULL, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "code" varchar(40) NOT NULL, "name" varchar(200) NOT NULL, "nameEn" varchar(200), "minAum" bigint NOT NULL, "maxAum" bigint, "responseSlaMinutes" integer NOT NULL, "advisorModel" varchar(40) NOT NULL, "followUpIntervalDays" integer, "description" varchar(1000))`);
    await q.query(`INSERT INTO "tier"("id", "version", "createdAt", "updatedAt", "code", "name", "nameEn", "minAum", "maxAum", "responseSlaMinutes", "advisorModel", "followUpIntervalDays", "description") SELECT "id", "version", "createdAt", "updatedAt", "code", "name", "nameEn", "minAum", "maxAum", "responseSlaMinutes", "advisorModel", "followUpIntervalDays", "description" FROM "temporary_tier"`);
    await q.query(`DROP TABLE "temporary_tier"`);
    await q.query(`CREATE UNIQUE INDEX "UQ_tier_code" ON "tier" ("code") `);
  }
}
