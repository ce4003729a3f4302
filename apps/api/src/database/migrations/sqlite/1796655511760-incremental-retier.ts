import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Columns added in place (no table rebuild: the customer table is referenced by most others). */
export class IncrementalRetierSqlite1796655511760 implements MigrationInterface {
  name = 'IncrementalRetierSqlite1796655511760';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "customer" ADD COLUMN "tierReviewDue" datetime(6)`);
    await q.query(`ALTER TABLE "retier_job" ADD COLUMN "scope" varchar(8) NOT NULL DEFAULT ('ALL')`);
    await q.query(`CREATE INDEX "IDX_customer_tier_review" ON "customer" ("tierReviewDue") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_customer_tier_review"`);
    await q.query(`ALTER TABLE "retier_job" DROP COLUMN "scope"`);
    await q.query(`ALTER TABLE "customer" DROP COLUMN "tierReviewDue"`);
  }
}
