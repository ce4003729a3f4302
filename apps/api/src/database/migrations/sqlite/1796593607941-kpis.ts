import type { MigrationInterface, QueryRunner } from 'typeorm';

export class KpisSqlite1796593607941 implements MigrationInterface {
  name = 'KpisSqlite1796593607941';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "kpi_snapshot" ("id" varchar(36) PRIMARY KEY NOT NULL, "month" varchar(7) NOT NULL, "scope" varchar(36) NOT NULL, "figures" text NOT NULL, "computedAt" datetime(6) NOT NULL, "final" boolean NOT NULL)`,
    );
    await q.query(`CREATE UNIQUE INDEX "UQ_kpi_snapshot" ON "kpi_snapshot" ("month", "scope") `);
    await q.query(`DROP INDEX "UQ_product_code"`);
    await q.query(`DROP INDEX "IDX_product_issuer"`);
    await q.query(`DROP INDEX "IDX_product_status"`);
    await q.query(`DROP INDEX "IDX_product_risk"`);
    await q.query(`DROP INDEX "IDX_product_type"`);
    await q.query(
      `CREATE TABLE "temporary_product" ("id" varchar(36) PRIMARY KEY NOT NULL, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "code" varchar(40) NOT NULL, "name" varchar(200) NOT NULL, "nameEn" varchar(200), "type" varchar(32) NOT NULL, "riskLevel" varchar(2) NOT NULL, "status" varchar(16) NOT NULL DEFAULT ('DRAFT'), "currency" varchar(3) NOT NULL DEFAULT ('CNY'), "minInvestment" bigint, "termDays" integer, "expectedReturnMin" bigint, "expectedReturnMax" bigint, "saleStartsAt" datetime(6), "saleEndsAt" datetime(6), "issuerId" varchar(36), "requiresQualifiedInvestor" boolean NOT NULL DEFAULT (0), "coolingOffHours" integer NOT NULL DEFAULT (0), "targetRiskPreferences" text NOT NULL, "targetLifeStages" text NOT NULL, "targetOccupations" text NOT NULL, "targetNeeds" text NOT NULL, "description" varchar(2000), "revenueRate" bigint, CONSTRAINT "FK_product_issuer" FOREIGN KEY ("issuerId") REFERENCES "partner_institution" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await q.query(
      `INSERT INTO "temporary_product"("id", "version", "createdAt", "updatedAt", "code", "name", "nameEn", "type", "riskLevel", "status", "currency", "minInvestment", "termDays", "expectedReturnMin", "expectedReturnMax", "saleStartsAt", "saleEndsAt", "issuerId", "requiresQualifiedInvestor", "coolingOffHours", "targetRiskPreferences", "targetLifeStages", "targetOccupations", "targetNeeds", "description") SELECT "id", "version", "createdAt", "updatedAt", "code", "name", "nameEn", "type", "riskLevel", "status", "currency", "minInvestment", "termDays", "expectedReturnMin", "expectedReturnMax", "saleStartsAt", "saleEndsAt", "issuerId", "requiresQualifiedInvestor", "coolingOffHours", "targetRiskPreferences", "targetLifeStages", "targetOccupations", "targetNeeds", "description" FROM "product"`,
    );
    await q.query(`DROP TABLE "product"`);
    await q.query(`ALTER TABLE "temporary_product" RENAME TO "product"`);
    await q.query(`CREATE UNIQUE INDEX "UQ_product_code" ON "product" ("code") `);
    await q.query(`CREATE INDEX "IDX_product_issuer" ON "product" ("issuerId") `);
    await q.query(`CREATE INDEX "IDX_product_status" ON "product" ("status") `);
    await q.query(`CREATE INDEX "IDX_product_risk" ON "product" ("riskLevel") `);
    await q.query(`CREATE INDEX "IDX_product_type" ON "product" ("type") `);
    await q.query(`DROP INDEX "IDX_customer_occupation"`);
    await q.query(`DROP INDEX "IDX_customer_life_stage"`);
    await q.query(`DROP INDEX "IDX_customer_tier"`);
    await q.query(`DROP INDEX "IDX_customer_risk_level"`);
    await q.query(`DROP INDEX "UQ_customer_external_ref"`);
    await q.query(`DROP INDEX "IDX_customer_segment"`);
    await q.query(`DROP INDEX "IDX_customer_advisor"`);
    await q.query(
      `CREATE TABLE "temporary_customer" ("id" varchar(36) PRIMARY KEY NOT NULL, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "externalRef" varchar(64) NOT NULL, "name" varchar(120) NOT NULL, "phone" varchar(32), "idNumber" varchar(32), "birthDate" datetime(6), "occupation" varchar(24), "lifeStage" varchar(32), "aum" bigint NOT NULL DEFAULT (0), "tierId" varchar(36), "riskLevel" varchar(2), "riskAssessedAt" datetime(6), "riskAssessmentExpiresAt" datetime(6), "tierBelowFloorSince" datetime(6), "advisorId" varchar(36), "language" varchar(2), "closedAt" datetime(6), "closedReason" varchar(200), CONSTRAINT "FK_customer_tier" FOREIGN KEY ("tierId") REFERENCES "tier" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await q.query(
      `INSERT INTO "temporary_customer"("id", "version", "createdAt", "updatedAt", "externalRef", "name", "phone", "idNumber", "birthDate", "occupation", "lifeStage", "aum", "tierId", "riskLevel", "riskAssessedAt", "riskAssessmentExpiresAt", "tierBelowFloorSince", "advisorId", "language") SELECT "id", "version", "createdAt", "updatedAt", "externalRef", "name", "phone", "idNumber", "birthDate", "occupation", "lifeStage", "aum", "tierId", "riskLevel", "riskAssessedAt", "riskAssessmentExpiresAt", "tierBelowFloorSince", "advisorId", "language" FROM "customer"`,
    );
    await q.query(`DROP TABLE "customer"`);
    await q.query(`ALTER TABLE "temporary_customer" RENAME TO "customer"`);
    await q.query(`CREATE INDEX "IDX_customer_occupation" ON "customer" ("occupation") `);
    await q.query(`CREATE INDEX "IDX_customer_life_stage" ON "customer" ("lifeStage") `);
    await q.query(`CREATE INDEX "IDX_customer_tier" ON "customer" ("tierId") `);
    await q.query(`CREATE INDEX "IDX_customer_risk_level" ON "customer" ("riskLevel") `);
    await q.query(`CREATE UNIQUE INDEX "UQ_customer_external_ref" ON "customer" ("externalRef") `);
    await q.query(`CREATE INDEX "IDX_customer_segment" ON "customer" ("tierId", "riskLevel", "lifeStage", "occupation") `);
    await q.query(`CREATE INDEX "IDX_customer_advisor" ON "customer" ("advisorId") `);
    await q.query(`DROP INDEX "UQ_customer_need_source"`);
    await q.query(`DROP INDEX "IDX_customer_need_expiry"`);
    await q.query(
      `CREATE TABLE "temporary_customer_need" ("id" varchar(36) PRIMARY KEY NOT NULL, "customerId" varchar(36) NOT NULL, "need" varchar(32) NOT NULL, "source" varchar(16) NOT NULL, "sourceKey" varchar(36) NOT NULL, "ruleId" varchar(36), "weight" integer NOT NULL, "evidence" text NOT NULL, "detectedAt" datetime(6) NOT NULL, "lastConfirmedAt" datetime(6) NOT NULL, "expiresAt" datetime(6) NOT NULL, "recordedBy" varchar(200) NOT NULL, "verdict" varchar(16), "verdictBy" varchar(200), "verdictAt" datetime(6), CONSTRAINT "FK_customer_need_customer" FOREIGN KEY ("customerId") REFERENCES "customer" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    );
    await q.query(
      `INSERT INTO "temporary_customer_need"("id", "customerId", "need", "source", "sourceKey", "ruleId", "weight", "evidence", "detectedAt", "lastConfirmedAt", "expiresAt", "recordedBy") SELECT "id", "customerId", "need", "source", "sourceKey", "ruleId", "weight", "evidence", "detectedAt", "lastConfirmedAt", "expiresAt", "recordedBy" FROM "customer_need"`,
    );
    await q.query(`DROP TABLE "customer_need"`);
    await q.query(`ALTER TABLE "temporary_customer_need" RENAME TO "customer_need"`);
    await q.query(`CREATE UNIQUE INDEX "UQ_customer_need_source" ON "customer_need" ("customerId", "need", "sourceKey") `);
    await q.query(`CREATE INDEX "IDX_customer_need_expiry" ON "customer_need" ("customerId", "expiresAt") `);
    await q.query(`DROP INDEX "IDX_order_partner"`);
    await q.query(`DROP INDEX "IDX_order_cooling_off"`);
    await q.query(`DROP INDEX "IDX_order_customer"`);
    await q.query(
      `CREATE TABLE "temporary_customer_order" ("id" varchar(36) PRIMARY KEY NOT NULL, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "customerId" varchar(36) NOT NULL, "productId" varchar(36) NOT NULL, "status" varchar(32) NOT NULL, "channel" varchar(16) NOT NULL, "amount" bigint NOT NULL, "currency" varchar(3) NOT NULL, "cnyAmount" bigint NOT NULL, "cnyRate" varchar(24), "decision" text NOT NULL, "refusalCodes" text NOT NULL, "warningVersion" integer, "warningConfirmedBy" varchar(200), "warningConfirmedAt" datetime(6), "warningConfirmedVia" varchar(16), "elderlyAcknowledgedBy" varchar(200), "signedAt" datetime(6), "paidAt" datetime(6), "coolingOffEndsAt" datetime(6), "confirmedAt" datetime(6), "cancelledAt" datetime(6), "refundAmount" bigint, "cancelReason" varchar(500), "placedBy" varchar(200) NOT NULL, "referredByPartnerId" varchar(36), "scenarioPackageId" varchar(36), "productVersion" integer, "handledByPerson" boolean NOT NULL DEFAULT (0), "revenue" bigint, CONSTRAINT "FK_order_customer" FOREIGN KEY ("customerId") REFERENCES "customer" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_order_product" FOREIGN KEY ("productId") REFERENCES "product" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await q.query(
      `INSERT INTO "temporary_customer_order"("id", "version", "createdAt", "updatedAt", "customerId", "productId", "status", "channel", "amount", "currency", "cnyAmount", "cnyRate", "decision", "refusalCodes", "warningVersion", "warningConfirmedBy", "warningConfirmedAt", "warningConfirmedVia", "elderlyAcknowledgedBy", "signedAt", "paidAt", "coolingOffEndsAt", "confirmedAt", "cancelledAt", "refundAmount", "cancelReason", "placedBy", "referredByPartnerId", "scenarioPackageId", "productVersion", "handledByPerson") SELECT "id", "version", "createdAt", "updatedAt", "customerId", "productId", "status", "channel", "amount", "currency", "cnyAmount", "cnyRate", "decision", "refusalCodes", "warningVersion", "warningConfirmedBy", "warningConfirmedAt", "warningConfirmedVia", "elderlyAcknowledgedBy", "signedAt", "paidAt", "coolingOffEndsAt", "confirmedAt", "cancelledAt", "refundAmount", "cancelReason", "placedBy", "referredByPartnerId", "scenarioPackageId", "productVersion", "handledByPerson" FROM "customer_order"`,
    );
    await q.query(`DROP TABLE "customer_order"`);
    await q.query(`ALTER TABLE "temporary_customer_order" RENAME TO "customer_order"`);
    await q.query(`CREATE INDEX "IDX_order_partner" ON "customer_order" ("referredByPartnerId", "createdAt") `);
    await q.query(`CREATE INDEX "IDX_order_cooling_off" ON "customer_order" ("status", "coolingOffEndsAt") `);
    await q.query(`CREATE INDEX "IDX_order_customer" ON "customer_order" ("customerId", "status") `);
    await q.query(`DROP INDEX "IDX_service_request_status"`);
    await q.query(`DROP INDEX "IDX_service_request_customer"`);
    await q.query(`DROP INDEX "IDX_service_request_due"`);
    await q.query(
      `CREATE TABLE "temporary_service_request" ("id" varchar(36) PRIMARY KEY NOT NULL, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "customerId" varchar(36) NOT NULL, "tierId" varchar(36), "category" varchar(32) NOT NULL, "channel" varchar(16) NOT NULL, "priority" varchar(16) NOT NULL, "description" varchar(2000) NOT NULL, "status" varchar(32) NOT NULL, "assigneeId" varchar(36), "policy" text NOT NULL, "history" text NOT NULL, "firstResponseAt" datetime(6), "resolvedAt" datetime(6), "closedAt" datetime(6), "satisfaction" integer, "createdBy" varchar(200) NOT NULL, "dueOrder" datetime(6), "handledByPerson" boolean NOT NULL DEFAULT (0), "firstResponseMinutes" integer, "firstResponseOnTime" boolean)`,
    );
    await q.query(
      `INSERT INTO "temporary_service_request"("id", "version", "createdAt", "updatedAt", "customerId", "tierId", "category", "channel", "priority", "description", "status", "assigneeId", "policy", "history", "firstResponseAt", "resolvedAt", "closedAt", "satisfaction", "createdBy", "dueOrder", "handledByPerson") SELECT "id", "version", "createdAt", "updatedAt", "customerId", "tierId", "category", "channel", "priority", "description", "status", "assigneeId", "policy", "history", "firstResponseAt", "resolvedAt", "closedAt", "satisfaction", "createdBy", "dueOrder", "handledByPerson" FROM "service_request"`,
    );
    await q.query(`DROP TABLE "service_request"`);
    await q.query(`ALTER TABLE "temporary_service_request" RENAME TO "service_request"`);
    await q.query(`CREATE INDEX "IDX_service_request_status" ON "service_request" ("status", "createdAt") `);
    await q.query(`CREATE INDEX "IDX_service_request_customer" ON "service_request" ("customerId", "createdAt") `);
    await q.query(`CREATE INDEX "IDX_service_request_due" ON "service_request" ("dueOrder") `);
    await q.query(`DROP INDEX "IDX_contact_customer"`);
    await q.query(
      `CREATE TABLE "temporary_customer_contact" ("id" varchar(36) PRIMARY KEY NOT NULL, "customerId" varchar(36) NOT NULL, "kind" varchar(16) NOT NULL, "interview" boolean NOT NULL, "notes" varchar(4000) NOT NULL, "contactedAt" datetime(6) NOT NULL, "loggedBy" varchar(200) NOT NULL, "satisfaction" integer)`,
    );
    await q.query(
      `INSERT INTO "temporary_customer_contact"("id", "customerId", "kind", "interview", "notes", "contactedAt", "loggedBy") SELECT "id", "customerId", "kind", "interview", "notes", "contactedAt", "loggedBy" FROM "customer_contact"`,
    );
    await q.query(`DROP TABLE "customer_contact"`);
    await q.query(`ALTER TABLE "temporary_customer_contact" RENAME TO "customer_contact"`);
    await q.query(`CREATE INDEX "IDX_contact_customer" ON "customer_contact" ("customerId", "contactedAt") `);
    await q.query(`CREATE INDEX "IDX_customer_need_verdict" ON "customer_need" ("verdictAt") `);
    await q.query(`CREATE INDEX "IDX_order_paid" ON "customer_order" ("paidAt") `);
    await q.query(`CREATE INDEX "IDX_service_request_resolved" ON "service_request" ("resolvedAt") `);
    await q.query(`CREATE INDEX "IDX_service_request_created" ON "service_request" ("createdAt") `);
    await q.query(`CREATE INDEX "IDX_contact_contacted" ON "customer_contact" ("contactedAt") `);
    await q.query(`CREATE INDEX "IDX_outreach_message_order" ON "outreach_message" ("orderId") `);
    await q.query(`CREATE INDEX "IDX_outreach_message_sent" ON "outreach_message" ("sentAt") `);
    // Requests answered before the columns existed: on time unless a first-response breach was recorded (their minutes stay unknown).
    await q.query(
      `UPDATE service_request SET firstResponseOnTime = CASE WHEN EXISTS (SELECT 1 FROM sla_event e WHERE e.requestId = service_request.id AND e.metric = 'FIRST_RESPONSE' AND e.percent >= 100) THEN 0 ELSE 1 END WHERE firstResponseAt IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    // Columns dropped in place (SQLite ≥ 3.35): recreating a table renames it first, which would rewrite the foreign
    // keys of the tables that reference it to the temporary name.
    for (const index of [
      'IDX_outreach_message_sent',
      'IDX_outreach_message_order',
      'IDX_contact_contacted',
      'IDX_service_request_created',
      'IDX_service_request_resolved',
      'IDX_order_paid',
      'IDX_customer_need_verdict',
    ]) {
      await q.query(`DROP INDEX "${index}"`);
    }
    for (const [table, column] of [
      ['customer_contact', 'satisfaction'],
      ['service_request', 'firstResponseOnTime'],
      ['service_request', 'firstResponseMinutes'],
      ['customer_order', 'revenue'],
      ['customer_need', 'verdictAt'],
      ['customer_need', 'verdictBy'],
      ['customer_need', 'verdict'],
      ['customer', 'closedReason'],
      ['customer', 'closedAt'],
      ['product', 'revenueRate'],
    ]) {
      await q.query(`ALTER TABLE "${table}" DROP COLUMN "${column}"`);
    }
    await q.query(`DROP INDEX "UQ_kpi_snapshot"`);
    await q.query(`DROP TABLE "kpi_snapshot"`);
  }
}
