import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AdvisorsMysql1796194775059 implements MigrationInterface {
  name = 'AdvisorsMysql1796194775059';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE \`customer_contact\` (\`id\` varchar(36) NOT NULL, \`customerId\` varchar(36) NOT NULL, \`kind\` varchar(16) NOT NULL, \`interview\` tinyint NOT NULL, \`notes\` varchar(4000) NOT NULL, \`contactedAt\` datetime(6) NOT NULL, \`loggedBy\` varchar(200) NOT NULL, INDEX \`IDX_contact_customer\` (\`customerId\`, \`contactedAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await q.query(`CREATE TABLE \`follow_up\` (\`id\` varchar(36) NOT NULL, \`version\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`customerId\` varchar(36) NOT NULL, \`advisorId\` varchar(36) NULL, \`kind\` varchar(16) NOT NULL, \`dueOn\` varchar(10) NOT NULL, \`basis\` varchar(36) NOT NULL, \`doneAt\` datetime(6) NULL, \`contactId\` varchar(36) NULL, INDEX \`IDX_follow_up_advisor\` (\`advisorId\`, \`doneAt\`, \`dueOn\`), UNIQUE INDEX \`UQ_follow_up_basis\` (\`customerId\`, \`kind\`, \`basis\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await q.query(`ALTER TABLE \`app_user\` ADD \`managerId\` varchar(36) NULL`);
    await q.query(`ALTER TABLE \`customer\` ADD \`advisorId\` varchar(36) NULL`);
    await q.query(`CREATE INDEX \`IDX_customer_advisor\` ON \`customer\` (\`advisorId\`)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX \`IDX_customer_advisor\` ON \`customer\``);
    await q.query(`ALTER TABLE \`customer\` DROP COLUMN \`advisorId\``);
    await q.query(`ALTER TABLE \`app_user\` DROP COLUMN \`managerId\``);
    await q.query(`DROP INDEX \`UQ_follow_up_basis\` ON \`follow_up\``);
    await q.query(`DROP INDEX \`IDX_follow_up_advisor\` ON \`follow_up\``);
    await q.query(`DROP TABLE \`follow_up\``);
    await q.query(`DROP INDEX \`IDX_contact_customer\` ON \`customer_contact\``);
    await q.query(`DROP TABLE \`customer_contact\``);
  }
}
