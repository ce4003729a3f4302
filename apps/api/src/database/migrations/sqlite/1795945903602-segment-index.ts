import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SegmentIndex1795945903602Sqlite implements MigrationInterface {
  name = 'SegmentIndex1795945903602Sqlite';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "IDX_customer_segment" ON "customer" ("tierId", "riskLevel", "lifeStage", "occupation") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_customer_segment"`);
  }
}
