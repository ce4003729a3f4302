import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Customers1795939713411Sqlite implements MigrationInterface {
  name = 'Customers1795939713411Sqlite';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "customer" ("id" varchar(36) PRIMARY KEY NOT NULL, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "externalRef" varchar(64) NOT NULL, "name" varchar(120) NOT NULL, "phone" varchar(32), "idNumber" varchar(32), "birthDate" datetime(6), "occupation" varchar(24), "lifeStage" varchar(32), "annualIncome" bigint, "financialAssetsElsewhere" bigint, "aum" bigint NOT NULL DEFAULT (0), "tierId" varchar(36), "riskLevel" varchar(2), "riskAssessedAt" datetime(6), "riskAssessmentExpiresAt" datetime(6), "tierBelowFloorSince" datetime(6), "professionalInvestor" boolean NOT NULL DEFAULT (0))`);
    await q.query(`CREATE INDEX "IDX_customer_occupation" ON "customer" ("occupation") `);
    await q.query(`CREATE INDEX "IDX_customer_life_stage" ON "customer" ("lifeStage") `);
    await q.query(`CREATE INDEX "IDX_customer_tier" ON "customer" ("tierId") `);
    await q.query(`CREATE INDEX "IDX_customer_risk_level" ON "customer" ("riskLevel") `);
    await q.query(`CREATE UNIQUE INDEX "UQ_customer_external_ref" ON "customer" ("externalRef") `);
    await q.query(`CREATE TABLE "aum_snapshot" ("customerId" varchar(36) NOT NULL, "day" datetime(6) NOT NULL, "aum" bigint NOT NULL, PRIMARY KEY ("customerId", "day"))`);
    await q.query(`CREATE INDEX "IDX_aum_snapshot_day" ON "aum_snapshot" ("day") `);
    await q.query(`CREATE TABLE "retier_job" ("id" varchar(36) PRIMARY KEY NOT NULL, "status" varchar(16) NOT NULL, "total" integer NOT NULL, "processed" integer NOT NULL DEFAULT (0), "changed" integer NOT NULL DEFAULT (0), "cursor" varchar(36), "requestedBy" varchar(200) NOT NULL, "startedAt" datetime(6) NOT NULL, "finishedAt" datetime(6), "error" varchar(1000))`);
    await q.query(`CREATE TABLE "tier_change" ("id" varchar(36) PRIMARY KEY NOT NULL, "customerId" varchar(36) NOT NULL, "fromTierId" varchar(36), "toTierId" varchar(36) NOT NULL, "changedAt" datetime(6) NOT NULL, "basis" bigint NOT NULL, "reason" varchar(500) NOT NULL)`);
    await q.query(`CREATE INDEX "IDX_tier_change_customer" ON "tier_change" ("customerId", "changedAt") `);
    await q.query(`DROP INDEX "IDX_customer_occupation"`);
    await q.query(`DROP INDEX "IDX_customer_life_stage"`);
    await q.query(`DROP INDEX "IDX_customer_tier"`);
    await q.query(`DROP INDEX "IDX_customer_risk_level"`);
    await q.query(`DROP INDEX "UQ_customer_external_ref"`);
    await q.query(`CREATE TABLE "temporary_customer" ("id" varchar(36) PRIMARY KEY NOT NULL, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "externalRef" varchar(64) NOT NULL, "name" varchar(120) NOT NULL, "phone" varchar(32), "idNumber" varchar(32), "birthDate" datetime(6), "occupation" varchar(24), "lifeStage" varchar(32), "annualIncome" bigint, "financialAssetsElsewhere" bigint, "aum" bigint NOT NULL DEFAULT (0), "tierId" varchar(36), "riskLevel" varchar(2), "riskAssessedAt" datetime(6), "riskAssessmentExpiresAt" datetime(6), "tierBelowFloorSince" datetime(6), "professionalInvestor" boolean NOT NULL DEFAULT (0), CONSTRAINT "FK_customer_tier" FOREIGN KEY ("tierId") REFERENCES "tier" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`);
    await q.query(`INSERT INTO "temporary_customer"("id", "version", "createdAt", "updatedAt", "externalRef", "name", "phone", "idNumber", "birthDate", "occupation", "lifeStage", "annualIncome", "financialAssetsElsewhere", "aum", "tierId", "riskLevel", "riskAssessedAt", "riskAssessmentExpiresAt", "tierBelowFloorSince", "professionalInvestor") SELECT "id", "version", "createdAt", "updatedAt", "externalRef", "name", "phone", "idNumber", "birthDate", "occupation", "lifeStage", "annualIncome", "financialAssetsElsewhere", "aum", "tierId", "riskLevel", "riskAssessedAt", "riskAssessmentExpiresAt", "tierBelowFloorSince", "professionalInvestor" FROM "customer"`);
    await q.query(`DROP TABLE "customer"`);
    await q.query(`ALTER TABLE "temporary_customer" RENAME TO "customer"`);
    await q.query(`CREATE INDEX "IDX_customer_occupation" ON "customer" ("occupation") `);
    await q.query(`CREATE INDEX "IDX_customer_life_stage" ON "customer" ("lifeStage") `);
    await q.query(`CREATE INDEX "IDX_customer_tier" ON "customer" ("tierId") `);
    await q.query(`CREATE INDEX "IDX_customer_risk_level" ON "customer" ("riskLevel") `);
    await q.query(`CREATE UNIQUE INDEX "UQ_customer_external_ref" ON "customer" ("externalRef") `);
    await q.query(`DROP INDEX "IDX_aum_snapshot_day"`);
    await q.query(`CREATE TABLE "temporary_aum_snapshot" ("customerId" varchar(36) NOT NULL, "day" datetime(6) NOT NULL, "aum" bigint NOT NULL, CONSTRAINT "FK_aum_snapshot_customer" FOREIGN KEY ("customerId") REFERENCES "customer" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY ("customerId", "day"))`);
    await q.query(`INSERT INTO "temporary_aum_snapshot"("customerId", "day", "aum") SELECT "customerId", "day", "aum" FROM "aum_snapshot"`);
    await q.query(`DROP TABLE "aum_snapshot"`);
    await q.query(`ALTER TABLE "temporary_aum_snapshot" RENAME TO "aum_snapshot"`);
    await q.query(`CREATE INDEX "IDX_aum_snapshot_day" ON "aum_snapshot" ("day") `);
    await q.query(`DROP INDEX "IDX_tier_change_customer"`);
    await q.query(`CREATE TABLE "temporary_tier_change" ("id" varchar(36) PRIMARY KEY NOT NULL, "customerId" varchar(36) NOT NULL, "fromTierId" varchar(36), "toTierId" varchar(36) NOT NULL, "changedAt" datetime(6) NOT NULL, "basis" bigint NOT NULL, "reason" varchar(500) NOT NULL, CONSTRAINT "FK_tier_change_customer" FOREIGN KEY ("customerId") REFERENCES "customer" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await q.query(`INSERT INTO "temporary_tier_change"("id", "customerId", "fromTierId", "toTierId", "changedAt", "basis", "reason") SELECT "id", "customerId", "fromTierId", "toTierId", "changedAt", "basis", "reason" FROM "tier_change"`);
    await q.query(`DROP TABLE "tier_change"`);
    await q.query(`ALTER TABLE "temporary_tier_change" RENAME TO "tier_change"`);
    await q.query(`CREATE INDEX "IDX_tier_change_customer" ON "tier_change" ("customerId", "changedAt") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_tier_change_customer"`);
    await q.query(`ALTER TABLE "tier_change" RENAME TO "temporary_tier_change"`);
    await q.query(`CREATE TABLE "tier_change" ("id" varchar(36) PRIMARY KEY NOT NULL, "customerId" varchar(36) NOT NULL, "fromTierId" varchar(36), "toTierId" varchar(36) NOT NULL, "changedAt" datetime(6) NOT NULL, "basis" bigint NOT NULL, "reason" varchar(500) NOT NULL)`);
    await q.query(`INSERT INTO "tier_change"("id", "customerId", "fromTierId", "toTierId", "changedAt", "basis", "reason") SELECT "id", "customerId", "fromTierId", "toTierId", "changedAt", "basis", "reason" FROM "temporary_tier_change"`);
    await q.query(`DROP TABLE "temporary_tier_change"`);
    await q.query(`CREATE INDEX "IDX_tier_change_customer" ON "tier_change" ("customerId", "changedAt") `);
    await q.query(`DROP INDEX "IDX_aum_snapshot_day"`);
    await q.query(`ALTER TABLE "aum_snapshot" RENAME TO "temporary_aum_snapshot"`);
    await q.query(`CREATE TABLE "aum_snapshot" ("customerId" varchar(36) NOT NULL, "day" datetime(6) NOT NULL, "aum" bigint NOT NULL, PRIMARY KEY ("customerId", "day"))`);
    await q.query(`INSERT INTO "aum_snapshot"("customerId", "day", "aum") SELECT "customerId", "day", "aum" FROM "temporary_aum_snapshot"`);
    await q.query(`DROP TABLE "temporary_aum_snapshot"`);
    await q.query(`CREATE INDEX "IDX_aum_snapshot_day" ON "aum_snapshot" ("day") `);
    await q.query(`DROP INDEX "UQ_customer_external_ref"`);
    await q.query(`DROP INDEX "IDX_customer_risk_level"`);
    await q.query(`DROP INDEX "IDX_customer_tier"`);
    await q.query(`DROP INDEX "IDX_customer_life_stage"`);
    await q.query(`DROP INDEX "IDX_customer_occupation"`);
    await q.query(`ALTER TABLE "customer" RENAME TO "temporary_customer"`);
    await q.query(`CREATE TABLE "customer" ("id" varchar(36) PRIMARY KEY NOT NULL, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "externalRef" varchar(64) NOT NULL, "name" varchar(120) NOT NULL, "phone" varchar(32), "idNumber" varchar(32), "birthDate" datetime(6), "occupation" varchar(24), "lifeStage" varchar(32), "annualIncome" bigint, "financialAssetsElsewhere" bigint, "aum" bigint NOT NULL DEFAULT (0), "tierId" varchar(36), "riskLevel" varchar(2), "riskAssessedAt" datetime(6), "riskAssessmentExpiresAt" datetime(6), "tierBelowFloorSince" datetime(6), "professionalInvestor" boolean NOT NULL DEFAULT (0))`);
    await q.query(`INSERT INTO "customer"("id", "version", "createdAt", "updatedAt", "externalRef", "name", "phone", "idNumber", "birthDate", "occupation", "lifeStage", "annualIncome", "financialAssetsElsewhere", "aum", "tierId", "riskLevel", "riskAssessedAt", "riskAssessmentExpiresAt", "tierBelowFloorSince", "professionalInvestor") SELECT "id", "version", "createdAt", "updatedAt", "externalRef", "name", "phone", "idNumber", "birthDate", "occupation", "lifeStage", "annualIncome", "financialAssetsElsewhere", "aum", "tierId", "riskLevel", "riskAssessedAt", "riskAssessmentExpiresAt", "tierBelowFloorSince", "professionalInvestor" FROM "temporary_customer"`);
    await q.query(`DROP TABLE "temporary_customer"`);
    await q.query(`CREATE UNIQUE INDEX "UQ_customer_external_ref" ON "customer" ("externalRef") `);
    await q.query(`CREATE INDEX "IDX_customer_risk_level" ON "customer" ("riskLevel") `);
    await q.query(`CREATE INDEX "IDX_customer_tier" ON "customer" ("tierId") `);
    await q.query(`CREATE INDEX "IDX_customer_life_stage" ON "customer" ("lifeStage") `);
    await q.query(`CREATE INDEX "IDX_customer_occupation" ON "customer" ("occupation") `);
    await q.query(`DROP INDEX "IDX_tier_change_customer"`);
    await q.query(`DROP TABLE "tier_change"`);
    await q.query(`DROP TABLE "retier_job"`);
    await q.query(`DROP INDEX "IDX_aum_snapshot_day"`);
    await q.query(`DROP TABLE "aum_snapshot"`);
    await q.query(`DROP INDEX "UQ_customer_external_ref"`);
    await q.query(`DROP INDEX "IDX_customer_risk_level"`);
    await q.query(`DROP INDEX "IDX_customer_tier"`);
    await q.query(`DROP INDEX "IDX_customer_life_stage"`);
    await q.query(`DROP INDEX "IDX_customer_occupation"`);
    await q.query(`DROP TABLE "customer"`);
  }
}
