import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ServiceDeskMysql1796193926144 implements MigrationInterface {
  name = 'ServiceDeskMysql1796193926144';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE \`business_calendar\` (\`id\` varchar(36) NOT NULL, \`version\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`code\` varchar(40) NOT NULL, \`name\` varchar(200) NOT NULL, \`nameEn\` varchar(200) NULL, \`timeZone\` varchar(64) NOT NULL, \`weekdays\` text NOT NULL, \`holidays\` text NOT NULL, \`workdays\` text NOT NULL, UNIQUE INDEX \`UQ_business_calendar_code\` (\`code\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await q.query(`CREATE TABLE \`service_request\` (\`id\` varchar(36) NOT NULL, \`version\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`customerId\` varchar(36) NOT NULL, \`tierId\` varchar(36) NULL, \`category\` varchar(32) NOT NULL, \`channel\` varchar(16) NOT NULL, \`priority\` varchar(16) NOT NULL, \`description\` varchar(2000) NOT NULL, \`status\` varchar(32) NOT NULL, \`assigneeId\` varchar(36) NULL, \`policy\` text NOT NULL, \`history\` text NOT NULL, \`firstResponseAt\` datetime(6) NULL, \`resolvedAt\` datetime(6) NULL, \`closedAt\` datetime(6) NULL, \`satisfaction\` int NULL, \`createdBy\` varchar(200) NOT NULL, INDEX \`IDX_service_request_customer\` (\`customerId\`, \`createdAt\`), INDEX \`IDX_service_request_status\` (\`status\`, \`createdAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await q.query(`CREATE TABLE \`service_message\` (\`id\` varchar(36) NOT NULL, \`requestId\` varchar(36) NOT NULL, \`internal\` tinyint NOT NULL, \`body\` varchar(4000) NOT NULL, \`author\` varchar(200) NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`IDX_service_message_request\` (\`requestId\`, \`createdAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await q.query(`CREATE TABLE \`sla_event\` (\`id\` varchar(36) NOT NULL, \`requestId\` varchar(36) NOT NULL, \`metric\` varchar(16) NOT NULL, \`percent\` int NOT NULL, \`dueAt\` datetime(6) NOT NULL, \`recordedAt\` datetime(6) NOT NULL, \`notify\` text NOT NULL, UNIQUE INDEX \`UQ_sla_event\` (\`requestId\`, \`metric\`, \`percent\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX \`UQ_sla_event\` ON \`sla_event\``);
    await q.query(`DROP TABLE \`sla_event\``);
    await q.query(`DROP INDEX \`IDX_service_message_request\` ON \`service_message\``);
    await q.query(`DROP TABLE \`service_message\``);
    await q.query(`DROP INDEX \`IDX_service_request_status\` ON \`service_request\``);
    await q.query(`DROP INDEX \`IDX_service_request_customer\` ON \`service_request\``);
    await q.query(`DROP TABLE \`service_request\``);
    await q.query(`DROP INDEX \`UQ_business_calendar_code\` ON \`business_calendar\``);
    await q.query(`DROP TABLE \`business_calendar\``);
  }
}
