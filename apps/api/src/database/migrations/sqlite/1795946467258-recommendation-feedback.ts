import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RecommendationFeedbackSqlite1795946467258 implements MigrationInterface {
  name = 'RecommendationFeedbackSqlite1795946467258';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "recommendation_feedback" ("id" varchar(36) PRIMARY KEY NOT NULL, "customerId" varchar(36) NOT NULL, "productId" varchar(36) NOT NULL, "event" varchar(16) NOT NULL, "at" datetime(6) NOT NULL, "tierId" varchar(36), "productType" varchar(32) NOT NULL, "recordedBy" varchar(200) NOT NULL)`);
    await q.query(`CREATE INDEX "IDX_feedback_at" ON "recommendation_feedback" ("at") `);
    await q.query(`CREATE INDEX "IDX_feedback_customer" ON "recommendation_feedback" ("customerId", "event", "at") `);
    await q.query(`DROP INDEX "IDX_feedback_at"`);
    await q.query(`DROP INDEX "IDX_feedback_customer"`);
    await q.query(`CREATE TABLE "temporary_recommendation_feedback" ("id" varchar(36) PRIMARY KEY NOT NULL, "customerId" varchar(36) NOT NULL, "productId" varchar(36) NOT NULL, "event" varchar(16) NOT NULL, "at" datetime(6) NOT NULL, "tierId" varchar(36), "productType" varchar(32) NOT NULL, "recordedBy" varchar(200) NOT NULL, CONSTRAINT "FK_feedback_customer" FOREIGN KEY ("customerId") REFERENCES "customer" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await q.query(`INSERT INTO "temporary_recommendation_feedback"("id", "customerId", "productId", "event", "at", "tierId", "productType", "recordedBy") SELECT "id", "customerId", "productId", "event", "at", "tierId", "productType", "recordedBy" FROM "recommendation_feedback"`);
    await q.query(`DROP TABLE "recommendation_feedback"`);
    await q.query(`ALTER TABLE "temporary_recommendation_feedback" RENAME TO "recommendation_feedback"`);
    await q.query(`CREATE INDEX "IDX_feedback_at" ON "recommendation_feedback" ("at") `);
    await q.query(`CREATE INDEX "IDX_feedback_customer" ON "recommendation_feedback" ("customerId", "event", "at") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_feedback_customer"`);
    await q.query(`DROP INDEX "IDX_feedback_at"`);
    await q.query(`ALTER TABLE "recommendation_feedback" RENAME TO "temporary_recommendation_feedback"`);
    await q.query(`CREATE TABLE "recommendation_feedback" ("id" varchar(36) PRIMARY KEY NOT NULL, "customerId" varchar(36) NOT NULL, "productId" varchar(36) NOT NULL, "event" varchar(16) NOT NULL, "at" datetime(6) NOT NULL, "tierId" varchar(36), "productType" varchar(32) NOT NULL, "recordedBy" varchar(200) NOT NULL)`);
    await q.query(`INSERT INTO "recommendation_feedback"("id", "customerId", "productId", "event", "at", "tierId", "productType", "recordedBy") SELECT "id", "customerId", "productId", "event", "at", "tierId", "productType", "recordedBy" FROM "temporary_recommendation_feedback"`);
    await q.query(`DROP TABLE "temporary_recommendation_feedback"`);
    await q.query(`CREATE INDEX "IDX_feedback_customer" ON "recommendation_feedback" ("customerId", "event", "at") `);
    await q.query(`CREATE INDEX "IDX_feedback_at" ON "recommendation_feedback" ("at") `);
    await q.query(`DROP INDEX "IDX_feedback_customer"`);
    await q.query(`DROP INDEX "IDX_feedback_at"`);
    await q.query(`DROP TABLE "recommendation_feedback"`);
  }
}
