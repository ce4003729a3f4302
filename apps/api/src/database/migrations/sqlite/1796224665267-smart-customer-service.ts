import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SmartCustomerServiceSqlite1796224665267 implements MigrationInterface {
  name = 'SmartCustomerServiceSqlite1796224665267';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "knowledge_entry" ("id" varchar(36) PRIMARY KEY NOT NULL, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "code" varchar(40) NOT NULL, "name" varchar(200) NOT NULL, "nameEn" varchar(200), "topic" varchar(16) NOT NULL, "status" varchar(10) NOT NULL, "variants" text NOT NULL, "variantsEn" text NOT NULL, "answer" varchar(2000) NOT NULL, "answerEn" varchar(2000) NOT NULL)`);
    await q.query(`CREATE INDEX "IDX_knowledge_entry_status" ON "knowledge_entry" ("status", "topic") `);
    await q.query(`CREATE UNIQUE INDEX "UQ_knowledge_entry_code" ON "knowledge_entry" ("code") `);
    await q.query(`CREATE TABLE "assistant_question" ("id" varchar(36) PRIMARY KEY NOT NULL, "customerId" varchar(36), "text" varchar(500) NOT NULL, "language" varchar(2) NOT NULL, "voice" boolean NOT NULL, "outcome" varchar(12) NOT NULL, "entryId" varchar(36), "intent" varchar(16), "confidence" decimal(4,3) NOT NULL, "serviceRequestId" varchar(36), "askedBy" varchar(200) NOT NULL, "trial" boolean NOT NULL DEFAULT (0), "askedAt" datetime(6) NOT NULL)`);
    await q.query(`CREATE INDEX "IDX_assistant_question_asked" ON "assistant_question" ("askedAt") `);
    await q.query(`CREATE INDEX "IDX_assistant_question_outcome" ON "assistant_question" ("outcome", "askedAt") `);
    await q.query(`CREATE INDEX "IDX_assistant_question_customer" ON "assistant_question" ("customerId", "askedAt") `);
    await q.query(`DROP INDEX "IDX_order_customer"`);
    await q.query(`DROP INDEX "IDX_order_cooling_off"`);
    await q.query(`DROP INDEX "IDX_order_partner"`);
    await q.query(`CREATE TABLE "temporary_customer_order" ("id" varchar(36) PRIMARY KEY NOT NULL, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "customerId" varchar(36) NOT NULL, "productId" varchar(36) NOT NULL, "status" varchar(32) NOT NULL, "channel" varchar(16) NOT NULL, "amount" bigint NOT NULL, "currency" varchar(3) NOT NULL, "cnyAmount" bigint NOT NULL, "cnyRate" varchar(24), "decision" text NOT NULL, "refusalCodes" text NOT NULL, "warningVersion" integer, "warningConfirmedBy" varchar(200), "warningConfirmedAt" datetime(6), "warningConfirmedVia" varchar(16), "elderlyAcknowledgedBy" varchar(200), "signedAt" datetime(6), "paidAt" datetime(6), "coolingOffEndsAt" datetime(6), "confirmedAt" datetime(6), "cancelledAt" datetime(6), "refundAmount" bigint, "cancelReason" varchar(500), "placedBy" varchar(200) NOT NULL, "referredByPartnerId" varchar(36), "scenarioPackageId" varchar(36), "productVersion" integer, "handledByPerson" boolean NOT NULL DEFAULT (0), CONSTRAINT "FK_order_product" FOREIGN KEY ("productId") REFERENCES "product" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_order_customer" FOREIGN KEY ("customerId") REFERENCES "customer" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`);
    await q.query(`INSERT INTO "temporary_customer_order"("id", "version", "createdAt", "updatedAt", "customerId", "productId", "status", "channel", "amount", "currency", "cnyAmount", "cnyRate", "decision", "refusalCodes", "warningVersion", "warningConfirmedBy", "warningConfirmedAt", "warningConfirmedVia", "elderlyAcknowledgedBy", "signedAt", "paidAt", "coolingOffEndsAt", "confirmedAt", "cancelledAt", "refundAmount", "cancelReason", "placedBy", "referredByPartnerId", "scenarioPackageId", "productVersion") SELECT "id", "version", "createdAt", "updatedAt", "customerId", "productId", "status", "channel", "amount", "currency", "cnyAmount", "cnyRate", "decision", "refusalCodes", "warningVersion", "warningConfirmedBy", "warningConfirmedAt", "warningConfirmedVia", "elderlyAcknowledgedBy", "signedAt", "paidAt", "coolingOffEndsAt", "confirmedAt", "cancelledAt", "refundAmount", "cancelReason", "placedBy", "referredByPartnerId", "scenarioPackageId", "productVersion" FROM "customer_order"`);
    await q.query(`DROP TABLE "customer_order"`);
    await q.query(`ALTER TABLE "temporary_customer_order" RENAME TO "customer_order"`);
    await q.query(`CREATE INDEX "IDX_order_customer" ON "customer_order" ("customerId", "status") `);
    await q.query(`CREATE INDEX "IDX_order_cooling_off" ON "customer_order" ("status", "coolingOffEndsAt") `);
    await q.query(`CREATE INDEX "IDX_order_partner" ON "customer_order" ("referredByPartnerId", "createdAt") `);
    await q.query(`DROP INDEX "IDX_service_request_due"`);
    await q.query(`DROP INDEX "IDX_service_request_customer"`);
    await q.query(`DROP INDEX "IDX_service_request_status"`);
    await q.query(`CREATE TABLE "temporary_service_request" ("id" varchar(36) PRIMARY KEY NOT NULL, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "customerId" varchar(36) NOT NULL, "tierId" varchar(36), "category" varchar(32) NOT NULL, "channel" varchar(16) NOT NULL, "priority" varchar(16) NOT NULL, "description" varchar(2000) NOT NULL, "status" varchar(32) NOT NULL, "assigneeId" varchar(36), "policy" text NOT NULL, "history" text NOT NULL, "firstResponseAt" datetime(6), "resolvedAt" datetime(6), "closedAt" datetime(6), "satisfaction" integer, "createdBy" varchar(200) NOT NULL, "dueOrder" datetime(6), "handledByPerson" boolean NOT NULL DEFAULT (0))`);
    await q.query(`INSERT INTO "temporary_service_request"("id", "version", "createdAt", "updatedAt", "customerId", "tierId", "category", "channel", "priority", "description", "status", "assigneeId", "policy", "history", "firstResponseAt", "resolvedAt", "closedAt", "satisfaction", "createdBy", "dueOrder") SELECT "id", "version", "createdAt", "updatedAt", "customerId", "tierId", "category", "channel", "priority", "description", "status", "assigneeId", "policy", "history", "firstResponseAt", "resolvedAt", "closedAt", "satisfaction", "createdBy", "dueOrder" FROM "service_request"`);
    await q.query(`DROP TABLE "service_request"`);
    await q.query(`ALTER TABLE "temporary_service_request" RENAME TO "service_request"`);
    await q.query(`CREATE INDEX "IDX_service_request_due" ON "service_request" ("dueOrder") `);
    await q.query(`CREATE INDEX "IDX_service_request_customer" ON "service_request" ("customerId", "createdAt") `);
    await q.query(`CREATE INDEX "IDX_service_request_status" ON "service_request" ("status", "createdAt") `);
    // Records from before: a person handled what a staff user placed, confirmed, answered or was assigned.
    await q.query(`UPDATE customer_order SET handledByPerson = 1 WHERE placedBy LIKE '%@%' OR warningConfirmedBy LIKE '%@%' OR elderlyAcknowledgedBy IS NOT NULL`);
    await q.query(`UPDATE service_request SET handledByPerson = 1 WHERE createdBy LIKE '%@%' OR assigneeId IS NOT NULL OR firstResponseAt IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_service_request_status"`);
    await q.query(`DROP INDEX "IDX_service_request_customer"`);
    await q.query(`DROP INDEX "IDX_service_request_due"`);
    await q.query(`ALTER TABLE "service_request" RENAME TO "temporary_service_request"`);
    await q.query(`CREATE TABLE "service_request" ("id" varchar(36) PRIMARY KEY NOT NULL, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "customerId" varchar(36) NOT NULL, "tierId" varchar(36), "category" varchar(32) NOT NULL, "channel" varchar(16) NOT NULL, "priority" varchar(16) NOT NULL, "description" varchar(2000) NOT NULL, "status" varchar(32) NOT NULL, "assigneeId" varchar(36), "policy" text NOT NULL, "history" text NOT NULL, "firstResponseAt" datetime(6), "resolvedAt" datetime(6), "closedAt" datetime(6), "satisfaction" integer, "createdBy" varchar(200) NOT NULL, "dueOrder" datetime(6))`);
    await q.query(`INSERT INTO "service_request"("id", "version", "createdAt", "updatedAt", "customerId", "tierId", "category", "channel", "priority", "description", "status", "assigneeId", "policy", "history", "firstResponseAt", "resolvedAt", "closedAt", "satisfaction", "createdBy", "dueOrder") SELECT "id", "version", "createdAt", "updatedAt", "customerId", "tierId", "category", "channel", "priority", "description", "status", "assigneeId", "policy", "history", "firstResponseAt", "resolvedAt", "closedAt", "satisfaction", "createdBy", "dueOrder" FROM "temporary_service_request"`);
    await q.query(`DROP TABLE "temporary_service_request"`);
    await q.query(`CREATE INDEX "IDX_service_request_status" ON "service_request" ("status", "createdAt") `);
    await q.query(`CREATE INDEX "IDX_service_request_customer" ON "service_request" ("customerId", "createdAt") `);
    await q.query(`CREATE INDEX "IDX_service_request_due" ON "service_request" ("dueOrder") `);
    await q.query(`DROP INDEX "IDX_order_partner"`);
    await q.query(`DROP INDEX "IDX_order_cooling_off"`);
    await q.query(`DROP INDEX "IDX_order_customer"`);
    await q.query(`ALTER TABLE "customer_order" RENAME TO "temporary_customer_order"`);
    await q.query(`CREATE TABLE "customer_order" ("id" varchar(36) PRIMARY KEY NOT NULL, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "customerId" varchar(36) NOT NULL, "productId" varchar(36) NOT NULL, "status" varchar(32) NOT NULL, "channel" varchar(16) NOT NULL, "amount" bigint NOT NULL, "currency" varchar(3) NOT NULL, "cnyAmount" bigint NOT NULL, "cnyRate" varchar(24), "decision" text NOT NULL, "refusalCodes" text NOT NULL, "warningVersion" integer, "warningConfirmedBy" varchar(200), "warningConfirmedAt" datetime(6), "warningConfirmedVia" varchar(16), "elderlyAcknowledgedBy" varchar(200), "signedAt" datetime(6), "paidAt" datetime(6), "coolingOffEndsAt" datetime(6), "confirmedAt" datetime(6), "cancelledAt" datetime(6), "refundAmount" bigint, "cancelReason" varchar(500), "placedBy" varchar(200) NOT NULL, "referredByPartnerId" varchar(36), "scenarioPackageId" varchar(36), "productVersion" integer, CONSTRAINT "FK_order_product" FOREIGN KEY ("productId") REFERENCES "product" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_order_customer" FOREIGN KEY ("customerId") REFERENCES "customer" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`);
    await q.query(`INSERT INTO "customer_order"("id", "version", "createdAt", "updatedAt", "customerId", "productId", "status", "channel", "amount", "currency", "cnyAmount", "cnyRate", "decision", "refusalCodes", "warningVersion", "warningConfirmedBy", "warningConfirmedAt", "warningConfirmedVia", "elderlyAcknowledgedBy", "signedAt", "paidAt", "coolingOffEndsAt", "confirmedAt", "cancelledAt", "refundAmount", "cancelReason", "placedBy", "referredByPartnerId", "scenarioPackageId", "productVersion") SELECT "id", "version", "createdAt", "updatedAt", "customerId", "productId", "status", "channel", "amount", "currency", "cnyAmount", "cnyRate", "decision", "refusalCodes", "warningVersion", "warningConfirmedBy", "warningConfirmedAt", "warningConfirmedVia", "elderlyAcknowledgedBy", "signedAt", "paidAt", "coolingOffEndsAt", "confirmedAt", "cancelledAt", "refundAmount", "cancelReason", "placedBy", "referredByPartnerId", "scenarioPackageId", "productVersion" FROM "temporary_customer_order"`);
    await q.query(`DROP TABLE "temporary_customer_order"`);
    await q.query(`CREATE INDEX "IDX_order_partner" ON "customer_order" ("referredByPartnerId", "createdAt") `);
    await q.query(`CREATE INDEX "IDX_order_cooling_off" ON "customer_order" ("status", "coolingOffEndsAt") `);
    await q.query(`CREATE INDEX "IDX_order_customer" ON "customer_order" ("customerId", "status") `);
    await q.query(`DROP INDEX "IDX_assistant_question_customer"`);
    await q.query(`DROP INDEX "IDX_assistant_question_outcome"`);
    await q.query(`DROP INDEX "IDX_assistant_question_asked"`);
    await q.query(`DROP TABLE "assistant_question"`);
    await q.query(`DROP INDEX "UQ_knowledge_entry_code"`);
    await q.query(`DROP INDEX "IDX_knowledge_entry_status"`);
    await q.query(`DROP TABLE "knowledge_entry"`);
  }
}
