import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OrdersMysql1796184191358 implements MigrationInterface {
  name = 'OrdersMysql1796184191358';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE \`customer_order\` (\`id\` varchar(36) NOT NULL, \`version\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`customerId\` varchar(36) NOT NULL, \`productId\` varchar(36) NOT NULL, \`status\` varchar(32) NOT NULL, \`channel\` varchar(16) NOT NULL, \`amount\` bigint NOT NULL, \`currency\` varchar(3) NOT NULL, \`cnyAmount\` bigint NOT NULL, \`cnyRate\` varchar(24) NULL, \`decision\` text NOT NULL, \`refusalCodes\` text NOT NULL, \`warningVersion\` int NULL, \`warningConfirmedBy\` varchar(200) NULL, \`warningConfirmedAt\` datetime(6) NULL, \`warningConfirmedVia\` varchar(16) NULL, \`elderlyAcknowledgedBy\` varchar(200) NULL, \`signedAt\` datetime(6) NULL, \`paidAt\` datetime(6) NULL, \`coolingOffEndsAt\` datetime(6) NULL, \`confirmedAt\` datetime(6) NULL, \`cancelledAt\` datetime(6) NULL, \`refundAmount\` bigint NULL, \`cancelReason\` varchar(500) NULL, \`placedBy\` varchar(200) NOT NULL, INDEX \`IDX_order_cooling_off\` (\`status\`, \`coolingOffEndsAt\`), INDEX \`IDX_order_customer\` (\`customerId\`, \`status\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await q.query(`CREATE TABLE \`risk_warning\` (\`id\` varchar(36) NOT NULL, \`productId\` varchar(36) NOT NULL, \`version\` int NOT NULL, \`textZh\` text NOT NULL, \`textEn\` text NOT NULL, \`createdBy\` varchar(200) NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX \`UQ_risk_warning_version\` (\`productId\`, \`version\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await q.query(`ALTER TABLE \`customer_order\` ADD CONSTRAINT \`FK_order_customer\` FOREIGN KEY (\`customerId\`) REFERENCES \`customer\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE \`customer_order\` ADD CONSTRAINT \`FK_order_product\` FOREIGN KEY (\`productId\`) REFERENCES \`product\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE \`risk_warning\` ADD CONSTRAINT \`FK_risk_warning_product\` FOREIGN KEY (\`productId\`) REFERENCES \`product\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE \`risk_warning\` DROP FOREIGN KEY \`FK_risk_warning_product\``);
    await q.query(`ALTER TABLE \`customer_order\` DROP FOREIGN KEY \`FK_order_product\``);
    await q.query(`ALTER TABLE \`customer_order\` DROP FOREIGN KEY \`FK_order_customer\``);
    await q.query(`DROP INDEX \`UQ_risk_warning_version\` ON \`risk_warning\``);
    await q.query(`DROP TABLE \`risk_warning\``);
    await q.query(`DROP INDEX \`IDX_order_customer\` ON \`customer_order\``);
    await q.query(`DROP INDEX \`IDX_order_cooling_off\` ON \`customer_order\``);
    await q.query(`DROP TABLE \`customer_order\``);
  }
}
