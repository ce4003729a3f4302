import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OrdersSqlite1796184191358 implements MigrationInterface {
  name = 'OrdersSqlite1796184191358';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "customer_order" ("id" varchar(36) PRIMARY KEY NOT NULL, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "customerId" varchar(36) NOT NULL, "productId" varchar(36) NOT NULL, "status" varchar(32) NOT NULL, "channel" varchar(16) NOT NULL, "amount" bigint NOT NULL, "currency" varchar(3) NOT NULL, "cnyAmount" bigint NOT NULL, "cnyRate" varchar(24), "decision" text NOT NULL, "refusalCodes" text NOT NULL, "warningVersion" integer, "warningConfirmedBy" varchar(200), "warningConfirmedAt" datetime(6), "warningConfirmedVia" varchar(16), "elderlyAcknowledgedBy" varchar(200), "signedAt" datetime(6), "paidAt" datetime(6), "coolingOffEndsAt" datetime(6), "confirmedAt" datetime(6), "cancelledAt" datetime(6), "refundAmount" bigint, "cancelReason" varchar(500), "placedBy" varchar(200) NOT NULL)`);
    await q.query(`CREATE INDEX "IDX_order_cooling_off" ON "customer_order" ("status", "coolingOffEndsAt") `);
    await q.query(`CREATE INDEX "IDX_order_customer" ON "customer_order" ("customerId", "status") `);
    await q.query(`CREATE TABLE "risk_warning" ("id" varchar(36) PRIMARY KEY NOT NULL, "productId" varchar(36) NOT NULL, "version" integer NOT NULL, "textZh" text NOT NULL, "textEn" text NOT NULL, "createdBy" varchar(200) NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
    await q.query(`CREATE UNIQUE INDEX "UQ_risk_warning_version" ON "risk_warning" ("productId", "version") `);
    await q.query(`DROP INDEX "IDX_order_cooling_off"`);
    await q.query(`DROP INDEX "IDX_order_customer"`);
    await q.query(`CREATE TABLE "temporary_customer_order" ("id" varchar(36) PRIMARY KEY NOT NULL, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "customerId" varchar(36) NOT NULL, "productId" varchar(36) NOT NULL, "status" varchar(32) NOT NULL, "channel" varchar(16) NOT NULL, "amount" bigint NOT NULL, "currency" varchar(3) NOT NULL, "cnyAmount" bigint NOT NULL, "cnyRate" varchar(24), "decision" text NOT NULL, "refusalCodes" text NOT NULL, "warningVersion" integer, "warningConfirmedBy" varchar(200), "warningConfirmedAt" datetime(6), "warningConfirmedVia" varchar(16), "elderlyAcknowledgedBy" varchar(200), "signedAt" datetime(6), "paidAt" datetime(6), "coolingOffEndsAt" datetime(6), "confirmedAt" datetime(6), "cancelledAt" datetime(6), "refundAmount" bigint, "cancelReason" varchar(500), "placedBy" varchar(200) NOT NULL, CONSTRAINT "FK_order_customer" FOREIGN KEY ("customerId") REFERENCES "customer" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_order_product" FOREIGN KEY ("productId") REFERENCES "product" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`);
    await q.query(`INSERT INTO "temporary_customer_order"("id", "version", "createdAt", "updatedAt", "customerId", "productId", "status", "channel", "amount", "currency", "cnyAmount", "cnyRate", "decision", "refusalCodes", "warningVersion", "warningConfirmedBy", "warningConfirmedAt", "warningConfirmedVia", "elderlyAcknowledgedBy", "signedAt", "paidAt", "coolingOffEndsAt", "confirmedAt", "cancelledAt", "refundAmount", "cancelReason", "placedBy") SELECT "id", "version", "createdAt", "updatedAt", "customerId", "productId", "status", "channel", "amount", "currency", "cnyAmount", "cnyRate", "decision", "refusalCodes", "warningVersion", "warningConfirmedBy", "warningConfirmedAt", "warningConfirmedVia", "elderlyAcknowledgedBy", "signedAt", "paidAt", "coolingOffEndsAt", "confirmedAt", "cancelledAt", "refundAmount", "cancelReason", "placedBy" FROM "customer_order"`);
    await q.query(`DROP TABLE "customer_order"`);
    await q.query(`ALTER TABLE "temporary_customer_order" RENAME TO "customer_order"`);
    await q.query(`CREATE INDEX "IDX_order_cooling_off" ON "customer_order" ("status", "coolingOffEndsAt") `);
    await q.query(`CREATE INDEX "IDX_order_customer" ON "customer_order" ("customerId", "status") `);
    await q.query(`DROP INDEX "UQ_risk_warning_version"`);
    await q.query(`CREATE TABLE "temporary_risk_warning" ("id" varchar(36) PRIMARY KEY NOT NULL, "productId" varchar(36) NOT NULL, "version" integer NOT NULL, "textZh" text NOT NULL, "textEn" text NOT NULL, "createdBy" varchar(200) NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), CONSTRAINT "FK_risk_warning_product" FOREIGN KEY ("productId") REFERENCES "product" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await q.query(`INSERT INTO "temporary_risk_warning"("id", "productId", "version", "textZh", "textEn", "createdBy", "createdAt") SELECT "id", "productId", "version", "textZh", "textEn", "createdBy", "createdAt" FROM "risk_warning"`);
    await q.query(`DROP TABLE "risk_warning"`);
    await q.query(`ALTER TABLE "temporary_risk_warning" RENAME TO "risk_warning"`);
    await q.query(`CREATE UNIQUE INDEX "UQ_risk_warning_version" ON "risk_warning" ("productId", "version") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "UQ_risk_warning_version"`);
    await q.query(`ALTER TABLE "risk_warning" RENAME TO "temporary_risk_warning"`);
    await q.query(`CREATE TABLE "risk_warning" ("id" varchar(36) PRIMARY KEY NOT NULL, "productId" varchar(36) NOT NULL, "version" integer NOT NULL, "textZh" text NOT NULL, "textEn" text NOT NULL, "createdBy" varchar(200) NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
    await q.query(`INSERT INTO "risk_warning"("id", "productId", "version", "textZh", "textEn", "createdBy", "createdAt") SELECT "id", "productId", "version", "textZh", "textEn", "createdBy", "createdAt" FROM "temporary_risk_warning"`);
    await q.query(`DROP TABLE "temporary_risk_warning"`);
    await q.query(`CREATE UNIQUE INDEX "UQ_risk_warning_version" ON "risk_warning" ("productId", "version") `);
    await q.query(`DROP INDEX "IDX_order_customer"`);
    await q.query(`DROP INDEX "IDX_order_cooling_off"`);
    await q.query(`ALTER TABLE "customer_order" RENAME TO "temporary_customer_order"`);
    await q.query(`CREATE TABLE "customer_order" ("id" varchar(36) PRIMARY KEY NOT NULL, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "customerId" varchar(36) NOT NULL, "productId" varchar(36) NOT NULL, "status" varchar(32) NOT NULL, "channel" varchar(16) NOT NULL, "amount" bigint NOT NULL, "currency" varchar(3) NOT NULL, "cnyAmount" bigint NOT NULL, "cnyRate" varchar(24), "decision" text NOT NULL, "refusalCodes" text NOT NULL, "warningVersion" integer, "warningConfirmedBy" varchar(200), "warningConfirmedAt" datetime(6), "warningConfirmedVia" varchar(16), "elderlyAcknowledgedBy" varchar(200), "signedAt" datetime(6), "paidAt" datetime(6), "coolingOffEndsAt" datetime(6), "confirmedAt" datetime(6), "cancelledAt" datetime(6), "refundAmount" bigint, "cancelReason" varchar(500), "placedBy" varchar(200) NOT NULL)`);
    await q.query(`INSERT INTO "customer_order"("id", "version", "createdAt", "updatedAt", "customerId", "productId", "status", "channel", "amount", "currency", "cnyAmount", "cnyRate", "decision", "refusalCodes", "warningVersion", "warningConfirmedBy", "warningConfirmedAt", "warningConfirmedVia", "elderlyAcknowledgedBy", "signedAt", "paidAt", "coolingOffEndsAt", "confirmedAt", "cancelledAt", "refundAmount", "cancelReason", "placedBy") SELECT "id", "version", "createdAt", "updatedAt", "customerId", "productId", "status", "channel", "amount", "currency", "cnyAmount", "cnyRate", "decision", "refusalCodes", "warningVersion", "warningConfirmedBy", "warningConfirmedAt", "warningConfirmedVia", "elderlyAcknowledgedBy", "signedAt", "paidAt", "coolingOffEndsAt", "confirmedAt", "cancelledAt", "refundAmount", "cancelReason", "placedBy" FROM "temporary_customer_order"`);
    await q.query(`DROP TABLE "temporary_customer_order"`);
    await q.query(`CREATE INDEX "IDX_order_customer" ON "customer_order" ("customerId", "status") `);
    await q.query(`CREATE INDEX "IDX_order_cooling_off" ON "customer_order" ("status", "coolingOffEndsAt") `);
    await q.query(`DROP INDEX "UQ_risk_warning_version"`);
    await q.query(`DROP TABLE "risk_warning"`);
    await q.query(`DROP INDEX "IDX_order_customer"`);
    await q.query(`DROP INDEX "IDX_order_cooling_off"`);
    await q.query(`DROP TABLE "customer_order"`);
  }
}
