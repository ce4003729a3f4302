import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ConsentsMysql1795941137421 implements MigrationInterface {
  name = 'ConsentsMysql1795941137421';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE \`customer_consent\` (\`id\` varchar(36) NOT NULL, \`customerId\` varchar(36) NOT NULL, \`kind\` varchar(24) NOT NULL, \`partnerId\` varchar(36) NULL, \`granted\` tinyint NOT NULL, \`changedAt\` datetime(6) NOT NULL, \`recordedBy\` varchar(200) NOT NULL, INDEX \`IDX_consent_customer\` (\`customerId\`, \`kind\`, \`changedAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await q.query(`ALTER TABLE \`customer_consent\` ADD CONSTRAINT \`FK_consent_customer\` FOREIGN KEY (\`customerId\`) REFERENCES \`customer\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE \`customer_consent\` DROP FOREIGN KEY \`FK_consent_customer\``);
    await q.query(`DROP INDEX \`IDX_consent_customer\` ON \`customer_consent\``);
    await q.query(`DROP TABLE \`customer_consent\``);
  }
}
