import type { MigrationInterface, QueryRunner } from 'typeorm';

export class BenefitLedgerSqlite1796193440302 implements MigrationInterface {
  name = 'BenefitLedgerSqlite1796193440302';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "benefit_usage" ("customerId" varchar(36) NOT NULL, "benefitId" varchar(36) NOT NULL, "year" integer NOT NULL, "used" integer NOT NULL DEFAULT (0), PRIMARY KEY ("customerId", "benefitId", "year"))`);
    await q.query(`CREATE TABLE "benefit_redemption" ("id" varchar(36) PRIMARY KEY NOT NULL, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "customerId" varchar(36) NOT NULL, "benefitId" varchar(36) NOT NULL, "tierId" varchar(36) NOT NULL, "year" integer NOT NULL, "status" varchar(16) NOT NULL, "idempotencyKey" varchar(100) NOT NULL, "fingerprint" varchar(200) NOT NULL, "fulfilmentOrderId" varchar(36), "notes" varchar(1000), "redeemedBy" varchar(200) NOT NULL)`);
    await q.query(`CREATE INDEX "IDX_benefit_redemption_customer" ON "benefit_redemption" ("customerId", "year") `);
    await q.query(`CREATE UNIQUE INDEX "UQ_benefit_redemption_key" ON "benefit_redemption" ("idempotencyKey") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "UQ_benefit_redemption_key"`);
    await q.query(`DROP INDEX "IDX_benefit_redemption_customer"`);
    await q.query(`DROP TABLE "benefit_redemption"`);
    await q.query(`DROP TABLE "benefit_usage"`);
  }
}
