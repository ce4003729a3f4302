import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ProductRevisionsMysql1796192119376 implements MigrationInterface {
  name = 'ProductRevisionsMysql1796192119376';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE \`product_revision\` (\`id\` varchar(36) NOT NULL, \`productId\` varchar(36) NOT NULL, \`version\` int NOT NULL, \`effectiveFrom\` datetime(6) NOT NULL, \`terms\` text NOT NULL, \`recordedBy\` varchar(200) NOT NULL, INDEX \`IDX_product_revision_from\` (\`productId\`, \`effectiveFrom\`), UNIQUE INDEX \`UQ_product_revision_version\` (\`productId\`, \`version\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await q.query(`ALTER TABLE \`customer_order\` ADD \`productVersion\` int NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE \`customer_order\` DROP COLUMN \`productVersion\``);
    await q.query(`DROP INDEX \`UQ_product_revision_version\` ON \`product_revision\``);
    await q.query(`DROP INDEX \`IDX_product_revision_from\` ON \`product_revision\``);
    await q.query(`DROP TABLE \`product_revision\``);
  }
}
