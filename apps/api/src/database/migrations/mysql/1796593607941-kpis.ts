import type { MigrationInterface, QueryRunner } from 'typeorm';

export class KpisMysql1796593607941 implements MigrationInterface {
  name = 'KpisMysql1796593607941';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE \`kpi_snapshot\` (\`id\` varchar(36) NOT NULL, \`month\` varchar(7) NOT NULL, \`scope\` varchar(36) NOT NULL, \`figures\` text NOT NULL, \`computedAt\` datetime(6) NOT NULL, \`final\` tinyint NOT NULL, UNIQUE INDEX \`UQ_kpi_snapshot\` (\`month\`, \`scope\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await q.query(`ALTER TABLE \`product\` ADD \`revenueRate\` bigint NULL`);
    await q.query(`ALTER TABLE \`customer\` ADD \`closedAt\` datetime(6) NULL`);
    await q.query(`ALTER TABLE \`customer\` ADD \`closedReason\` varchar(200) NULL`);
    await q.query(`ALTER TABLE \`customer_need\` ADD \`verdict\` varchar(16) NULL`);
    await q.query(`ALTER TABLE \`customer_need\` ADD \`verdictBy\` varchar(200) NULL`);
    await q.query(`ALTER TABLE \`customer_need\` ADD \`verdictAt\` datetime(6) NULL`);
    await q.query(`ALTER TABLE \`customer_order\` ADD \`revenue\` bigint NULL`);
    await q.query(`ALTER TABLE \`service_request\` ADD \`firstResponseMinutes\` int NULL`);
    await q.query(`ALTER TABLE \`service_request\` ADD \`firstResponseOnTime\` tinyint NULL`);
    await q.query(`ALTER TABLE \`customer_contact\` ADD \`satisfaction\` int NULL`);
    await q.query(`CREATE INDEX \`IDX_customer_need_verdict\` ON \`customer_need\` (\`verdictAt\`)`);
    await q.query(`CREATE INDEX \`IDX_order_paid\` ON \`customer_order\` (\`paidAt\`)`);
    await q.query(`CREATE INDEX \`IDX_service_request_resolved\` ON \`service_request\` (\`resolvedAt\`)`);
    await q.query(`CREATE INDEX \`IDX_service_request_created\` ON \`service_request\` (\`createdAt\`)`);
    await q.query(`CREATE INDEX \`IDX_contact_contacted\` ON \`customer_contact\` (\`contactedAt\`)`);
    await q.query(`CREATE INDEX \`IDX_outreach_message_order\` ON \`outreach_message\` (\`orderId\`)`);
    await q.query(`CREATE INDEX \`IDX_outreach_message_sent\` ON \`outreach_message\` (\`sentAt\`)`);
    // Requests answered before the columns existed: on time unless a first-response breach was recorded (their minutes stay unknown).
    await q.query(
      `UPDATE service_request SET firstResponseOnTime = CASE WHEN EXISTS (SELECT 1 FROM sla_event e WHERE e.requestId = service_request.id AND e.metric = 'FIRST_RESPONSE' AND e.percent >= 100) THEN 0 ELSE 1 END WHERE firstResponseAt IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX \`IDX_outreach_message_sent\` ON \`outreach_message\``);
    await q.query(`DROP INDEX \`IDX_outreach_message_order\` ON \`outreach_message\``);
    await q.query(`DROP INDEX \`IDX_contact_contacted\` ON \`customer_contact\``);
    await q.query(`DROP INDEX \`IDX_service_request_created\` ON \`service_request\``);
    await q.query(`DROP INDEX \`IDX_service_request_resolved\` ON \`service_request\``);
    await q.query(`DROP INDEX \`IDX_order_paid\` ON \`customer_order\``);
    await q.query(`DROP INDEX \`IDX_customer_need_verdict\` ON \`customer_need\``);
    await q.query(`ALTER TABLE \`customer_contact\` DROP COLUMN \`satisfaction\``);
    await q.query(`ALTER TABLE \`service_request\` DROP COLUMN \`firstResponseOnTime\``);
    await q.query(`ALTER TABLE \`service_request\` DROP COLUMN \`firstResponseMinutes\``);
    await q.query(`ALTER TABLE \`customer_order\` DROP COLUMN \`revenue\``);
    await q.query(`ALTER TABLE \`customer_need\` DROP COLUMN \`verdictAt\``);
    await q.query(`ALTER TABLE \`customer_need\` DROP COLUMN \`verdictBy\``);
    await q.query(`ALTER TABLE \`customer_need\` DROP COLUMN \`verdict\``);
    await q.query(`ALTER TABLE \`customer\` DROP COLUMN \`closedReason\``);
    await q.query(`ALTER TABLE \`customer\` DROP COLUMN \`closedAt\``);
    await q.query(`ALTER TABLE \`product\` DROP COLUMN \`revenueRate\``);
    await q.query(`DROP INDEX \`UQ_kpi_snapshot\` ON \`kpi_snapshot\``);
    await q.query(`DROP TABLE \`kpi_snapshot\``);
  }
}
