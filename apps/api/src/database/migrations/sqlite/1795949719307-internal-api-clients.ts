import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InternalApiClientsSqlite1795949719307 implements MigrationInterface {
  name = 'InternalApiClientsSqlite1795949719307';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "UQ_api_client_prefix"`);
    await q.query(`DROP INDEX "IDX_api_client_partner"`);
    await q.query(`CREATE TABLE "temporary_api_client" ("id" varchar(36) PRIMARY KEY NOT NULL, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "partnerId" varchar(36) NOT NULL, "name" varchar(120) NOT NULL, "keyPrefix" varchar(16) NOT NULL, "keyHash" varchar(64) NOT NULL, "scopes" text NOT NULL, "pointsPerMinute" integer NOT NULL DEFAULT (1000), "expiresAt" datetime(6) NOT NULL, "revokedAt" datetime(6), "lastUsedAt" datetime(6), "createdBy" varchar(200) NOT NULL, CONSTRAINT "FK_api_client_partner" FOREIGN KEY ("partnerId") REFERENCES "partner_institution" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await q.query(`INSERT INTO "temporary_api_client"("id", "version", "createdAt", "updatedAt", "partnerId", "name", "keyPrefix", "keyHash", "scopes", "pointsPerMinute", "expiresAt", "revokedAt", "lastUsedAt", "createdBy") SELECT "id", "version", "createdAt", "updatedAt", "partnerId", "name", "keyPrefix", "keyHash", "scopes", "pointsPerMinute", "expiresAt", "revokedAt", "lastUsedAt", "createdBy" FROM "api_client"`);
    await q.query(`DROP TABLE "api_client"`);
    await q.query(`ALTER TABLE "temporary_api_client" RENAME TO "api_client"`);
    await q.query(`CREATE UNIQUE INDEX "UQ_api_client_prefix" ON "api_client" ("keyPrefix") `);
    await q.query(`CREATE INDEX "IDX_api_client_partner" ON "api_client" ("partnerId") `);
    await q.query(`DROP INDEX "UQ_api_client_prefix"`);
    await q.query(`DROP INDEX "IDX_api_client_partner"`);
    await q.query(`CREATE TABLE "temporary_api_client" ("id" varchar(36) PRIMARY KEY NOT NULL, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "partnerId" varchar(36) NOT NULL, "name" varchar(120) NOT NULL, "keyPrefix" varchar(16) NOT NULL, "keyHash" varchar(64) NOT NULL, "scopes" text NOT NULL, "pointsPerMinute" integer NOT NULL DEFAULT (1000), "expiresAt" datetime(6) NOT NULL, "revokedAt" datetime(6), "lastUsedAt" datetime(6), "createdBy" varchar(200) NOT NULL)`);
    await q.query(`INSERT INTO "temporary_api_client"("id", "version", "createdAt", "updatedAt", "partnerId", "name", "keyPrefix", "keyHash", "scopes", "pointsPerMinute", "expiresAt", "revokedAt", "lastUsedAt", "createdBy") SELECT "id", "version", "createdAt", "updatedAt", "partnerId", "name", "keyPrefix", "keyHash", "scopes", "pointsPerMinute", "expiresAt", "revokedAt", "lastUsedAt", "createdBy" FROM "api_client"`);
    await q.query(`DROP TABLE "api_client"`);
    await q.query(`ALTER TABLE "temporary_api_client" RENAME TO "api_client"`);
    await q.query(`CREATE UNIQUE INDEX "UQ_api_client_prefix" ON "api_client" ("keyPrefix") `);
    await q.query(`CREATE INDEX "IDX_api_client_partner" ON "api_client" ("partnerId") `);
    await q.query(`DROP INDEX "UQ_api_client_prefix"`);
    await q.query(`DROP INDEX "IDX_api_client_partner"`);
    await q.query(`CREATE TABLE "temporary_api_client" ("id" varchar(36) PRIMARY KEY NOT NULL, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "partnerId" varchar(36), "name" varchar(120) NOT NULL, "keyPrefix" varchar(16) NOT NULL, "keyHash" varchar(64) NOT NULL, "scopes" text NOT NULL, "pointsPerMinute" integer NOT NULL DEFAULT (1000), "expiresAt" datetime(6) NOT NULL, "revokedAt" datetime(6), "lastUsedAt" datetime(6), "createdBy" varchar(200) NOT NULL)`);
    await q.query(`INSERT INTO "temporary_api_client"("id", "version", "createdAt", "updatedAt", "partnerId", "name", "keyPrefix", "keyHash", "scopes", "pointsPerMinute", "expiresAt", "revokedAt", "lastUsedAt", "createdBy") SELECT "id", "version", "createdAt", "updatedAt", "partnerId", "name", "keyPrefix", "keyHash", "scopes", "pointsPerMinute", "expiresAt", "revokedAt", "lastUsedAt", "createdBy" FROM "api_client"`);
    await q.query(`DROP TABLE "api_client"`);
    await q.query(`ALTER TABLE "temporary_api_client" RENAME TO "api_client"`);
    await q.query(`CREATE UNIQUE INDEX "UQ_api_client_prefix" ON "api_client" ("keyPrefix") `);
    await q.query(`CREATE INDEX "IDX_api_client_partner" ON "api_client" ("partnerId") `);
    await q.query(`DROP INDEX "UQ_api_client_prefix"`);
    await q.query(`DROP INDEX "IDX_api_client_partner"`);
    await q.query(`CREATE TABLE "temporary_api_client" ("id" varchar(36) PRIMARY KEY NOT NULL, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "partnerId" varchar(36), "name" varchar(120) NOT NULL, "keyPrefix" varchar(16) NOT NULL, "keyHash" varchar(64) NOT NULL, "scopes" text NOT NULL, "pointsPerMinute" integer NOT NULL DEFAULT (1000), "expiresAt" datetime(6) NOT NULL, "revokedAt" datetime(6), "lastUsedAt" datetime(6), "createdBy" varchar(200) NOT NULL, CONSTRAINT "FK_api_client_partner" FOREIGN KEY ("partnerId") REFERENCES "partner_institution" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await q.query(`INSERT INTO "temporary_api_client"("id", "version", "createdAt", "updatedAt", "partnerId", "name", "keyPrefix", "keyHash", "scopes", "pointsPerMinute", "expiresAt", "revokedAt", "lastUsedAt", "createdBy") SELECT "id", "version", "createdAt", "updatedAt", "partnerId", "name", "keyPrefix", "keyHash", "scopes", "pointsPerMinute", "expiresAt", "revokedAt", "lastUsedAt", "createdBy" FROM "api_client"`);
    await q.query(`DROP TABLE "api_client"`);
    await q.query(`ALTER TABLE "temporary_api_client" RENAME TO "api_client"`);
    await q.query(`CREATE UNIQUE INDEX "UQ_api_client_prefix" ON "api_client" ("keyPrefix") `);
    await q.query(`CREATE INDEX "IDX_api_client_partner" ON "api_client" ("partnerId") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_api_client_partner"`);
    await q.query(`DROP INDEX "UQ_api_client_prefix"`);
    await q.query(`ALTER TABLE "api_client" RENAME TO "temporary_api_client"`);
    await q.query(`CREATE TABLE "api_client" ("id" varchar(36) PRIMARY KEY NOT NULL, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "partnerId" varchar(36), "name" varchar(120) NOT NULL, "keyPrefix" varchar(16) NOT NULL, "keyHash" varchar(64) NOT NULL, "scopes" text NOT NULL, "pointsPerMinute" integer NOT NULL DEFAULT (1000), "expiresAt" datetime(6) NOT NULL, "revokedAt" datetime(6), "lastUsedAt" datetime(6), "createdBy" varchar(200) NOT NULL)`);
    await q.query(`INSERT INTO "api_client"("id", "version", "createdAt", "updatedAt", "partnerId", "name", "keyPrefix", "keyHash", "scopes", "pointsPerMinute", "expiresAt", "revokedAt", "lastUsedAt", "createdBy") SELECT "id", "version", "createdAt", "updatedAt", "partnerId", "name", "keyPrefix", "keyHash", "scopes", "pointsPerMinute", "expiresAt", "revokedAt", "lastUsedAt", "createdBy" FROM "temporary_api_client"`);
    await q.query(`DROP TABLE "temporary_api_client"`);
    await q.query(`CREATE INDEX "IDX_api_client_partner" ON "api_client" ("partnerId") `);
    await q.query(`CREATE UNIQUE INDEX "UQ_api_client_prefix" ON "api_client" ("keyPrefix") `);
    await q.query(`DROP INDEX "IDX_api_client_partner"`);
    await q.query(`DROP INDEX "UQ_api_client_prefix"`);
    await q.query(`ALTER TABLE "api_client" RENAME TO "temporary_api_client"`);
    await q.query(`CREATE TABLE "api_client" ("id" varchar(36) PRIMARY KEY NOT NULL, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "partnerId" varchar(36) NOT NULL, "name" varchar(120) NOT NULL, "keyPrefix" varchar(16) NOT NULL, "keyHash" varchar(64) NOT NULL, "scopes" text NOT NULL, "pointsPerMinute" integer NOT NULL DEFAULT (1000), "expiresAt" datetime(6) NOT NULL, "revokedAt" datetime(6), "lastUsedAt" datetime(6), "createdBy" varchar(200) NOT NULL)`);
    await q.query(`INSERT INTO "api_client"("id", "version", "createdAt", "updatedAt", "partnerId", "name", "keyPrefix", "keyHash", "scopes", "pointsPerMinute", "expiresAt", "revokedAt", "lastUsedAt", "createdBy") SELECT "id", "version", "createdAt", "updatedAt", "partnerId", "name", "keyPrefix", "keyHash", "scopes", "pointsPerMinute", "expiresAt", "revokedAt", "lastUsedAt", "createdBy" FROM "temporary_api_client"`);
    await q.query(`DROP TABLE "temporary_api_client"`);
    await q.query(`CREATE INDEX "IDX_api_client_partner" ON "api_client" ("partnerId") `);
    await q.query(`CREATE UNIQUE INDEX "UQ_api_client_prefix" ON "api_client" ("keyPrefix") `);
    await q.query(`DROP INDEX "IDX_api_client_partner"`);
    await q.query(`DROP INDEX "UQ_api_client_prefix"`);
    await q.query(`ALTER TABLE "api_client" RENAME TO "temporary_api_client"`);
    await q.query(`CREATE TABLE "api_client" ("id" varchar(36) PRIMARY KEY NOT NULL, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "partnerId" varchar(36) NOT NULL, "name" varchar(120) NOT NULL, "keyPrefix" varchar(16) NOT NULL, "keyHash" varchar(64) NOT NULL, "scopes" text NOT NULL, "pointsPerMinute" integer NOT NULL DEFAULT (1000), "expiresAt" datetime(6) NOT NULL, "revokedAt" datetime(6), "lastUsedAt" datetime(6), "createdBy" varchar(200) NOT NULL, CONSTRAINT "FK_api_client_partner" FOREIGN KEY ("partnerId") REFERENCES "partner_institution" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await q.query(`INSERT INTO "api_client"("id", "version", "createdAt", "updatedAt", "partnerId", "name", "keyPrefix", "keyHash", "scopes", "pointsPerMinute", "expiresAt", "revokedAt", "lastUsedAt", "createdBy") SELECT "id", "version", "createdAt", "updatedAt", "partnerId", "name", "keyPrefix", "keyHash", "scopes", "pointsPerMinute", "expiresAt", "revokedAt", "lastUsedAt", "createdBy" FROM "temporary_api_client"`);
    await q.query(`DROP TABLE "temporary_api_client"`);
    await q.query(`CREATE INDEX "IDX_api_client_partner" ON "api_client" ("partnerId") `);
    await q.query(`CREATE UNIQUE INDEX "UQ_api_client_prefix" ON "api_client" ("keyPrefix") `);
    await q.query(`DROP INDEX "IDX_api_client_partner"`);
    await q.query(`DROP INDEX "UQ_api_client_prefix"`);
    await q.query(`ALTER TABLE "api_client" RENAME TO "temporary_api_client"`);
    await q.query(`CREATE TABLE "api_client" ("id" varchar(36) PRIMARY KEY NOT NULL, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "partnerId" varchar(36) NOT NULL, "name" varchar(120) NOT NULL, "keyPrefix" varchar(16) NOT NULL, "keyHash" varchar(64) NOT NULL, "scopes" text NOT NULL, "pointsPerMinute" integer NOT NULL DEFAULT (1000), "expiresAt" datetime(6) NOT NULL, "revokedAt" datetime(6), "lastUsedAt" datetime(6), "createdBy" varchar(200) NOT NULL, CONSTRAINT "FK_api_client_partner" FOREIGN KEY ("partnerId") REFERENCES "partner_institution" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await q.query(`INSERT INTO "api_client"("id", "version", "createdAt", "updatedAt", "partnerId", "name", "keyPrefix", "keyHash", "scopes", "pointsPerMinute", "expiresAt", "revokedAt", "lastUsedAt", "createdBy") SELECT "id", "version", "createdAt", "updatedAt", "partnerId", "name", "keyPrefix", "keyHash", "scopes", "pointsPerMinute", "expiresAt", "revokedAt", "lastUsedAt", "createdBy" FROM "temporary_api_client"`);
    await q.query(`DROP TABLE "temporary_api_client"`);
    await q.query(`CREATE INDEX "IDX_api_client_partner" ON "api_client" ("partnerId") `);
    await q.query(`CREATE UNIQUE INDEX "UQ_api_client_prefix" ON "api_client" ("keyPrefix") `);
  }
}
