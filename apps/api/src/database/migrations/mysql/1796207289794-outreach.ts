import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OutreachMysql1796207289794 implements MigrationInterface {
  name = 'OutreachMysql1796207289794';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE \`job_run\` (\`id\` varchar(36) NOT NULL, \`job\` varchar(40) NOT NULL, \`jobKey\` varchar(120) NOT NULL, \`attempt\` int NOT NULL, \`status\` varchar(12) NOT NULL, \`progress\` int NOT NULL DEFAULT '0', \`count\` int NOT NULL DEFAULT '0', \`error\` varchar(1000) NULL, \`runner\` varchar(120) NOT NULL, \`startedAt\` datetime(6) NOT NULL, \`finishedAt\` datetime(6) NULL, INDEX \`IDX_job_run_started\` (\`startedAt\`), INDEX \`IDX_job_run_job\` (\`job\`, \`startedAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await q.query(`CREATE TABLE \`campaign\` (\`id\` varchar(36) NOT NULL, \`version\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`code\` varchar(40) NOT NULL, \`name\` varchar(200) NOT NULL, \`nameEn\` varchar(200) NULL, \`status\` varchar(12) NOT NULL, \`category\` varchar(16) NOT NULL, \`ownerId\` varchar(36) NOT NULL, \`ownerEmail\` varchar(200) NOT NULL, \`audienceKind\` varchar(16) NOT NULL, \`audienceRef\` varchar(40) NOT NULL, \`channels\` text NOT NULL, \`templateZh\` varchar(600) NOT NULL, \`templateEn\` varchar(600) NULL, \`productId\` varchar(36) NULL, \`sendAt\` datetime(6) NULL, \`trigger\` varchar(16) NULL, \`offsets\` text NOT NULL, \`triggerNeed\` varchar(32) NULL, \`minScore\` int NULL, \`approvedBy\` varchar(200) NULL, \`approvedAt\` datetime(6) NULL, \`startedAt\` datetime(6) NULL, \`completedAt\` datetime(6) NULL, \`runs\` int NOT NULL DEFAULT '0', \`cursor\` varchar(36) NULL, INDEX \`IDX_campaign_status\` (\`status\`), UNIQUE INDEX \`UQ_campaign_code\` (\`code\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await q.query(`CREATE TABLE \`outreach_message\` (\`id\` varchar(36) NOT NULL, \`dedupeKey\` varchar(200) NOT NULL, \`campaignId\` varchar(36) NULL, \`customerId\` varchar(36) NOT NULL, \`channel\` varchar(12) NOT NULL, \`category\` varchar(16) NOT NULL, \`source\` varchar(16) NOT NULL, \`language\` varchar(2) NOT NULL, \`body\` varchar(700) NOT NULL, \`status\` varchar(12) NOT NULL, \`reason\` varchar(20) NULL, \`holdUntil\` datetime(6) NULL, \`basis\` text NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`decidedAt\` datetime(6) NULL, \`claimedAt\` datetime(6) NULL, \`sentAt\` datetime(6) NULL, \`deliveredAt\` datetime(6) NULL, \`openedAt\` datetime(6) NULL, \`clickedAt\` datetime(6) NULL, \`convertedAt\` datetime(6) NULL, \`orderId\` varchar(36) NULL, \`dismissedAt\` datetime(6) NULL, \`unsubscribedAt\` datetime(6) NULL, \`failedAt\` datetime(6) NULL, \`error\` varchar(500) NULL, \`providerMessageId\` varchar(100) NULL, \`attempts\` int NOT NULL DEFAULT '0', INDEX \`IDX_outreach_message_status\` (\`status\`, \`holdUntil\`), INDEX \`IDX_outreach_message_campaign\` (\`campaignId\`, \`status\`), INDEX \`IDX_outreach_message_customer\` (\`customerId\`, \`sentAt\`), UNIQUE INDEX \`UQ_outreach_message_key\` (\`dedupeKey\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await q.query(`CREATE TABLE \`outbox_message\` (\`id\` varchar(36) NOT NULL, \`messageId\` varchar(36) NOT NULL, \`channel\` varchar(12) NOT NULL, \`customerId\` varchar(36) NOT NULL, \`body\` varchar(700) NOT NULL, \`createdAt\` datetime(6) NOT NULL, INDEX \`IDX_outbox_created\` (\`createdAt\`), UNIQUE INDEX \`UQ_outbox_message\` (\`messageId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await q.query(`CREATE TABLE \`contact_policy_setting\` (\`id\` varchar(16) NOT NULL, \`policy\` text NOT NULL, \`version\` int NOT NULL, \`updatedBy\` varchar(200) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE \`contact_policy_setting\``);
    await q.query(`DROP INDEX \`UQ_outbox_message\` ON \`outbox_message\``);
    await q.query(`DROP INDEX \`IDX_outbox_created\` ON \`outbox_message\``);
    await q.query(`DROP TABLE \`outbox_message\``);
    await q.query(`DROP INDEX \`UQ_outreach_message_key\` ON \`outreach_message\``);
    await q.query(`DROP INDEX \`IDX_outreach_message_customer\` ON \`outreach_message\``);
    await q.query(`DROP INDEX \`IDX_outreach_message_campaign\` ON \`outreach_message\``);
    await q.query(`DROP INDEX \`IDX_outreach_message_status\` ON \`outreach_message\``);
    await q.query(`DROP TABLE \`outreach_message\``);
    await q.query(`DROP INDEX \`UQ_campaign_code\` ON \`campaign\``);
    await q.query(`DROP INDEX \`IDX_campaign_status\` ON \`campaign\``);
    await q.query(`DROP TABLE \`campaign\``);
    await q.query(`DROP INDEX \`IDX_job_run_job\` ON \`job_run\``);
    await q.query(`DROP INDEX \`IDX_job_run_started\` ON \`job_run\``);
    await q.query(`DROP TABLE \`job_run\``);
  }
}
