import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PartnerOrdersMysql1796190450145 implements MigrationInterface {
  name = 'PartnerOrdersMysql1796190450145';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE \`customer_order\` ADD \`referredByPartnerId\` varchar(36) NULL`);
    await q.query(`ALTER TABLE \`customer_order\` ADD \`scenarioPackageId\` varchar(36) NULL`);
    await q.query(`ALTER TABLE \`scenario_package\` ADD \`partnerOrders\` tinyint NOT NULL DEFAULT 0`);
    await q.query(`CREATE INDEX \`IDX_order_partner\` ON \`customer_order\` (\`referredByPartnerId\`, \`createdAt\`)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX \`IDX_order_partner\` ON \`customer_order\``);
    await q.query(`ALTER TABLE \`scenario_package\` DROP COLUMN \`partnerOrders\``);
    await q.query(`ALTER TABLE \`customer_order\` DROP COLUMN \`scenarioPackageId\``);
    await q.query(`ALTER TABLE \`customer_order\` DROP COLUMN \`referredByPartnerId\``);
  }
}
