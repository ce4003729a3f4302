import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RetierReasonSqlite1795945505993 implements MigrationInterface {
  name = 'RetierReasonSqlite1795945505993';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "temporary_retier_job" ("id" varchar(36) PRIMARY KEY NOT NULL, "status" varchar(16) NOT NULL, "total" integer NOT NULL, "processed" integer NOT NULL DEFAULT (0), "changed" integer NOT NULL DEFAULT (0), "cursor" varchar(36), "requestedBy" varchar(200) NOT NULL, "startedAt" datetime(6) NOT NULL, "finishedAt" datetime(6), "error" varchar(1000), "reason" varchar(200) NOT NULL DEFAULT ('On demand'))`);
    await q.query(`INSERT INTO "temporary_retier_job"("id", "status", "total", "processed", "changed", "cursor", "requestedBy", "startedAt", "finishedAt", "error") SELECT "id", "status", "total", "processed", "changed", "cursor", "requestedBy", "startedAt", "finishedAt", "error" FROM "retier_job"`);
    await q.query(`DROP TABLE "retier_job"`);
    await q.query(`ALTER TABLE "temporary_retier_job" RENAME TO "retier_job"`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "retier_job" RENAME TO "temporary_retier_job"`);
    await q.query(`CREATE TABLE "retier_job" ("id" varchar(36) PRIMARY KEY NOT NULL, "status" varchar(16) NOT NULL, "total" integer NOT NULL, "processed" integer NOT NULL DEFAULT (0), "changed" integer NOT NULL DEFAULT (0), "cursor" varchar(36), "requestedBy" varchar(200) NOT NULL, "startedAt" datetime(6) NOT NULL, "finishedAt" datetime(6), "error" varchar(1000))`);
    await q.query(`INSERT INTO "retier_job"("id", "status", "total", "processed", "changed", "cursor", "requestedBy", "startedAt", "finishedAt", "error") SELECT "id", "status", "total", "processed", "changed", "cursor", "requestedBy", "startedAt", "finishedAt", "error" FROM "temporary_retier_job"`);
    await q.query(`DROP TABLE "temporary_retier_job"`);
  }
}
