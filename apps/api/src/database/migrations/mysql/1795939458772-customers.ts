import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Customers1795939458772Mysql implements MigrationInterface {
  name = 'Customers1795939458772Mysql';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE \`customer\` (\`id\` varchar(36) NOT NULL, \`version\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`externalRef\` varchar(64) NOT NULL, \`name\` varchar(120) NOT NULL, \`phone\` varchar(32) NULL, \`idNumber\` varchar(32) NULL, \`birthDate\` datetime(6) NULL, \`occupation\` varchar(24) NULL, \`lifeStage\` varchar(32) NULL, \`annualIncome\` bigint NULL, \`financialAssetsElsewhere\` bigint NULL, \`aum\` bigint NOT NULL DEFAULT '0', \`tierId\` varchar(36) NULL, \`riskLevel\` varchar(2) NULL, \`riskAssessedAt\` datetime(6) NULL, \`riskAssessmentExpiresAt\` datetime(6) NULL, \`professionalInvestor\` tinyint NOT NULL DEFAULT 0, INDEX \`IDX_customer_occupation\` (\`occupation\`), INDEX \`IDX_customer_life_stage\` (\`lifeStage\`), INDEX \`IDX_customer_tier\` (\`tierId\`), INDEX \`IDX_customer_risk_level\` (\`riskLevel\`), UNIQUE INDEX \`UQ_customer_external_ref\` (\`externalRef\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await q.query(`ALTER TABLE \`customer\` ADD CONSTRAINT \`FK_customer_tier\` FOREIGN KEY (\`tierId\`) REFERENCES \`tier\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE \`customer\` DROP FOREIGN KEY \`FK_customer_tier\``);
    await q.query(`DROP INDEX \`UQ_customer_external_ref\` ON \`customer\``);
    await q.query(`DROP INDEX \`IDX_customer_risk_level\` ON \`customer\``);
    await q.query(`DROP INDEX \`IDX_customer_tier\` ON \`customer\``);
    await q.query(`DROP INDEX \`IDX_customer_life_stage\` ON \`customer\``);
    await q.query(`DROP INDEX \`IDX_customer_occupation\` ON \`customer\``);
    await q.query(`DROP TABLE \`customer\``);
  }
}
