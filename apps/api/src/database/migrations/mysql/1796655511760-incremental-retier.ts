import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IncrementalRetierMysql1796655511760 implements MigrationInterface {
  name = 'IncrementalRetierMysql1796655511760';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE \`customer\` ADD \`tierReviewDue\` datetime(6) NULL`);
    await q.query(`ALTER TABLE \`retier_job\` ADD \`scope\` varchar(8) NOT NULL DEFAULT 'ALL'`);
    await q.query(`CREATE INDEX \`IDX_customer_tier_review\` ON \`customer\` (\`tierReviewDue\`)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX \`IDX_customer_tier_review\` ON \`customer\``);
    await q.query(`ALTER TABLE \`retier_job\` DROP COLUMN \`scope\``);
    await q.query(`ALTER TABLE \`customer\` DROP COLUMN \`tierReviewDue\``);
  }
}
