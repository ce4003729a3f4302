import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CustomerLanguageMysql1796221960528 implements MigrationInterface {
  name = 'CustomerLanguageMysql1796221960528';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE \`customer\` ADD \`language\` varchar(2) NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE \`customer\` DROP COLUMN \`language\``);
  }
}
