import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SegmentIndexMysql1795945903602 implements MigrationInterface {
  name = 'SegmentIndexMysql1795945903602';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX \`IDX_customer_segment\` ON \`customer\` (\`tierId\`, \`riskLevel\`, \`lifeStage\`, \`occupation\`)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX \`IDX_customer_segment\` ON \`customer\``);
  }
}
