import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ConsentsSqlite1795941137421 implements MigrationInterface {
  name = 'ConsentsSqlite1795941137421';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "customer_consent" ("id" varchar(36) PRIMARY KEY NOT NULL, "customerId" varchar(36) NOT NULL, "kind" varchar(24) NOT NULL, "partnerId" varchar(36), "granted" boolean NOT NULL, "changedAt" datetime(6) NOT NULL, "recordedBy" varchar(200) NOT NULL)`);
    await q.query(`CREATE INDEX "IDX_consent_customer" ON "customer_consent" ("customerId", "kind", "changedAt") `);
    await q.query(`DROP INDEX "IDX_consent_customer"`);
    await q.query(`CREATE TABLE "temporary_customer_consent" ("id" varchar(36) PRIMARY KEY NOT NULL, "customerId" varchar(36) NOT NULL, "kind" varchar(24) NOT NULL, "partnerId" varchar(36), "granted" boolean NOT NULL, "changedAt" datetime(6) NOT NULL, "recordedBy" varchar(200) NOT NULL, CONSTRAINT "FK_consent_customer" FOREIGN KEY ("customerId") REFERENCES "customer" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await q.query(`INSERT INTO "temporary_customer_consent"("id", "customerId", "kind", "partnerId", "granted", "changedAt", "recordedBy") SELECT "id", "customerId", "kind", "partnerId", "granted", "changedAt", "recordedBy" FROM "customer_consent"`);
    await q.query(`DROP TABLE "customer_consent"`);
    await q.query(`ALTER TABLE "temporary_customer_consent" RENAME TO "customer_consent"`);
    await q.query(`CREATE INDEX "IDX_consent_customer" ON "customer_consent" ("customerId", "kind", "changedAt") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_consent_customer"`);
    await q.query(`ALTER TABLE "customer_consent" RENAME TO "temporary_customer_consent"`);
    await q.query(`CREATE TABLE "customer_consent" ("id" varchar(36) PRIMARY KEY NOT NULL, "customerId" varchar(36) NOT NULL, "kind" varchar(24) NOT NULL, "partnerId" varchar(36), "granted" boolean NOT NULL, "changedAt" datetime(6) NOT NULL, "recordedBy" varchar(200) NOT NULL)`);
    await q.query(`INSERT INTO "customer_consent"("id", "customerId", "kind", "partnerId", "granted", "changedAt", "recordedBy") SELECT "id", "customerId", "kind", "partnerId", "granted", "changedAt", "recordedBy" FROM "temporary_customer_consent"`);
    await q.query(`DROP TABLE "temporary_customer_consent"`);
    await q.query(`CREATE INDEX "IDX_consent_customer" ON "customer_consent" ("customerId", "kind", "changedAt") `);
    await q.query(`DROP INDEX "IDX_consent_customer"`);
    await q.query(`DROP TABLE "customer_consent"`);
  }
}
