import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AdvisorsSqlite1796194775059 implements MigrationInterface {
  name = 'AdvisorsSqlite1796194775059';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "customer_contact" ("id" varchar(36) PRIMARY KEY NOT NULL, "customerId" varchar(36) NOT NULL, "kind" varchar(16) NOT NULL, "interview" boolean NOT NULL, "notes" varchar(4000) NOT NULL, "contactedAt" datetime(6) NOT NULL, "loggedBy" varchar(200) NOT NULL)`);
    await q.query(`CREATE INDEX "IDX_contact_customer" ON "customer_contact" ("customerId", "contactedAt") `);
    await q.query(`CREATE TABLE "follow_up" ("id" varchar(36) PRIMARY KEY NOT NULL, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "customerId" varchar(36) NOT NULL, "advisorId" varchar(36), "kind" varchar(16) NOT NULL, "dueOn" varchar(10) NOT NULL, "basis" varchar(36) NOT NULL, "doneAt" datetime(6), "contactId" varchar(36))`);
    await q.query(`CREATE INDEX "IDX_follow_up_advisor" ON "follow_up" ("advisorId", "doneAt", "dueOn") `);
    await q.query(`CREATE UNIQUE INDEX "UQ_follow_up_basis" ON "follow_up" ("customerId", "kind", "basis") `);
    await q.query(`DROP INDEX "UQ_user_email"`);
    await q.query(`CREATE TABLE "temporary_app_user" ("id" varchar(36) PRIMARY KEY NOT NULL, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "email" varchar(200) NOT NULL, "displayName" varchar(120), "role" varchar(20) NOT NULL, "passwordHash" varchar(200) NOT NULL, "approves" text, "managerId" varchar(36))`);
    await q.query(`INSERT INTO "temporary_app_user"("id", "version", "createdAt", "updatedAt", "email", "displayName", "role", "passwordHash", "approves") SELECT "id", "version", "createdAt", "updatedAt", "email", "displayName", "role", "passwordHash", "approves" FROM "app_user"`);
    await q.query(`DROP TABLE "app_user"`);
    await q.query(`ALTER TABLE "temporary_app_user" RENAME TO "app_user"`);
    await q.query(`CREATE UNIQUE INDEX "UQ_user_email" ON "app_user" ("email") `);
    await q.query(`DROP INDEX "IDX_customer_occupation"`);
    await q.query(`DROP INDEX "IDX_customer_life_stage"`);
    await q.query(`DROP INDEX "IDX_customer_tier"`);
    await q.query(`DROP INDEX "IDX_customer_risk_level"`);
    await q.query(`DROP INDEX "UQ_customer_external_ref"`);
    await q.query(`DROP INDEX "IDX_customer_segment"`);
    await q.query(`CREATE TABLE "temporary_customer" ("id" varchar(36) PRIMARY KEY NOT NULL, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "externalRef" varchar(64) NOT NULL, "name" varchar(120) NOT NULL, "phone" varchar(32), "idNumber" varchar(32), "birthDate" datetime(6), "occupation" varchar(24), "lifeStage" varchar(32), "aum" bigint NOT NULL DEFAULT (0), "tierId" varchar(36), "riskLevel" varchar(2), "riskAssessedAt" datetime(6), "riskAssessmentExpiresAt" datetime(6), "tierBelowFloorSince" datetime(6), "advisorId" varchar(36), CONSTRAINT "FK_customer_tier" FOREIGN KEY ("tierId") REFERENCES "tier" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`);
    await q.query(`INSERT INTO "temporary_customer"("id", "version", "createdAt", "updatedAt", "externalRef", "name", "phone", "idNumber", "birthDate", "occupation", "lifeStage", "aum", "tierId", "riskLevel", "riskAssessedAt", "riskAssessmentExpiresAt", "tierBelowFloorSince") SELECT "id", "version", "createdAt", "updatedAt", "externalRef", "name", "phone", "idNumber", "birthDate", "occupation", "lifeStage", "aum", "tierId", "riskLevel", "riskAssessedAt", "riskAssessmentExpiresAt", "tierBelowFloorSince" FROM "customer"`);
    await q.query(`DROP TABLE "customer"`);
    await q.query(`ALTER TABLE "temporary_customer" RENAME TO "customer"`);
    await q.query(`CREATE INDEX "IDX_customer_occupation" ON "customer" ("occupation") `);
    await q.query(`CREATE INDEX "IDX_customer_life_stage" ON "customer" ("lifeStage") `);
    await q.query(`CREATE INDEX "IDX_customer_tier" ON "customer" ("tierId") `);
    await q.query(`CREATE INDEX "IDX_customer_risk_level" ON "customer" ("riskLevel") `);
    await q.query(`CREATE UNIQUE INDEX "UQ_customer_external_ref" ON "customer" ("externalRef") `);
    await q.query(`CREATE INDEX "IDX_customer_segment" ON "customer" ("tierId", "riskLevel", "lifeStage", "occupation") `);
    await q.query(`CREATE INDEX "IDX_customer_advisor" ON "customer" ("advisorId") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_customer_advisor"`);
    await q.query(`DROP INDEX "IDX_customer_segment"`);
    await q.query(`DROP INDEX "UQ_customer_external_ref"`);
    await q.query(`DROP INDEX "IDX_customer_risk_level"`);
    await q.query(`DROP INDEX "IDX_customer_tier"`);
    await q.query(`DROP INDEX "IDX_customer_life_stage"`);
    await q.query(`DROP INDEX "IDX_customer_occupation"`);
    await q.query(`ALTER TABLE "customer" RENAME TO "temporary_customer"`);
    await q.query(`CREATE TABLE "customer" ("id" varchar(36) PRIMARY KEY NOT NULL, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "externalRef" varchar(64) NOT NULL, "name" varchar(120) NOT NULL, "phone" varchar(32), "idNumber" varchar(32), "birthDate" datetime(6), "occupation" varchar(24), "lifeStage" varchar(32), "aum" bigint NOT NULL DEFAULT (0), "tierId" varchar(36), "riskLevel" varchar(2), "riskAssessedAt" datetime(6), "riskAssessmentExpiresAt" datetime(6), "tierBelowFloorSince" datetime(6), CONSTRAINT "FK_customer_tier" FOREIGN KEY ("tierId") REFERENCES "tier" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`);
    await q.query(`INSERT INTO "customer"("id", "version", "createdAt", "updatedAt", "externalRef", "name", "phone", "idNumber", "birthDate", "occupation", "lifeStage", "aum", "tierId", "riskLevel", "riskAssessedAt", "riskAssessmentExpiresAt", "tierBelowFloorSince") SELECT "id", "version", "createdAt", "updatedAt", "externalRef", "name", "phone", "idNumber", "birthDate", "occupation", "lifeStage", "aum", "tierId", "riskLevel", "riskAssessedAt", "riskAssessmentExpiresAt", "tierBelowFloorSince" FROM "temporary_customer"`);
    await q.query(`DROP TABLE "temporary_customer"`);
    await q.query(`CREATE INDEX "IDX_customer_segment" ON "customer" ("tierId", "riskLevel", "lifeStage", "occupation") `);
    await q.query(`CREATE UNIQUE INDEX "UQ_customer_external_ref" ON "customer" ("externalRef") `);
    await q.query(`CREATE INDEX "IDX_customer_risk_level" ON "customer" ("riskLevel") `);
    await q.query(`CREATE INDEX "IDX_customer_tier" ON "customer" ("tierId") `);
    await q.query(`CREATE INDEX "IDX_customer_life_stage" ON "customer" ("lifeStage") `);
    await q.query(`CREATE INDEX "IDX_customer_occupation" ON "customer" ("occupation") `);
    await q.query(`DROP INDEX "UQ_user_email"`);
    await q.query(`ALTER TABLE "app_user" RENAME TO "temporary_app_user"`);
    await q.query(`CREATE TABLE "app_user" ("id" varchar(36) PRIMARY KEY NOT NULL, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "email" varchar(200) NOT NULL, "displayName" varchar(120), "role" varchar(20) NOT NULL, "passwordHash" varchar(200) NOT NULL, "approves" text)`);
    await q.query(`INSERT INTO "app_user"("id", "version", "createdAt", "updatedAt", "email", "displayName", "role", "passwordHash", "approves") SELECT "id", "version", "createdAt", "updatedAt", "email", "displayName", "role", "passwordHash", "approves" FROM "temporary_app_user"`);
    await q.query(`DROP TABLE "temporary_app_user"`);
    await q.query(`CREATE UNIQUE INDEX "UQ_user_email" ON "app_user" ("email") `);
    await q.query(`DROP INDEX "UQ_follow_up_basis"`);
    await q.query(`DROP INDEX "IDX_follow_up_advisor"`);
    await q.query(`DROP TABLE "follow_up"`);
    await q.query(`DROP INDEX "IDX_contact_customer"`);
    await q.query(`DROP TABLE "customer_contact"`);
  }
}
