import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InvestorEvidenceSqlite1796182435642 implements MigrationInterface {
  name = 'InvestorEvidenceSqlite1796182435642';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "customer_declaration" ("id" varchar(36) PRIMARY KEY NOT NULL, "customerId" varchar(36) NOT NULL, "kind" varchar(32) NOT NULL, "amount" bigint NOT NULL, "description" varchar(200), "asOf" datetime(6) NOT NULL, "evidenceRef" varchar(200) NOT NULL, "recordedBy" varchar(200) NOT NULL, "recordedAt" datetime(6) NOT NULL)`);
    await q.query(`CREATE INDEX "IDX_declaration_customer" ON "customer_declaration" ("customerId", "kind", "asOf") `);
    await q.query(`CREATE TABLE "professional_investor_evidence" ("id" varchar(36) PRIMARY KEY NOT NULL, "customerId" varchar(36) NOT NULL, "financialAssets" bigint, "averageAnnualIncome" bigint, "investingSince" datetime(6), "evidencedAt" datetime(6) NOT NULL, "evidenceRef" varchar(200) NOT NULL, "recordedBy" varchar(200) NOT NULL)`);
    await q.query(`CREATE INDEX "IDX_professional_customer" ON "professional_investor_evidence" ("customerId", "evidencedAt") `);
    // What the customer record held is kept as a declaration dated when the record last changed (so it lapses within a year).
    await q.query(
      `INSERT INTO "customer_declaration" ("id", "customerId", "kind", "amount", "description", "asOf", "evidenceRef", "recordedBy", "recordedAt") ` +
        `SELECT lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-a' || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))), "id", 'AVERAGE_ANNUAL_INCOME', "annualIncome", NULL, "updatedAt", 'from the customer record (no evidence recorded)', 'migration', strftime('%Y-%m-%d %H:%M:%f', 'now') FROM "customer" WHERE "annualIncome" IS NOT NULL`,
    );
    // What the customer record held is kept as a declaration dated when the record last changed (so it lapses within a year).
    await q.query(
      `INSERT INTO "customer_declaration" ("id", "customerId", "kind", "amount", "description", "asOf", "evidenceRef", "recordedBy", "recordedAt") ` +
        `SELECT lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-a' || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))), "id", 'ASSETS_ELSEWHERE', "financialAssetsElsewhere", NULL, "updatedAt", 'from the customer record (no evidence recorded)', 'migration', strftime('%Y-%m-%d %H:%M:%f', 'now') FROM "customer" WHERE "financialAssetsElsewhere" IS NOT NULL`,
    );
    await q.query(`DROP INDEX "IDX_customer_segment"`);
    await q.query(`DROP INDEX "UQ_customer_external_ref"`);
    await q.query(`DROP INDEX "IDX_customer_risk_level"`);
    await q.query(`DROP INDEX "IDX_customer_tier"`);
    await q.query(`DROP INDEX "IDX_customer_life_stage"`);
    await q.query(`DROP INDEX "IDX_customer_occupation"`);
    await q.query(`CREATE TABLE "temporary_customer" ("id" varchar(36) PRIMARY KEY NOT NULL, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "externalRef" varchar(64) NOT NULL, "name" varchar(120) NOT NULL, "phone" varchar(32), "idNumber" varchar(32), "birthDate" datetime(6), "occupation" varchar(24), "lifeStage" varchar(32), "aum" bigint NOT NULL DEFAULT (0), "tierId" varchar(36), "riskLevel" varchar(2), "riskAssessedAt" datetime(6), "riskAssessmentExpiresAt" datetime(6), "tierBelowFloorSince" datetime(6), CONSTRAINT "FK_customer_tier" FOREIGN KEY ("tierId") REFERENCES "tier" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`);
    await q.query(`INSERT INTO "temporary_customer"("id", "version", "createdAt", "updatedAt", "externalRef", "name", "phone", "idNumber", "birthDate", "occupation", "lifeStage", "aum", "tierId", "riskLevel", "riskAssessedAt", "riskAssessmentExpiresAt", "tierBelowFloorSince") SELECT "id", "version", "createdAt", "updatedAt", "externalRef", "name", "phone", "idNumber", "birthDate", "occupation", "lifeStage", "aum", "tierId", "riskLevel", "riskAssessedAt", "riskAssessmentExpiresAt", "tierBelowFloorSince" FROM "customer"`);
    await q.query(`DROP TABLE "customer"`);
    await q.query(`ALTER TABLE "temporary_customer" RENAME TO "customer"`);
    await q.query(`CREATE INDEX "IDX_customer_segment" ON "customer" ("tierId", "riskLevel", "lifeStage", "occupation") `);
    await q.query(`CREATE UNIQUE INDEX "UQ_customer_external_ref" ON "customer" ("externalRef") `);
    await q.query(`CREATE INDEX "IDX_customer_risk_level" ON "customer" ("riskLevel") `);
    await q.query(`CREATE INDEX "IDX_customer_tier" ON "customer" ("tierId") `);
    await q.query(`CREATE INDEX "IDX_customer_life_stage" ON "customer" ("lifeStage") `);
    await q.query(`CREATE INDEX "IDX_customer_occupation" ON "customer" ("occupation") `);
    await q.query(`DROP INDEX "IDX_risk_assessment_customer"`);
    await q.query(`CREATE TABLE "temporary_risk_assessment" ("id" varchar(36) PRIMARY KEY NOT NULL, "customerId" varchar(36) NOT NULL, "questionnaireVersion" integer NOT NULL, "answers" text NOT NULL, "score" integer NOT NULL, "level" varchar(2) NOT NULL, "assessedAt" datetime(6) NOT NULL, "expiresAt" datetime(6) NOT NULL, "recordedBy" varchar(200) NOT NULL, "source" varchar(16) NOT NULL DEFAULT ('QUESTIONNAIRE'), "externalRef" varchar(64), "sourceSystem" varchar(64), "evidenceRef" varchar(200), CONSTRAINT "FK_risk_assessment_customer" FOREIGN KEY ("customerId") REFERENCES "customer" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await q.query(`INSERT INTO "temporary_risk_assessment"("id", "customerId", "questionnaireVersion", "answers", "score", "level", "assessedAt", "expiresAt", "recordedBy") SELECT "id", "customerId", "questionnaireVersion", "answers", "score", "level", "assessedAt", "expiresAt", "recordedBy" FROM "risk_assessment"`);
    await q.query(`DROP TABLE "risk_assessment"`);
    await q.query(`ALTER TABLE "temporary_risk_assessment" RENAME TO "risk_assessment"`);
    await q.query(`CREATE INDEX "IDX_risk_assessment_customer" ON "risk_assessment" ("customerId", "assessedAt") `);
    await q.query(`DROP INDEX "IDX_risk_assessment_customer"`);
    await q.query(`CREATE TABLE "temporary_risk_assessment" ("id" varchar(36) PRIMARY KEY NOT NULL, "customerId" varchar(36) NOT NULL, "questionnaireVersion" integer, "answers" text, "score" integer, "level" varchar(2) NOT NULL, "assessedAt" datetime(6) NOT NULL, "expiresAt" datetime(6) NOT NULL, "recordedBy" varchar(200) NOT NULL, "source" varchar(16) NOT NULL DEFAULT ('QUESTIONNAIRE'), "externalRef" varchar(64), "sourceSystem" varchar(64), "evidenceRef" varchar(200), CONSTRAINT "FK_risk_assessment_customer" FOREIGN KEY ("customerId") REFERENCES "customer" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await q.query(`INSERT INTO "temporary_risk_assessment"("id", "customerId", "questionnaireVersion", "answers", "score", "level", "assessedAt", "expiresAt", "recordedBy", "source", "externalRef", "sourceSystem", "evidenceRef") SELECT "id", "customerId", "questionnaireVersion", "answers", "score", "level", "assessedAt", "expiresAt", "recordedBy", "source", "externalRef", "sourceSystem", "evidenceRef" FROM "risk_assessment"`);
    await q.query(`DROP TABLE "risk_assessment"`);
    await q.query(`ALTER TABLE "temporary_risk_assessment" RENAME TO "risk_assessment"`);
    await q.query(`CREATE INDEX "IDX_risk_assessment_customer" ON "risk_assessment" ("customerId", "assessedAt") `);
    await q.query(`CREATE UNIQUE INDEX "UQ_risk_assessment_external_ref" ON "risk_assessment" ("externalRef") `);
    await q.query(`DROP INDEX "IDX_declaration_customer"`);
    await q.query(`CREATE TABLE "temporary_customer_declaration" ("id" varchar(36) PRIMARY KEY NOT NULL, "customerId" varchar(36) NOT NULL, "kind" varchar(32) NOT NULL, "amount" bigint NOT NULL, "description" varchar(200), "asOf" datetime(6) NOT NULL, "evidenceRef" varchar(200) NOT NULL, "recordedBy" varchar(200) NOT NULL, "recordedAt" datetime(6) NOT NULL, CONSTRAINT "FK_declaration_customer" FOREIGN KEY ("customerId") REFERENCES "customer" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await q.query(`INSERT INTO "temporary_customer_declaration"("id", "customerId", "kind", "amount", "description", "asOf", "evidenceRef", "recordedBy", "recordedAt") SELECT "id", "customerId", "kind", "amount", "description", "asOf", "evidenceRef", "recordedBy", "recordedAt" FROM "customer_declaration"`);
    await q.query(`DROP TABLE "customer_declaration"`);
    await q.query(`ALTER TABLE "temporary_customer_declaration" RENAME TO "customer_declaration"`);
    await q.query(`CREATE INDEX "IDX_declaration_customer" ON "customer_declaration" ("customerId", "kind", "asOf") `);
    await q.query(`DROP INDEX "IDX_professional_customer"`);
    await q.query(`CREATE TABLE "temporary_professional_investor_evidence" ("id" varchar(36) PRIMARY KEY NOT NULL, "customerId" varchar(36) NOT NULL, "financialAssets" bigint, "averageAnnualIncome" bigint, "investingSince" datetime(6), "evidencedAt" datetime(6) NOT NULL, "evidenceRef" varchar(200) NOT NULL, "recordedBy" varchar(200) NOT NULL, CONSTRAINT "FK_professional_customer" FOREIGN KEY ("customerId") REFERENCES "customer" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await q.query(`INSERT INTO "temporary_professional_investor_evidence"("id", "customerId", "financialAssets", "averageAnnualIncome", "investingSince", "evidencedAt", "evidenceRef", "recordedBy") SELECT "id", "customerId", "financialAssets", "averageAnnualIncome", "investingSince", "evidencedAt", "evidenceRef", "recordedBy" FROM "professional_investor_evidence"`);
    await q.query(`DROP TABLE "professional_investor_evidence"`);
    await q.query(`ALTER TABLE "temporary_professional_investor_evidence" RENAME TO "professional_investor_evidence"`);
    await q.query(`CREATE INDEX "IDX_professional_customer" ON "professional_investor_evidence" ("customerId", "evidencedAt") `);
    // A risk level set on the record without an assessment (possible before) keeps its history as an imported assessment.
    await q.query(
      `INSERT INTO "risk_assessment" ("id", "customerId", "source", "level", "assessedAt", "expiresAt", "sourceSystem", "evidenceRef", "recordedBy") ` +
        `SELECT lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-a' || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))), c."id", 'IMPORTED', c."riskLevel", c."riskAssessedAt", c."riskAssessmentExpiresAt", 'customer record', 'none recorded', 'migration' FROM "customer" c ` +
        `WHERE c."riskLevel" IS NOT NULL AND c."riskAssessedAt" IS NOT NULL AND c."riskAssessmentExpiresAt" IS NOT NULL ` +
        `AND NOT EXISTS (SELECT 1 FROM "risk_assessment" a WHERE a."customerId" = c."id")`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_professional_customer"`);
    await q.query(`ALTER TABLE "professional_investor_evidence" RENAME TO "temporary_professional_investor_evidence"`);
    await q.query(`CREATE TABLE "professional_investor_evidence" ("id" varchar(36) PRIMARY KEY NOT NULL, "customerId" varchar(36) NOT NULL, "financialAssets" bigint, "averageAnnualIncome" bigint, "investingSince" datetime(6), "evidencedAt" datetime(6) NOT NULL, "evidenceRef" varchar(200) NOT NULL, "recordedBy" varchar(200) NOT NULL)`);
    await q.query(`INSERT INTO "professional_investor_evidence"("id", "customerId", "financialAssets", "averageAnnualIncome", "investingSince", "evidencedAt", "evidenceRef", "recordedBy") SELECT "id", "customerId", "financialAssets", "averageAnnualIncome", "investingSince", "evidencedAt", "evidenceRef", "recordedBy" FROM "temporary_professional_investor_evidence"`);
    await q.query(`DROP TABLE "temporary_professional_investor_evidence"`);
    await q.query(`CREATE INDEX "IDX_professional_customer" ON "professional_investor_evidence" ("customerId", "evidencedAt") `);
    await q.query(`DROP INDEX "IDX_declaration_customer"`);
    await q.query(`ALTER TABLE "customer_declaration" RENAME TO "temporary_customer_declaration"`);
    await q.query(`CREATE TABLE "customer_declaration" ("id" varchar(36) PRIMARY KEY NOT NULL, "customerId" varchar(36) NOT NULL, "kind" varchar(32) NOT NULL, "amount" bigint NOT NULL, "description" varchar(200), "asOf" datetime(6) NOT NULL, "evidenceRef" varchar(200) NOT NULL, "recordedBy" varchar(200) NOT NULL, "recordedAt" datetime(6) NOT NULL)`);
    await q.query(`INSERT INTO "customer_declaration"("id", "customerId", "kind", "amount", "description", "asOf", "evidenceRef", "recordedBy", "recordedAt") SELECT "id", "customerId", "kind", "amount", "description", "asOf", "evidenceRef", "recordedBy", "recordedAt" FROM "temporary_customer_declaration"`);
    await q.query(`DROP TABLE "temporary_customer_declaration"`);
    await q.query(`CREATE INDEX "IDX_declaration_customer" ON "customer_declaration" ("customerId", "kind", "asOf") `);
    await q.query(`DROP INDEX "UQ_risk_assessment_external_ref"`);
    await q.query(`DROP INDEX "IDX_risk_assessment_customer"`);
    await q.query(`ALTER TABLE "risk_assessment" RENAME TO "temporary_risk_assessment"`);
    await q.query(`CREATE TABLE "risk_assessment" ("id" varchar(36) PRIMARY KEY NOT NULL, "customerId" varchar(36) NOT NULL, "questionnaireVersion" integer NOT NULL, "answers" text NOT NULL, "score" integer NOT NULL, "level" varchar(2) NOT NULL, "assessedAt" datetime(6) NOT NULL, "expiresAt" datetime(6) NOT NULL, "recordedBy" varchar(200) NOT NULL, "source" varchar(16) NOT NULL DEFAULT ('QUESTIONNAIRE'), "externalRef" varchar(64), "sourceSystem" varchar(64), "evidenceRef" varchar(200), CONSTRAINT "FK_risk_assessment_customer" FOREIGN KEY ("customerId") REFERENCES "customer" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await q.query(`INSERT INTO "risk_assessment"("id", "customerId", "questionnaireVersion", "answers", "score", "level", "assessedAt", "expiresAt", "recordedBy", "source", "externalRef", "sourceSystem", "evidenceRef") SELECT "id", "customerId", "questionnaireVersion", "answers", "score", "level", "assessedAt", "expiresAt", "recordedBy", "source", "externalRef", "sourceSystem", "evidenceRef" FROM "temporary_risk_assessment"`);
    await q.query(`DROP TABLE "temporary_risk_assessment"`);
    await q.query(`CREATE INDEX "IDX_risk_assessment_customer" ON "risk_assessment" ("customerId", "assessedAt") `);
    await q.query(`DROP INDEX "IDX_risk_assessment_customer"`);
    await q.query(`ALTER TABLE "risk_assessment" RENAME TO "temporary_risk_assessment"`);
    await q.query(`CREATE TABLE "risk_assessment" ("id" varchar(36) PRIMARY KEY NOT NULL, "customerId" varchar(36) NOT NULL, "questionnaireVersion" integer NOT NULL, "answers" text NOT NULL, "score" integer NOT NULL, "level" varchar(2) NOT NULL, "assessedAt" datetime(6) NOT NULL, "expiresAt" datetime(6) NOT NULL, "recordedBy" varchar(200) NOT NULL, CONSTRAINT "FK_risk_assessment_customer" FOREIGN KEY ("customerId") REFERENCES "customer" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await q.query(`INSERT INTO "risk_assessment"("id", "customerId", "questionnaireVersion", "answers", "score", "level", "assessedAt", "expiresAt", "recordedBy") SELECT "id", "customerId", "questionnaireVersion", "answers", "score", "level", "assessedAt", "expiresAt", "recordedBy" FROM "temporary_risk_assessment"`);
    await q.query(`DROP TABLE "temporary_risk_assessment"`);
    await q.query(`CREATE INDEX "IDX_risk_assessment_customer" ON "risk_assessment" ("customerId", "assessedAt") `);
    await q.query(`DROP INDEX "IDX_customer_occupation"`);
    await q.query(`DROP INDEX "IDX_customer_life_stage"`);
    await q.query(`DROP INDEX "IDX_customer_tier"`);
    await q.query(`DROP INDEX "IDX_customer_risk_level"`);
    await q.query(`DROP INDEX "UQ_customer_external_ref"`);
    await q.query(`DROP INDEX "IDX_customer_segment"`);
    await q.query(`ALTER TABLE "customer" RENAME TO "temporary_customer"`);
    await q.query(`CREATE TABLE "customer" ("id" varchar(36) PRIMARY KEY NOT NULL, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "externalRef" varchar(64) NOT NULL, "name" varchar(120) NOT NULL, "phone" varchar(32), "idNumber" varchar(32), "birthDate" datetime(6), "occupation" varchar(24), "lifeStage" varchar(32), "annualIncome" bigint, "financialAssetsElsewhere" bigint, "aum" bigint NOT NULL DEFAULT (0), "tierId" varchar(36), "riskLevel" varchar(2), "riskAssessedAt" datetime(6), "riskAssessmentExpiresAt" datetime(6), "tierBelowFloorSince" datetime(6), "professionalInvestor" boolean NOT NULL DEFAULT (0), CONSTRAINT "FK_customer_tier" FOREIGN KEY ("tierId") REFERENCES "tier" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`);
    await q.query(`INSERT INTO "customer"("id", "version", "createdAt", "updatedAt", "externalRef", "name", "phone", "idNumber", "birthDate", "occupation", "lifeStage", "aum", "tierId", "riskLevel", "riskAssessedAt", "riskAssessmentExpiresAt", "tierBelowFloorSince") SELECT "id", "version", "createdAt", "updatedAt", "externalRef", "name", "phone", "idNumber", "birthDate", "occupation", "lifeStage", "aum", "tierId", "riskLevel", "riskAssessedAt", "riskAssessmentExpiresAt", "tierBelowFloorSince" FROM "temporary_customer"`);
    await q.query(`DROP TABLE "temporary_customer"`);
    await q.query(`CREATE INDEX "IDX_customer_occupation" ON "customer" ("occupation") `);
    await q.query(`CREATE INDEX "IDX_customer_life_stage" ON "customer" ("lifeStage") `);
    await q.query(`CREATE INDEX "IDX_customer_tier" ON "customer" ("tierId") `);
    await q.query(`CREATE INDEX "IDX_customer_risk_level" ON "customer" ("riskLevel") `);
    await q.query(`CREATE UNIQUE INDEX "UQ_customer_external_ref" ON "customer" ("externalRef") `);
    await q.query(`CREATE INDEX "IDX_customer_segment" ON "customer" ("tierId", "riskLevel", "lifeStage", "occupation") `);
    await q.query(`DROP INDEX "IDX_professional_customer"`);
    await q.query(`DROP TABLE "professional_investor_evidence"`);
    await q.query(`DROP INDEX "IDX_declaration_customer"`);
    await q.query(`DROP TABLE "customer_declaration"`);
  }
}
