import type { MigrationInterface, QueryRunner } from 'typeorm';

export class BranchQueueMysql1796195674147 implements MigrationInterface {
  name = 'BranchQueueMysql1796195674147';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE \`branch_ticket\` (\`id\` varchar(36) NOT NULL, \`branchCode\` varchar(40) NOT NULL, \`day\` varchar(10) NOT NULL, \`number\` varchar(8) NOT NULL, \`customerId\` varchar(36) NULL, \`tierId\` varchar(36) NULL, \`priority\` int NOT NULL, \`dedicated\` tinyint NOT NULL, \`status\` varchar(16) NOT NULL, \`calledAtWindow\` varchar(16) NULL, \`issuedAt\` datetime(6) NOT NULL, \`calledAt\` datetime(6) NULL, \`calledBy\` varchar(200) NULL, INDEX \`IDX_branch_ticket_waiting\` (\`branchCode\`, \`day\`, \`status\`), UNIQUE INDEX \`UQ_branch_ticket_number\` (\`branchCode\`, \`day\`, \`number\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX \`UQ_branch_ticket_number\` ON \`branch_ticket\``);
    await q.query(`DROP INDEX \`IDX_branch_ticket_waiting\` ON \`branch_ticket\``);
    await q.query(`DROP TABLE \`branch_ticket\``);
  }
}
