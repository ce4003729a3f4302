import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RiskAssessmentsSqlite1795941035543 implements MigrationInterface {
  name = 'RiskAssessmentsSqlite1795941035543';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "risk_questionnaire" ("id" varchar(36) PRIMARY KEY NOT NULL, "version" integer NOT NULL, "definition" text NOT NULL, "createdBy" varchar(200) NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
    await q.query(`CREATE UNIQUE INDEX "UQ_risk_questionnaire_version" ON "risk_questionnaire" ("version") `);
    await q.query(`CREATE TABLE "risk_assessment" ("id" varchar(36) PRIMARY KEY NOT NULL, "customerId" varchar(36) NOT NULL, "questionnaireVersion" integer NOT NULL, "answers" text NOT NULL, "score" integer NOT NULL, "level" varchar(2) NOT NULL, "assessedAt" datetime(6) NOT NULL, "expiresAt" datetime(6) NOT NULL, "recordedBy" varchar(200) NOT NULL)`);
    await q.query(`CREATE INDEX "IDX_risk_assessment_customer" ON "risk_assessment" ("customerId", "assessedAt") `);
    await q.query(`DROP INDEX "IDX_risk_assessment_customer"`);
    await q.query(`CREATE TABLE "temporary_risk_assessment" ("id" varchar(36) PRIMARY KEY NOT NULL, "customerId" varchar(36) NOT NULL, "questionnaireVersion" integer NOT NULL, "answers" text NOT NULL, "score" integer NOT NULL, "level" varchar(2) NOT NULL, "assessedAt" datetime(6) NOT NULL, "expiresAt" datetime(6) NOT NULL, "recordedBy" varchar(200) NOT NULL, CONSTRAINT "FK_risk_assessment_customer" FOREIGN KEY ("customerId") REFERENCES "customer" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await q.query(`INSERT INTO "temporary_risk_assessment"("id", "customerId", "questionnaireVersion", "answers", "score", "level", "assessedAt", "expiresAt", "recordedBy") SELECT "id", "customerId", "questionnaireVersion", "answers", "score", "level", "assessedAt", "expiresAt", "recordedBy" FROM "risk_assessment"`);
    await q.query(`DROP TABLE "risk_assessment"`);
    await q.query(`ALTER TABLE "temporary_risk_assessment" RENAME TO "risk_assessment"`);
    await q.query(`CREATE INDEX "IDX_risk_assessment_customer" ON "risk_assessment" ("customerId", "assessedAt") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_risk_assessment_customer"`);
    await q.query(`ALTER TABLE "risk_assessment" RENAME TO "temporary_risk_assessment"`);
    await q.query(`CREATE TABLE "risk_assessment" ("id" varchar(36) PRIMARY KEY NOT NULL, "customerId" varchar(36) NOT NULL, "questionnaireVersion" integer NOT NULL, "answers" text NOT NULL, "score" integer NOT NULL, "level" varchar(2) NOT NULL, "assessedAt" datetime(6) NOT NULL, "expiresAt" datetime(6) NOT NULL, "recordedBy" varchar(200) NOT NULL)`);
    await q.query(`INSERT INTO "risk_assessment"("id", "customerId", "questionnaireVersion", "answers", "score", "level", "assessedAt", "expiresAt", "recordedBy") SELECT "id", "customerId", "questionnaireVersion", "answers", "score", "level", "assessedAt", "expiresAt", "recordedBy" FROM "temporary_risk_assessment"`);
    await q.query(`DROP TABLE "temporary_risk_assessment"`);
    await q.query(`CREATE INDEX "IDX_risk_assessment_customer" ON "risk_assessment" ("customerId", "assessedAt") `);
    await q.query(`DROP INDEX "IDX_risk_assessment_customer"`);
    await q.query(`DROP TABLE "risk_assessment"`);
    await q.query(`DROP INDEX "UQ_risk_questionnaire_version"`);
    await q.query(`DROP TABLE "risk_questionnaire"`);
  }
}
