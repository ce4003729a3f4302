import type { MigrationInterface, QueryRunner } from 'typeorm';

export class WealthPlanningCreditLinesMysql1796240163746 implements MigrationInterface {
  name = 'WealthPlanningCreditLinesMysql1796240163746';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE \`customer_goal\` (\`id\` varchar(36) NOT NULL, \`version\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`customerId\` varchar(36) NOT NULL, \`kind\` varchar(24) NOT NULL, \`targetAmount\` bigint NOT NULL, \`horizonYears\` int NOT NULL, \`priority\` int NOT NULL, \`liquidityPercent\` int NOT NULL, \`source\` varchar(12) NOT NULL, \`needId\` varchar(36) NULL, \`note\` varchar(1000) NULL, \`createdBy\` varchar(200) NOT NULL, INDEX \`IDX_customer_goal_customer\` (\`customerId\`, \`createdAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await q.query(`CREATE TABLE \`proposal\` (\`id\` varchar(36) NOT NULL, \`version\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`goalId\` varchar(36) NOT NULL, \`customerId\` varchar(36) NOT NULL, \`kind\` varchar(12) NOT NULL, \`revision\` int NOT NULL, \`status\` varchar(12) NOT NULL, \`investable\` bigint NOT NULL, \`inflation\` bigint NOT NULL, \`loanParts\` text NOT NULL, \`draftNotes\` text NOT NULL, \`preparedBy\` varchar(200) NOT NULL, \`presentedAt\` datetime(6) NULL, \`validUntil\` datetime(6) NULL, \`decidedAt\` datetime(6) NULL, \`decidedBy\` varchar(200) NULL, \`declineReason\` varchar(500) NULL, INDEX \`IDX_proposal_expiry\` (\`status\`, \`validUntil\`), INDEX \`IDX_proposal_customer\` (\`customerId\`, \`status\`), UNIQUE INDEX \`UQ_proposal_revision\` (\`goalId\`, \`revision\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await q.query(`CREATE TABLE \`proposal_line\` (\`id\` varchar(36) NOT NULL, \`proposalId\` varchar(36) NOT NULL, \`position\` int NOT NULL, \`productId\` varchar(36) NOT NULL, \`role\` varchar(12) NOT NULL, \`amount\` bigint NOT NULL, \`termMonths\` int NULL, \`riskLevel\` varchar(2) NOT NULL, \`returnLow\` bigint NOT NULL, \`returnHigh\` bigint NOT NULL, \`check\` text NOT NULL, \`orderId\` varchar(36) NULL, INDEX \`IDX_proposal_line_proposal\` (\`proposalId\`, \`position\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await q.query(`CREATE TABLE \`credit_line_rule\` (\`id\` varchar(36) NOT NULL, \`version\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`code\` varchar(40) NOT NULL, \`name\` varchar(200) NOT NULL, \`nameEn\` varchar(200) NULL, \`condition\` varchar(16) NOT NULL, \`threshold\` bigint NOT NULL, \`tierIds\` text NOT NULL, \`changePercent\` bigint NOT NULL, \`minLimit\` bigint NULL, \`maxLimit\` bigint NULL, \`priority\` int NOT NULL DEFAULT '100', \`active\` tinyint NOT NULL DEFAULT 1, UNIQUE INDEX \`UQ_credit_line_rule_code\` (\`code\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await q.query(`CREATE TABLE \`credit_line\` (\`id\` varchar(36) NOT NULL, \`version\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`customerId\` varchar(36) NOT NULL, \`productId\` varchar(36) NOT NULL, \`creditLimit\` bigint NOT NULL, \`status\` varchar(8) NOT NULL, \`onTimeMonths\` int NOT NULL DEFAULT '0', \`overdueLast12\` int NOT NULL DEFAULT '0', \`incomeAtReview\` bigint NULL, \`conductAsOf\` datetime(6) NULL, INDEX \`IDX_credit_line_status\` (\`status\`, \`id\`), UNIQUE INDEX \`UQ_credit_line_customer_product\` (\`customerId\`, \`productId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await q.query(`CREATE TABLE \`credit_limit_change\` (\`id\` varchar(36) NOT NULL, \`version\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`creditLineId\` varchar(36) NOT NULL, \`customerId\` varchar(36) NOT NULL, \`period\` varchar(48) NOT NULL, \`ruleId\` varchar(36) NULL, \`fromLimit\` bigint NOT NULL, \`toLimit\` bigint NOT NULL, \`reason\` text NOT NULL, \`status\` varchar(10) NOT NULL, \`proposedBy\` varchar(200) NOT NULL, \`proposedById\` varchar(36) NULL, \`decidedBy\` varchar(200) NULL, \`decidedAt\` datetime(6) NULL, \`decisionNote\` varchar(500) NULL, \`notifiedAt\` datetime(6) NULL, INDEX \`IDX_credit_limit_change_status\` (\`status\`, \`createdAt\`), UNIQUE INDEX \`UQ_credit_limit_change_period\` (\`creditLineId\`, \`period\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX \`UQ_credit_limit_change_period\` ON \`credit_limit_change\``);
    await q.query(`DROP INDEX \`IDX_credit_limit_change_status\` ON \`credit_limit_change\``);
    await q.query(`DROP TABLE \`credit_limit_change\``);
    await q.query(`DROP INDEX \`UQ_credit_line_customer_product\` ON \`credit_line\``);
    await q.query(`DROP INDEX \`IDX_credit_line_status\` ON \`credit_line\``);
    await q.query(`DROP TABLE \`credit_line\``);
    await q.query(`DROP INDEX \`UQ_credit_line_rule_code\` ON \`credit_line_rule\``);
    await q.query(`DROP TABLE \`credit_line_rule\``);
    await q.query(`DROP INDEX \`IDX_proposal_line_proposal\` ON \`proposal_line\``);
    await q.query(`DROP TABLE \`proposal_line\``);
    await q.query(`DROP INDEX \`UQ_proposal_revision\` ON \`proposal\``);
    await q.query(`DROP INDEX \`IDX_proposal_customer\` ON \`proposal\``);
    await q.query(`DROP INDEX \`IDX_proposal_expiry\` ON \`proposal\``);
    await q.query(`DROP TABLE \`proposal\``);
    await q.query(`DROP INDEX \`IDX_customer_goal_customer\` ON \`customer_goal\``);
    await q.query(`DROP TABLE \`customer_goal\``);
  }
}
