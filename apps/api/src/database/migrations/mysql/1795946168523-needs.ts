import type { MigrationInterface, QueryRunner } from 'typeorm';

export class NeedsMysql1795946168523 implements MigrationInterface {
  name = 'NeedsMysql1795946168523';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE \`behaviour_event\` (\`id\` varchar(64) NOT NULL, \`customerId\` varchar(36) NOT NULL, \`type\` varchar(24) NOT NULL, \`topic\` varchar(64) NOT NULL, \`occurredAt\` datetime(6) NOT NULL, \`receivedAt\` datetime(6) NOT NULL, INDEX \`IDX_behaviour_customer_topic\` (\`customerId\`, \`topic\`, \`occurredAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await q.query(`CREATE TABLE \`need_rule\` (\`id\` varchar(36) NOT NULL, \`version\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`code\` varchar(40) NOT NULL, \`name\` varchar(200) NOT NULL, \`nameEn\` varchar(200) NULL, \`eventType\` varchar(24) NULL, \`topic\` varchar(64) NOT NULL, \`minEvents\` int NOT NULL, \`windowDays\` int NOT NULL, \`need\` varchar(32) NOT NULL, \`weight\` int NOT NULL, \`active\` tinyint NOT NULL DEFAULT 1, INDEX \`IDX_need_rule_topic\` (\`topic\`), UNIQUE INDEX \`UQ_need_rule_code\` (\`code\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await q.query(`CREATE TABLE \`customer_need\` (\`id\` varchar(36) NOT NULL, \`customerId\` varchar(36) NOT NULL, \`need\` varchar(32) NOT NULL, \`source\` varchar(16) NOT NULL, \`sourceKey\` varchar(36) NOT NULL, \`ruleId\` varchar(36) NULL, \`weight\` int NOT NULL, \`evidence\` text NOT NULL, \`detectedAt\` datetime(6) NOT NULL, \`lastConfirmedAt\` datetime(6) NOT NULL, \`expiresAt\` datetime(6) NOT NULL, \`recordedBy\` varchar(200) NOT NULL, INDEX \`IDX_customer_need_expiry\` (\`customerId\`, \`expiresAt\`), UNIQUE INDEX \`UQ_customer_need_source\` (\`customerId\`, \`need\`, \`sourceKey\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await q.query(`ALTER TABLE \`behaviour_event\` ADD CONSTRAINT \`FK_behaviour_customer\` FOREIGN KEY (\`customerId\`) REFERENCES \`customer\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE \`customer_need\` ADD CONSTRAINT \`FK_customer_need_customer\` FOREIGN KEY (\`customerId\`) REFERENCES \`customer\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE \`customer_need\` DROP FOREIGN KEY \`FK_customer_need_customer\``);
    await q.query(`ALTER TABLE \`behaviour_event\` DROP FOREIGN KEY \`FK_behaviour_customer\``);
    await q.query(`DROP INDEX \`UQ_customer_need_source\` ON \`customer_need\``);
    await q.query(`DROP INDEX \`IDX_customer_need_expiry\` ON \`customer_need\``);
    await q.query(`DROP TABLE \`customer_need\``);
    await q.query(`DROP INDEX \`UQ_need_rule_code\` ON \`need_rule\``);
    await q.query(`DROP INDEX \`IDX_need_rule_topic\` ON \`need_rule\``);
    await q.query(`DROP TABLE \`need_rule\``);
    await q.query(`DROP INDEX \`IDX_behaviour_customer_topic\` ON \`behaviour_event\``);
    await q.query(`DROP TABLE \`behaviour_event\``);
  }
}
