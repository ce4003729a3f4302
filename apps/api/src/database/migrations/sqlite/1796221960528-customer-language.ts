import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CustomerLanguageSqlite1796221960528 implements MigrationInterface {
  name = 'CustomerLanguageSqlite1796221960528';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_customer_advisor"`);
    await q.query(`DROP INDEX "IDX_customer_segment"`);
    await q.query(`DROP INDEX "UQ_customer_external_ref"`);
    await q.query(`DROP INDEX "IDX_customer_risk_level"`);
    await q.query(`DROP INDEX "IDX_customer_tier"`);
    await q.query(`DROP INDEX "IDX_customer_life_stage"`);
    await q.query(`DROP INDEX "IDX_customer_occupation"`);
    await q.query(`CREATE TABLE "temporary_customer" ("id" varchar(36) PRIMARY KEY NOT NULL, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "externalRef" varchar(64) NOT NULL, "name" varchar(120) NOT NULL, "phone" varchar(32), "idNumber" varchar(32), "birthDate" datetime(6), "occupation" varchar(24), "lifeStage" varchar(32), "aum" bigint NOT NULL DEFAULT (0), "tierId" varchar(36), "riskLevel" varchar(2), "riskAssessedAt" datetime(6), "riskAssessmentExpiresAt" datetime(6), "tierBelowFloorSince" datetime(6), "advisorId" varchar(36), "language" varchar(2), CONSTRAINT "FK_customer_tier" FOREIGN KEY ("tierId") REFERENCES "tier" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`);
    await q.query(`INSERT INTO "temporary_customer"("id", "version", "createdAt", "updatedAt", "externalRef", "name", "phone", "idNumber", "birthDate", "occupation", "lifeStage", "aum", "tierId", "riskLevel", "riskAssessedAt", "riskAssessmentExpiresAt", "tierBelowFloorSince", "advisorId") SELECT "id", "version", "createdAt", "updatedAt", "externalRef", "name", "phone", "idNumber", "birthDate", "occupation", "lifeStage", "aum", "tierId", "riskLevel", "riskAssessedAt", "riskAssessmentExpiresAt", "tierBelowFloorSince", "advisorId" FROM "customer"`);
    await q.query(`DROP TABLE "customer"`);
    await q.query(`ALTER TABLE "temporary_customer" RENAME TO "customer"`);
    await q.query(`CREATE INDEX "IDX_customer_advisor" ON "customer" ("advisorId") `);
    await q.query(`CREATE INDEX "IDX_customer_segment" ON "customer" ("tierId", "riskLevel", "lifeStage", "occupation") `);
    await q.query(`CREATE UNIQUE INDEX "UQ_customer_external_ref" ON "customer" ("externalRef") `);
    await q.query(`CREATE INDEX "IDX_customer_risk_level" ON "customer" ("riskLevel") `);
    await q.query(`CREATE INDEX "IDX_customer_tier" ON "customer" ("tierId") `);
    await q.query(`CREATE INDEX "IDX_customer_life_stage" ON "customer" ("lifeStage") `);
    await q.query(`CREATE INDEX "IDX_customer_occupation" ON "customer" ("occupation") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_customer_occupation"`);
    await q.query(`DROP INDEX "IDX_customer_life_stage"`);
    await q.query(`DROP INDEX "IDX_customer_tier"`);
    await q.query(`DROP INDEX "IDX_customer_risk_level"`);
    await q.query(`DROP INDEX "UQ_customer_external_ref"`);
    await q.query(`DROP INDEX "IDX_customer_segment"`);
    await q.query(`DROP INDEX "IDX_customer_advisor"`);
    await q.query(`ALTER TABLE "customer" RENAME TO "temporary_customer"`);
    await q.query(`CREATE TABLE "customer" ("id" varchar(36) PRIMARY KEY NOT NULL, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "externalRef" varchar(64) NOT NULL, "name" varchar(120) NOT NULL, "phone" varchar(32), "idNumber" varchar(32), "birthDate" datetime(6), "occupation" varchar(24), "lifeStage" varchar(32), "aum" bigint NOT NULL DEFAULT (0), "tierId" varchar(36), "riskLevel" varchar(2), "riskAssessedAt" datetime(6), "riskAssessmentExpiresAt" datetime(6), "tierBelowFloorSince" datetime(6), "advisorId" varchar(36), CONSTRAINT "FK_customer_tier" FOREIGN KEY ("tierId") REFERENCES "tier" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`);
    await q.query(`INSERT INTO "customer"("id", "version", "createdAt", "updatedAt", "externalRef", "name", "phone", "idNumber", "birthDate", "occupation", "lifeStage", "aum", "tierId", "riskLevel", "riskAssessedAt", "riskAssessmentExpiresAt", "tierBelowFloorSince", "advisorId") SELECT "id", "version", "createdAt", "updatedAt", "externalRef", "name", "phone", "idNumber", "birthDate", "occupation", "lifeStage", "aum", "tierId", "riskLevel", "riskAssessedAt", "riskAssessmentExpiresAt", "tierBelowFloorSince", "advisorId" FROM "temporary_customer"`);
    await q.query(`DROP TABLE "temporary_customer"`);
    await q.query(`CREATE INDEX "IDX_customer_occupation" ON "customer" ("occupation") `);
    await q.query(`CREATE INDEX "IDX_customer_life_stage" ON "customer" ("lifeStage") `);
    await q.query(`CREATE INDEX "IDX_customer_tier" ON "customer" ("tierId") `);
    await q.query(`CREATE INDEX "IDX_customer_risk_level" ON "customer" ("riskLevel") `);
    await q.query(`CREATE UNIQUE INDEX "UQ_customer_external_ref" ON "customer" ("externalRef") `);
    await q.query(`CREATE INDEX "IDX_customer_segment" ON "customer" ("tierId", "riskLevel", "lifeStage", "occupation") `);
    await q.query(`CREATE INDEX "IDX_customer_advisor" ON "customer" ("advisorId") `);
  }
}
