import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ProductRevisionsSqlite1796192119376 implements MigrationInterface {
  name = 'ProductRevisionsSqlite1796192119376';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "product_revision" ("id" varchar(36) PRIMARY KEY NOT NULL, "productId" varchar(36) NOT NULL, "version" integer NOT NULL, "effectiveFrom" datetime(6) NOT NULL, "terms" text NOT NULL, "recordedBy" varchar(200) NOT NULL)`);
    await q.query(`CREATE INDEX "IDX_product_revision_from" ON "product_revision" ("productId", "effectiveFrom") `);
    await q.query(`CREATE UNIQUE INDEX "UQ_product_revision_version" ON "product_revision" ("productId", "version") `);
    await q.query(`DROP INDEX "IDX_order_partner"`);
    await q.query(`DROP INDEX "IDX_order_cooling_off"`);
    await q.query(`DROP INDEX "IDX_order_customer"`);
    await q.query(`CREATE TABLE "temporary_customer_order" ("id" varchar(36) PRIMARY KEY NOT NULL, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "customerId" varchar(36) NOT NULL, "productId" varchar(36) NOT NULL, "status" varchar(32) NOT NULL, "channel" varchar(16) NOT NULL, "amount" bigint NOT NULL, "currency" varchar(3) NOT NULL, "cnyAmount" bigint NOT NULL, "cnyRate" varchar(24), "decision" text NOT NULL, "refusalCodes" text NOT NULL, "warningVersion" integer, "warningConfirmedBy" varchar(200), "warningConfirmedAt" datetime(6), "warningConfirmedVia" varchar(16), "elderlyAcknowledgedBy" varchar(200), "signedAt" datetime(6), "paidAt" datetime(6), "coolingOffEndsAt" datetime(6), "confirmedAt" datetime(6), "cancelledAt" datetime(6), "refundAmount" bigint, "cancelReason" varchar(500), "placedBy" varchar(200) NOT NULL, "referredByPartnerId" varchar(36), "scenarioPackageId" varchar(36), "productVersion" integer, CONSTRAINT "FK_order_customer" FOREIGN KEY ("customerId") REFERENCES "customer" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_order_product" FOREIGN KEY ("productId") REFERENCES "product" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`);
    await q.query(`INSERT INTO "temporary_customer_order"("id", "version", "createdAt", "updatedAt", "customerId", "productId", "status", "channel", "amount", "currency", "cnyAmount", "cnyRate", "decision", "refusalCodes", "warningVersion", "warningConfirmedBy", "warningConfirmedAt", "warningConfirmedVia", "elderlyAcknowledgedBy", "signedAt", "paidAt", "coolingOffEndsAt", "confirmedAt", "cancelledAt", "refundAmount", "cancelReason", "placedBy", "referredByPartnerId", "scenarioPackageId") SELECT "id", "version", "createdAt", "updatedAt", "customerId", "productId", "status", "channel", "amount", "currency", "cnyAmount", "cnyRate", "decision", "refusalCodes", "warningVersion", "warningConfirmedBy", "warningConfirmedAt", "warningConfirmedVia", "elderlyAcknowledgedBy", "signedAt", "paidAt", "coolingOffEndsAt", "confirmedAt", "cancelledAt", "refundAmount", "cancelReason", "placedBy", "referredByPartnerId", "scenarioPackageId" FROM "customer_order"`);
    await q.query(`DROP TABLE "customer_order"`);
    await q.query(`ALTER TABLE "temporary_customer_order" RENAME TO "customer_order"`);
    await q.query(`CREATE INDEX "IDX_order_partner" ON "customer_order" ("referredByPartnerId", "createdAt") `);
    await q.query(`CREATE INDEX "IDX_order_cooling_off" ON "customer_order" ("status", "coolingOffEndsAt") `);
    await q.query(`CREATE INDEX "IDX_order_customer" ON "customer_order" ("customerId", "status") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_order_customer"`);
    await q.query(`DROP INDEX "IDX_order_cooling_off"`);
    await q.query(`DROP INDEX "IDX_order_partner"`);
    await q.query(`ALTER TABLE "customer_order" RENAME TO "temporary_customer_order"`);
    await q.query(`CREATE TABLE "customer_order" ("id" varchar(36) PRIMARY KEY NOT NULL, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "customerId" varchar(36) NOT NULL, "productId" varchar(36) NOT NULL, "status" varchar(32) NOT NULL, "channel" varchar(16) NOT NULL, "amount" bigint NOT NULL, "currency" varchar(3) NOT NULL, "cnyAmount" bigint NOT NULL, "cnyRate" varchar(24), "decision" text NOT NULL, "refusalCodes" text NOT NULL, "warningVersion" integer, "warningConfirmedBy" varchar(200), "warningConfirmedAt" datetime(6), "warningConfirmedVia" varchar(16), "elderlyAcknowledgedBy" varchar(200), "signedAt" datetime(6), "paidAt" datetime(6), "coolingOffEndsAt" datetime(6), "confirmedAt" datetime(6), "cancelledAt" datetime(6), "refundAmount" bigint, "cancelReason" varchar(500), "placedBy" varchar(200) NOT NULL, "referredByPartnerId" varchar(36), "scenarioPackageId" varchar(36), CONSTRAINT "FK_order_customer" FOREIGN KEY ("customerId") REFERENCES "customer" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_order_product" FOREIGN KEY ("productId") REFERENCES "product" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`);
    await q.query(`INSERT INTO "customer_order"("id", "version", "createdAt", "updatedAt", "customerId", "productId", "status", "channel", "amount", "currency", "cnyAmount", "cnyRate", "decision", "refusalCodes", "warningVersion", "warningConfirmedBy", "warningConfirmedAt", "warningConfirmedVia", "elderlyAcknowledgedBy", "signedAt", "paidAt", "coolingOffEndsAt", "confirmedAt", "cancelledAt", "refundAmount", "cancelReason", "placedBy", "referredByPartnerId", "scenarioPackageId") SELECT "id", "version", "createdAt", "updatedAt", "customerId", "productId", "status", "channel", "amount", "currency", "cnyAmount", "cnyRate", "decision", "refusalCodes", "warningVersion", "warningConfirmedBy", "warningConfirmedAt", "warningConfirmedVia", "elderlyAcknowledgedBy", "signedAt", "paidAt", "coolingOffEndsAt", "confirmedAt", "cancelledAt", "refundAmount", "cancelReason", "placedBy", "referredByPartnerId", "scenarioPackageId" FROM "temporary_customer_order"`);
    await q.query(`DROP TABLE "temporary_customer_order"`);
    await q.query(`CREATE INDEX "IDX_order_customer" ON "customer_order" ("customerId", "status") `);
    await q.query(`CREATE INDEX "IDX_order_cooling_off" ON "customer_order" ("status", "coolingOffEndsAt") `);
    await q.query(`CREATE INDEX "IDX_order_partner" ON "customer_order" ("referredByPartnerId", "createdAt") `);
    await q.query(`DROP INDEX "UQ_product_revision_version"`);
    await q.query(`DROP INDEX "IDX_product_revision_from"`);
    await q.query(`DROP TABLE "product_revision"`);
  }
}
