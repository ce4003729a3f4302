import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SavedSegmentsSqlite1795941239361 implements MigrationInterface {
  name = 'SavedSegmentsSqlite1795941239361';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "saved_segment" ("id" varchar(36) PRIMARY KEY NOT NULL, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "name" varchar(120) NOT NULL, "tierId" varchar(36), "riskLevel" varchar(2), "lifeStage" varchar(32), "occupation" varchar(24))`);
    await q.query(`CREATE UNIQUE INDEX "UQ_saved_segment_name" ON "saved_segment" ("name") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "UQ_saved_segment_name"`);
    await q.query(`DROP TABLE "saved_segment"`);
  }
}
