import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RetierReasonMysql1795945505993 implements MigrationInterface {
  name = 'RetierReasonMysql1795945505993';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE \`retier_job\` ADD \`reason\` varchar(200) NOT NULL DEFAULT 'On demand'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE \`retier_job\` DROP COLUMN \`reason\``);
  }
}
