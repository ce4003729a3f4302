import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RiskAssessmentsMysql1795941035543 implements MigrationInterface {
  name = 'RiskAssessmentsMysql1795941035543';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE \`risk_questionnaire\` (\`id\` varchar(36) NOT NULL, \`version\` int NOT NULL, \`definition\` text NOT NULL, \`createdBy\` varchar(200) NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX \`UQ_risk_questionnaire_version\` (\`version\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await q.query(`CREATE TABLE \`risk_assessment\` (\`id\` varchar(36) NOT NULL, \`customerId\` varchar(36) NOT NULL, \`questionnaireVersion\` int NOT NULL, \`answers\` text NOT NULL, \`score\` int NOT NULL, \`level\` varchar(2) NOT NULL, \`assessedAt\` datetime(6) NOT NULL, \`expiresAt\` datetime(6) NOT NULL, \`recordedBy\` varchar(200) NOT NULL, INDEX \`IDX_risk_assessment_customer\` (\`customerId\`, \`assessedAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await q.query(`ALTER TABLE \`risk_assessment\` ADD CONSTRAINT \`FK_risk_assessment_customer\` FOREIGN KEY (\`customerId\`) REFERENCES \`customer\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE \`risk_assessment\` DROP FOREIGN KEY \`FK_risk_assessment_customer\``);
    await q.query(`DROP INDEX \`IDX_risk_assessment_customer\` ON \`risk_assessment\``);
    await q.query(`DROP TABLE \`risk_assessment\``);
    await q.query(`DROP INDEX \`UQ_risk_questionnaire_version\` ON \`risk_questionnaire\``);
    await q.query(`DROP TABLE \`risk_questionnaire\``);
  }
}
