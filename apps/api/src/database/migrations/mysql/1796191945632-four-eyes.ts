import type { MigrationInterface, QueryRunner } from 'typeorm';

export class FourEyesMysql1796191945632 implements MigrationInterface {
  name = 'FourEyesMysql1796191945632';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE \`change_request\` (\`id\` varchar(36) NOT NULL, \`version\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`resource\` varchar(32) NOT NULL, \`operation\` varchar(16) NOT NULL, \`mutation\` varchar(64) NOT NULL, \`summary\` varchar(500) NOT NULL, \`status\` varchar(16) NOT NULL, \`args\` text NOT NULL, \`diff\` text NOT NULL, \`note\` varchar(500) NULL, \`effectiveFrom\` datetime(6) NULL, \`makerId\` varchar(36) NOT NULL, \`makerEmail\` varchar(200) NOT NULL, \`submittedAt\` datetime(6) NULL, \`checkerId\` varchar(36) NULL, \`checkerEmail\` varchar(200) NULL, \`decidedAt\` datetime(6) NULL, \`rejectionReason\` varchar(1000) NULL, \`appliedAt\` datetime(6) NULL, \`resultRecordId\` varchar(36) NULL, \`outcome\` varchar(1000) NULL, INDEX \`IDX_change_request_maker\` (\`makerId\`, \`createdAt\`), INDEX \`IDX_change_request_status\` (\`status\`, \`effectiveFrom\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await q.query(`CREATE TABLE \`change_request_target\` (\`changeRequestId\` varchar(36) NOT NULL, \`recordId\` varchar(64) NOT NULL, \`baseVersion\` int NOT NULL, INDEX \`IDX_change_target_record\` (\`recordId\`), PRIMARY KEY (\`changeRequestId\`, \`recordId\`)) ENGINE=InnoDB`);
    await q.query(`CREATE TABLE \`four_eyes_setting\` (\`resource\` varchar(32) NOT NULL, \`enabled\` tinyint NOT NULL, \`updatedBy\` varchar(200) NULL, \`updatedAt\` datetime(6) NULL, PRIMARY KEY (\`resource\`)) ENGINE=InnoDB`);
    await q.query(`ALTER TABLE \`app_user\` ADD \`approves\` text NULL`);
    // Nobody approves anything until an administrator grants it.
    await q.query(`UPDATE \`app_user\` SET \`approves\` = '[]' WHERE \`approves\` IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE \`app_user\` DROP COLUMN \`approves\``);
    await q.query(`DROP TABLE \`four_eyes_setting\``);
    await q.query(`DROP INDEX \`IDX_change_target_record\` ON \`change_request_target\``);
    await q.query(`DROP TABLE \`change_request_target\``);
    await q.query(`DROP INDEX \`IDX_change_request_status\` ON \`change_request\``);
    await q.query(`DROP INDEX \`IDX_change_request_maker\` ON \`change_request\``);
    await q.query(`DROP TABLE \`change_request\``);
  }
}
