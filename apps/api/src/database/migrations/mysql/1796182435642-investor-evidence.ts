import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InvestorEvidenceMysql1796182435642 implements MigrationInterface {
  name = 'InvestorEvidenceMysql1796182435642';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE \`customer_declaration\` (\`id\` varchar(36) NOT NULL, \`customerId\` varchar(36) NOT NULL, \`kind\` varchar(32) NOT NULL, \`amount\` bigint NOT NULL, \`description\` varchar(200) NULL, \`asOf\` datetime(6) NOT NULL, \`evidenceRef\` varchar(200) NOT NULL, \`recordedBy\` varchar(200) NOT NULL, \`recordedAt\` datetime(6) NOT NULL, INDEX \`IDX_declaration_customer\` (\`customerId\`, \`kind\`, \`asOf\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await q.query(`CREATE TABLE \`professional_investor_evidence\` (\`id\` varchar(36) NOT NULL, \`customerId\` varchar(36) NOT NULL, \`financialAssets\` bigint NULL, \`averageAnnualIncome\` bigint NULL, \`investingSince\` datetime(6) NULL, \`evidencedAt\` datetime(6) NOT NULL, \`evidenceRef\` varchar(200) NOT NULL, \`recordedBy\` varchar(200) NOT NULL, INDEX \`IDX_professional_customer\` (\`customerId\`, \`evidencedAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    // What the customer record held is kept as a declaration dated when the record last changed (so it lapses within a year).
    await q.query(
      `INSERT INTO \`customer_declaration\` (\`id\`, \`customerId\`, \`kind\`, \`amount\`, \`description\`, \`asOf\`, \`evidenceRef\`, \`recordedBy\`, \`recordedAt\`) ` +
        `SELECT UUID(), \`id\`, 'AVERAGE_ANNUAL_INCOME', \`annualIncome\`, NULL, \`updatedAt\`, 'from the customer record (no evidence recorded)', 'migration', NOW(6) FROM \`customer\` WHERE \`annualIncome\` IS NOT NULL`,
    );
    // What the customer record held is kept as a declaration dated when the record last changed (so it lapses within a year).
    await q.query(
      `INSERT INTO \`customer_declaration\` (\`id\`, \`customerId\`, \`kind\`, \`amount\`, \`description\`, \`asOf\`, \`evidenceRef\`, \`recordedBy\`, \`recordedAt\`) ` +
        `SELECT UUID(), \`id\`, 'ASSETS_ELSEWHERE', \`financialAssetsElsewhere\`, NULL, \`updatedAt\`, 'from the customer record (no evidence recorded)', 'migration', NOW(6) FROM \`customer\` WHERE \`financialAssetsElsewhere\` IS NOT NULL`,
    );
    await q.query(`ALTER TABLE \`customer\` DROP COLUMN \`annualIncome\``);
    await q.query(`ALTER TABLE \`customer\` DROP COLUMN \`financialAssetsElsewhere\``);
    await q.query(`ALTER TABLE \`customer\` DROP COLUMN \`professionalInvestor\``);
    await q.query(`ALTER TABLE \`risk_assessment\` ADD \`source\` varchar(16) NOT NULL DEFAULT 'QUESTIONNAIRE'`);
    await q.query(`ALTER TABLE \`risk_assessment\` ADD \`externalRef\` varchar(64) NULL`);
    await q.query(`ALTER TABLE \`risk_assessment\` ADD \`sourceSystem\` varchar(64) NULL`);
    await q.query(`ALTER TABLE \`risk_assessment\` ADD \`evidenceRef\` varchar(200) NULL`);
    await q.query(`ALTER TABLE \`risk_assessment\` CHANGE \`questionnaireVersion\` \`questionnaireVersion\` int NULL`);
    await q.query(`ALTER TABLE \`risk_assessment\` CHANGE \`answers\` \`answers\` text NULL`);
    await q.query(`ALTER TABLE \`risk_assessment\` CHANGE \`score\` \`score\` int NULL`);
    await q.query(`CREATE UNIQUE INDEX \`UQ_risk_assessment_external_ref\` ON \`risk_assessment\` (\`externalRef\`)`);
    await q.query(`ALTER TABLE \`customer_declaration\` ADD CONSTRAINT \`FK_declaration_customer\` FOREIGN KEY (\`customerId\`) REFERENCES \`customer\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE \`professional_investor_evidence\` ADD CONSTRAINT \`FK_professional_customer\` FOREIGN KEY (\`customerId\`) REFERENCES \`customer\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`);
    // A risk level set on the record without an assessment (possible before) keeps its history as an imported assessment.
    await q.query(
      `INSERT INTO \`risk_assessment\` (\`id\`, \`customerId\`, \`source\`, \`level\`, \`assessedAt\`, \`expiresAt\`, \`sourceSystem\`, \`evidenceRef\`, \`recordedBy\`) ` +
        `SELECT UUID(), c.\`id\`, 'IMPORTED', c.\`riskLevel\`, c.\`riskAssessedAt\`, c.\`riskAssessmentExpiresAt\`, 'customer record', 'none recorded', 'migration' FROM \`customer\` c ` +
        `WHERE c.\`riskLevel\` IS NOT NULL AND c.\`riskAssessedAt\` IS NOT NULL AND c.\`riskAssessmentExpiresAt\` IS NOT NULL ` +
        `AND NOT EXISTS (SELECT 1 FROM \`risk_assessment\` a WHERE a.\`customerId\` = c.\`id\`)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE \`professional_investor_evidence\` DROP FOREIGN KEY \`FK_professional_customer\``);
    await q.query(`ALTER TABLE \`customer_declaration\` DROP FOREIGN KEY \`FK_declaration_customer\``);
    await q.query(`DROP INDEX \`UQ_risk_assessment_external_ref\` ON \`risk_assessment\``);
    await q.query(`ALTER TABLE \`risk_assessment\` CHANGE \`score\` \`score\` int NOT NULL`);
    await q.query(`ALTER TABLE \`risk_assessment\` CHANGE \`answers\` \`answers\` text NOT NULL`);
    await q.query(`ALTER TABLE \`risk_assessment\` CHANGE \`questionnaireVersion\` \`questionnaireVersion\` int NOT NULL`);
    await q.query(`ALTER TABLE \`risk_assessment\` DROP COLUMN \`evidenceRef\``);
    await q.query(`ALTER TABLE \`risk_assessment\` DROP COLUMN \`sourceSystem\``);
    await q.query(`ALTER TABLE \`risk_assessment\` DROP COLUMN \`externalRef\``);
    await q.query(`ALTER TABLE \`risk_assessment\` DROP COLUMN \`source\``);
    await q.query(`ALTER TABLE \`customer\` ADD \`professionalInvestor\` tinyint NOT NULL DEFAULT 0`);
    await q.query(`ALTER TABLE \`customer\` ADD \`financialAssetsElsewhere\` bigint NULL`);
    await q.query(`ALTER TABLE \`customer\` ADD \`annualIncome\` bigint NULL`);
    await q.query(`DROP INDEX \`IDX_professional_customer\` ON \`professional_investor_evidence\``);
    await q.query(`DROP TABLE \`professional_investor_evidence\``);
    await q.query(`DROP INDEX \`IDX_declaration_customer\` ON \`customer_declaration\``);
    await q.query(`DROP TABLE \`customer_declaration\``);
  }
}
