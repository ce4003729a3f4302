import type { MigrationInterface, QueryRunner } from 'typeorm';

export class FourEyesSqlite1796191945632 implements MigrationInterface {
  name = 'FourEyesSqlite1796191945632';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "change_request" ("id" varchar(36) PRIMARY KEY NOT NULL, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "resource" varchar(32) NOT NULL, "operation" varchar(16) NOT NULL, "mutation" varchar(64) NOT NULL, "summary" varchar(500) NOT NULL, "status" varchar(16) NOT NULL, "args" text NOT NULL, "diff" text NOT NULL, "note" varchar(500), "effectiveFrom" datetime(6), "makerId" varchar(36) NOT NULL, "makerEmail" varchar(200) NOT NULL, "submittedAt" datetime(6), "checkerId" varchar(36), "checkerEmail" varchar(200), "decidedAt" datetime(6), "rejectionReason" varchar(1000), "appliedAt" datetime(6), "resultRecordId" varchar(36), "outcome" varchar(1000))`);
    await q.query(`CREATE INDEX "IDX_change_request_maker" ON "change_request" ("makerId", "createdAt") `);
    await q.query(`CREATE INDEX "IDX_change_request_status" ON "change_request" ("status", "effectiveFrom") `);
    await q.query(`CREATE TABLE "change_request_target" ("changeRequestId" varchar(36) NOT NULL, "recordId" varchar(64) NOT NULL, "baseVersion" integer NOT NULL, PRIMARY KEY ("changeRequestId", "recordId"))`);
    await q.query(`CREATE INDEX "IDX_change_target_record" ON "change_request_target" ("recordId") `);
    await q.query(`CREATE TABLE "four_eyes_setting" ("resource" varchar(32) PRIMARY KEY NOT NULL, "enabled" boolean NOT NULL, "updatedBy" varchar(200), "updatedAt" datetime(6))`);
    await q.query(`DROP INDEX "UQ_user_email"`);
    await q.query(`CREATE TABLE "temporary_app_user" ("id" varchar(36) PRIMARY KEY NOT NULL, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "email" varchar(200) NOT NULL, "displayName" varchar(120), "role" varchar(20) NOT NULL, "passwordHash" varchar(200) NOT NULL, "approves" text)`);
    await q.query(`INSERT INTO "temporary_app_user"("id", "version", "createdAt", "updatedAt", "email", "displayName", "role", "passwordHash") SELECT "id", "version", "createdAt", "updatedAt", "email", "displayName", "role", "passwordHash" FROM "app_user"`);
    await q.query(`DROP TABLE "app_user"`);
    await q.query(`ALTER TABLE "temporary_app_user" RENAME TO "app_user"`);
    await q.query(`CREATE UNIQUE INDEX "UQ_user_email" ON "app_user" ("email") `);
    // Nobody approves anything until an administrator grants it.
    await q.query(`UPDATE "app_user" SET "approves" = '[]' WHERE "approves" IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "UQ_user_email"`);
    await q.query(`ALTER TABLE "app_user" RENAME TO "temporary_app_user"`);
    await q.query(`CREATE TABLE "app_user" ("id" varchar(36) PRIMARY KEY NOT NULL, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "email" varchar(200) NOT NULL, "displayName" varchar(120), "role" varchar(20) NOT NULL, "passwordHash" varchar(200) NOT NULL)`);
    await q.query(`INSERT INTO "app_user"("id", "version", "createdAt", "updatedAt", "email", "displayName", "role", "passwordHash") SELECT "id", "version", "createdAt", "updatedAt", "email", "displayName", "role", "passwordHash" FROM "temporary_app_user"`);
    await q.query(`DROP TABLE "temporary_app_user"`);
    await q.query(`CREATE UNIQUE INDEX "UQ_user_email" ON "app_user" ("email") `);
    await q.query(`DROP TABLE "four_eyes_setting"`);
    await q.query(`DROP INDEX "IDX_change_target_record"`);
    await q.query(`DROP TABLE "change_request_target"`);
    await q.query(`DROP INDEX "IDX_change_request_status"`);
    await q.query(`DROP INDEX "IDX_change_request_maker"`);
    await q.query(`DROP TABLE "change_request"`);
  }
}
