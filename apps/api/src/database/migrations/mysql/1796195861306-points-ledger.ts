import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PointsLedgerMysql1796195861306 implements MigrationInterface {
  name = 'PointsLedgerMysql1796195861306';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE \`points_balance\` (\`customerId\` varchar(36) NOT NULL, \`balance\` int NOT NULL DEFAULT '0', PRIMARY KEY (\`customerId\`)) ENGINE=InnoDB`);
    await q.query(`CREATE TABLE \`points_entry\` (\`id\` varchar(36) NOT NULL, \`customerId\` varchar(36) NOT NULL, \`kind\` varchar(8) NOT NULL, \`points\` int NOT NULL, \`balanceAfter\` int NOT NULL, \`reason\` varchar(500) NOT NULL, \`idempotencyKey\` varchar(100) NOT NULL, \`fingerprint\` varchar(200) NOT NULL, \`createdBy\` varchar(200) NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`IDX_points_entry_customer\` (\`customerId\`, \`createdAt\`), UNIQUE INDEX \`UQ_points_entry_key\` (\`idempotencyKey\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX \`UQ_points_entry_key\` ON \`points_entry\``);
    await q.query(`DROP INDEX \`IDX_points_entry_customer\` ON \`points_entry\``);
    await q.query(`DROP TABLE \`points_entry\``);
    await q.query(`DROP TABLE \`points_balance\``);
  }
}
