import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RetierReason1795945505993Mysql implements MigrationInterface {
  name = 'RetierReason1795945505993Mysql';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE \`retier_job\` ADD \`reason\` varchar(200) NOT NULL DEFAULT 'On demand'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE \`retier_job\` DROP COLUMN \`reason\``);
  }
}
