import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PartnerApiSqlite1795946715998 implements MigrationInterface {
  name = 'PartnerApiSqlite1795946715998';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "api_client" ("id" varchar(36) PRIMARY KEY NOT NULL, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "partnerId" varchar(36) NOT NULL, "name" varchar(120) NOT NULL, "keyPrefix" varchar(16) NOT NULL, "keyHash" varchar(64) NOT NULL, "scopes" text NOT NULL, "pointsPerMinute" integer NOT NULL DEFAULT (1000), "expiresAt" datetime(6) NOT NULL, "revokedAt" datetime(6), "lastUsedAt" datetime(6), "createdBy" varchar(200) NOT NULL)`);
    await q.query(`CREATE INDEX "IDX_api_client_partner" ON "api_client" ("partnerId") `);
    await q.query(`CREATE UNIQUE INDEX "UQ_api_client_prefix" ON "api_client" ("keyPrefix") `);
    await q.query(`CREATE TABLE "referral" ("id" varchar(36) PRIMARY KEY NOT NULL, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "partnerId" varchar(36) NOT NULL, "customerId" varchar(36) NOT NULL, "scenario" varchar(32) NOT NULL, "notes" varchar(1000) NOT NULL, "status" varchar(16) NOT NULL, "submittedBy" varchar(40) NOT NULL)`);
    await q.query(`CREATE INDEX "IDX_referral_partner" ON "referral" ("partnerId", "createdAt") `);
    await q.query(`CREATE INDEX "IDX_referral_status" ON "referral" ("status", "createdAt") `);
    await q.query(`CREATE TABLE "fulfilment_order" ("id" varchar(36) PRIMARY KEY NOT NULL, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "partnerId" varchar(36) NOT NULL, "customerId" varchar(36) NOT NULL, "benefitId" varchar(36) NOT NULL, "status" varchar(16) NOT NULL, "notes" varchar(1000), "partnerNote" varchar(1000), "createdBy" varchar(200) NOT NULL)`);
    await q.query(`CREATE INDEX "IDX_fulfilment_partner" ON "fulfilment_order" ("partnerId", "status", "createdAt") `);
    await q.query(`DROP INDEX "IDX_api_client_partner"`);
    await q.query(`DROP INDEX "UQ_api_client_prefix"`);
    await q.query(`CREATE TABLE "temporary_api_client" ("id" varchar(36) PRIMARY KEY NOT NULL, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "partnerId" varchar(36) NOT NULL, "name" varchar(120) NOT NULL, "keyPrefix" varchar(16) NOT NULL, "keyHash" varchar(64) NOT NULL, "scopes" text NOT NULL, "pointsPerMinute" integer NOT NULL DEFAULT (1000), "expiresAt" datetime(6) NOT NULL, "revokedAt" datetime(6), "lastUsedAt" datetime(6), "createdBy" varchar(200) NOT NULL, CONSTRAINT "FK_api_client_partner" FOREIGN KEY ("partnerId") REFERENCES "partner_institution" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await q.query(`INSERT INTO "temporary_api_client"("id", "version", "createdAt", "updatedAt", "partnerId", "name", "keyPrefix", "keyHash", "scopes", "pointsPerMinute", "expiresAt", "revokedAt", "lastUsedAt", "createdBy") SELECT "id", "version", "createdAt", "updatedAt", "partnerId", "name", "keyPrefix", "keyHash", "scopes", "pointsPerMinute", "expiresAt", "revokedAt", "lastUsedAt", "createdBy" FROM "api_client"`);
    await q.query(`DROP TABLE "api_client"`);
    await q.query(`ALTER TABLE "temporary_api_client" RENAME TO "api_client"`);
    await q.query(`CREATE INDEX "IDX_api_client_partner" ON "api_client" ("partnerId") `);
    await q.query(`CREATE UNIQUE INDEX "UQ_api_client_prefix" ON "api_client" ("keyPrefix") `);
    await q.query(`DROP INDEX "IDX_referral_partner"`);
    await q.query(`DROP INDEX "IDX_referral_status"`);
    await q.query(`CREATE TABLE "temporary_referral" ("id" varchar(36) PRIMARY KEY NOT NULL, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "partnerId" varchar(36) NOT NULL, "customerId" varchar(36) NOT NULL, "scenario" varchar(32) NOT NULL, "notes" varchar(1000) NOT NULL, "status" varchar(16) NOT NULL, "submittedBy" varchar(40) NOT NULL, CONSTRAINT "FK_referral_customer" FOREIGN KEY ("customerId") REFERENCES "customer" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await q.query(`INSERT INTO "temporary_referral"("id", "version", "createdAt", "updatedAt", "partnerId", "customerId", "scenario", "notes", "status", "submittedBy") SELECT "id", "version", "createdAt", "updatedAt", "partnerId", "customerId", "scenario", "notes", "status", "submittedBy" FROM "referral"`);
    await q.query(`DROP TABLE "referral"`);
    await q.query(`ALTER TABLE "temporary_referral" RENAME TO "referral"`);
    await q.query(`CREATE INDEX "IDX_referral_partner" ON "referral" ("partnerId", "createdAt") `);
    await q.query(`CREATE INDEX "IDX_referral_status" ON "referral" ("status", "createdAt") `);
    await q.query(`DROP INDEX "IDX_fulfilment_partner"`);
    await q.query(`CREATE TABLE "temporary_fulfilment_order" ("id" varchar(36) PRIMARY KEY NOT NULL, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "partnerId" varchar(36) NOT NULL, "customerId" varchar(36) NOT NULL, "benefitId" varchar(36) NOT NULL, "status" varchar(16) NOT NULL, "notes" varchar(1000), "partnerNote" varchar(1000), "createdBy" varchar(200) NOT NULL, CONSTRAINT "FK_fulfilment_customer" FOREIGN KEY ("customerId") REFERENCES "customer" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await q.query(`INSERT INTO "temporary_fulfilment_order"("id", "version", "createdAt", "updatedAt", "partnerId", "customerId", "benefitId", "status", "notes", "partnerNote", "createdBy") SELECT "id", "version", "createdAt", "updatedAt", "partnerId", "customerId", "benefitId", "status", "notes", "partnerNote", "createdBy" FROM "fulfilment_order"`);
    await q.query(`DROP TABLE "fulfilment_order"`);
    await q.query(`ALTER TABLE "temporary_fulfilment_order" RENAME TO "fulfilment_order"`);
    await q.query(`CREATE INDEX "IDX_fulfilment_partner" ON "fulfilment_order" ("partnerId", "status", "createdAt") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_fulfilment_partner"`);
    await q.query(`ALTER TABLE "fulfilment_order" RENAME TO "temporary_fulfilment_order"`);
    await q.query(`CREATE TABLE "fulfilment_order" ("id" varchar(36) PRIMARY KEY NOT NULL, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "partnerId" varchar(36) NOT NULL, "customerId" varchar(36) NOT NULL, "benefitId" varchar(36) NOT NULL, "status" varchar(16) NOT NULL, "notes" varchar(1000), "partnerNote" varchar(1000), "createdBy" varchar(200) NOT NULL)`);
    await q.query(`INSERT INTO "fulfilment_order"("id", "version", "createdAt", "updatedAt", "partnerId", "customerId", "benefitId", "status", "notes", "partnerNote", "createdBy") SELECT "id", "version", "createdAt", "updatedAt", "partnerId", "customerId", "benefitId", "status", "notes", "partnerNote", "createdBy" FROM "temporary_fulfilment_order"`);
    await q.query(`DROP TABLE "temporary_fulfilment_order"`);
    await q.query(`CREATE INDEX "IDX_fulfilment_partner" ON "fulfilment_order" ("partnerId", "status", "createdAt") `);
    await q.query(`DROP INDEX "IDX_referral_status"`);
    await q.query(`DROP INDEX "IDX_referral_partner"`);
    await q.query(`ALTER TABLE "referral" RENAME TO "temporary_referral"`);
    await q.query(`CREATE TABLE "referral" ("id" varchar(36) PRIMARY KEY NOT NULL, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "partnerId" varchar(36) NOT NULL, "customerId" varchar(36) NOT NULL, "scenario" varchar(32) NOT NULL, "notes" varchar(1000) NOT NULL, "status" varchar(16) NOT NULL, "submittedBy" varchar(40) NOT NULL)`);
    await q.query(`INSERT INTO "referral"("id", "version", "createdAt", "updatedAt", "partnerId", "customerId", "scenario", "notes", "status", "submittedBy") SELECT "id", "version", "createdAt", "updatedAt", "partnerId", "customerId", "scenario", "notes", "status", "submittedBy" FROM "temporary_referral"`);
    await q.query(`DROP TABLE "temporary_referral"`);
    await q.query(`CREATE INDEX "IDX_referral_status" ON "referral" ("status", "createdAt") `);
    await q.query(`CREATE INDEX "IDX_referral_partner" ON "referral" ("partnerId", "createdAt") `);
    await q.query(`DROP INDEX "UQ_api_client_prefix"`);
    await q.query(`DROP INDEX "IDX_api_client_partner"`);
    await q.query(`ALTER TABLE "api_client" RENAME TO "temporary_api_client"`);
    await q.query(`CREATE TABLE "api_client" ("id" varchar(36) PRIMARY KEY NOT NULL, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "partnerId" varchar(36) NOT NULL, "name" varchar(120) NOT NULL, "keyPrefix" varchar(16) NOT NULL, "keyHash" varchar(64) NOT NULL, "scopes" text NOT NULL, "pointsPerMinute" integer NOT NULL DEFAULT (1000), "expiresAt" datetime(6) NOT NULL, "revokedAt" datetime(6), "lastUsedAt" datetime(6), "createdBy" varchar(200) NOT NULL)`);
    await q.query(`INSERT INTO "api_client"("id", "version", "createdAt", "updatedAt", "partnerId", "name", "keyPrefix", "keyHash", "scopes", "pointsPerMinute", "expiresAt", "revokedAt", "lastUsedAt", "createdBy") SELECT "id", "version", "createdAt", "updatedAt", "partnerId", "name", "keyPrefix", "keyHash", "scopes", "pointsPerMinute", "expiresAt", "revokedAt", "lastUsedAt", "createdBy" FROM "temporary_api_client"`);
    await q.query(`DROP TABLE "temporary_api_client"`);
    await q.query(`CREATE UNIQUE INDEX "UQ_api_client_prefix" ON "api_client" ("keyPrefix") `);
    await q.query(`CREATE INDEX "IDX_api_client_partner" ON "api_client" ("partnerId") `);
    await q.query(`DROP INDEX "IDX_fulfilment_partner"`);
    await q.query(`DROP TABLE "fulfilment_order"`);
    await q.query(`DROP INDEX "IDX_referral_status"`);
    await q.query(`DROP INDEX "IDX_referral_partner"`);
    await q.query(`DROP TABLE "referral"`);
    await q.query(`DROP INDEX "UQ_api_client_prefix"`);
    await q.query(`DROP INDEX "IDX_api_client_partner"`);
    await q.query(`DROP TABLE "api_client"`);
  }
}
