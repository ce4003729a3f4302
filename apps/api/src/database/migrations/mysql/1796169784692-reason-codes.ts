import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ReasonCodesMysql1796169784692 implements MigrationInterface {
  name = 'ReasonCodesMysql1796169784692';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE \`tier\` ADD \`descriptionEn\` varchar(1000) NULL`);
    await q.query(`ALTER TABLE \`retier_job\` ADD \`reasonCode\` varchar(40) NULL`);
    await q.query(`ALTER TABLE \`retier_job\` ADD \`reasonParams\` text NULL`);
    await q.query(`ALTER TABLE \`tier_change\` ADD \`reasonCode\` varchar(40) NULL`);
    await q.query(`ALTER TABLE \`tier_change\` ADD \`reasonParams\` text NULL`);
    await q.query(`ALTER TABLE \`scenario_package\` ADD \`descriptionEn\` varchar(2000) NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE \`scenario_package\` DROP COLUMN \`descriptionEn\``);
    await q.query(`ALTER TABLE \`tier_change\` DROP COLUMN \`reasonParams\``);
    await q.query(`ALTER TABLE \`tier_change\` DROP COLUMN \`reasonCode\``);
    await q.query(`ALTER TABLE \`retier_job\` DROP COLUMN \`reasonParams\``);
    await q.query(`ALTER TABLE \`retier_job\` DROP COLUMN \`reasonCode\``);
    await q.query(`ALTER TABLE \`tier\` DROP COLUMN \`descriptionEn\``);
  }
}
