import type { MigrationInterface, QueryRunner } from 'typeorm';

export class BenefitLedgerMysql1796193440302 implements MigrationInterface {
  name = 'BenefitLedgerMysql1796193440302';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE \`benefit_usage\` (\`customerId\` varchar(36) NOT NULL, \`benefitId\` varchar(36) NOT NULL, \`year\` int NOT NULL, \`used\` int NOT NULL DEFAULT '0', PRIMARY KEY (\`customerId\`, \`benefitId\`, \`year\`)) ENGINE=InnoDB`);
    await q.query(`CREATE TABLE \`benefit_redemption\` (\`id\` varchar(36) NOT NULL, \`version\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`customerId\` varchar(36) NOT NULL, \`benefitId\` varchar(36) NOT NULL, \`tierId\` varchar(36) NOT NULL, \`year\` int NOT NULL, \`status\` varchar(16) NOT NULL, \`idempotencyKey\` varchar(100) NOT NULL, \`fingerprint\` varchar(200) NOT NULL, \`fulfilmentOrderId\` varchar(36) NULL, \`notes\` varchar(1000) NULL, \`redeemedBy\` varchar(200) NOT NULL, INDEX \`IDX_benefit_redemption_customer\` (\`customerId\`, \`year\`), UNIQUE INDEX \`UQ_benefit_redemption_key\` (\`idempotencyKey\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX \`UQ_benefit_redemption_key\` ON \`benefit_redemption\``);
    await q.query(`DROP INDEX \`IDX_benefit_redemption_customer\` ON \`benefit_redemption\``);
    await q.query(`DROP TABLE \`benefit_redemption\``);
    await q.query(`DROP TABLE \`benefit_usage\``);
  }
}
