import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OutreachSqlite1796207289794 implements MigrationInterface {
  name = 'OutreachSqlite1796207289794';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "job_run" ("id" varchar(36) PRIMARY KEY NOT NULL, "job" varchar(40) NOT NULL, "jobKey" varchar(120) NOT NULL, "attempt" integer NOT NULL, "status" varchar(12) NOT NULL, "progress" integer NOT NULL DEFAULT (0), "count" integer NOT NULL DEFAULT (0), "error" varchar(1000), "runner" varchar(120) NOT NULL, "startedAt" datetime(6) NOT NULL, "finishedAt" datetime(6))`);
    await q.query(`CREATE INDEX "IDX_job_run_started" ON "job_run" ("startedAt") `);
    await q.query(`CREATE INDEX "IDX_job_run_job" ON "job_run" ("job", "startedAt") `);
    await q.query(`CREATE TABLE "campaign" ("id" varchar(36) PRIMARY KEY NOT NULL, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "code" varchar(40) NOT NULL, "name" varchar(200) NOT NULL, "nameEn" varchar(200), "status" varchar(12) NOT NULL, "category" varchar(16) NOT NULL, "ownerId" varchar(36) NOT NULL, "ownerEmail" varchar(200) NOT NULL, "audienceKind" varchar(16) NOT NULL, "audienceRef" varchar(40) NOT NULL, "channels" text NOT NULL, "templateZh" varchar(600) NOT NULL, "templateEn" varchar(600), "productId" varchar(36), "sendAt" datetime(6), "trigger" varchar(16), "offsets" text NOT NULL, "triggerNeed" varchar(32), "minScore" integer, "approvedBy" varchar(200), "approvedAt" datetime(6), "startedAt" datetime(6), "completedAt" datetime(6), "runs" integer NOT NULL DEFAULT (0), "cursor" varchar(36))`);
    await q.query(`CREATE INDEX "IDX_campaign_status" ON "campaign" ("status") `);
    await q.query(`CREATE UNIQUE INDEX "UQ_campaign_code" ON "campaign" ("code") `);
    await q.query(`CREATE TABLE "outreach_message" ("id" varchar(36) PRIMARY KEY NOT NULL, "dedupeKey" varchar(200) NOT NULL, "campaignId" varchar(36), "customerId" varchar(36) NOT NULL, "channel" varchar(12) NOT NULL, "category" varchar(16) NOT NULL, "source" varchar(16) NOT NULL, "language" varchar(2) NOT NULL, "body" varchar(700) NOT NULL, "status" varchar(12) NOT NULL, "reason" varchar(20), "holdUntil" datetime(6), "basis" text NOT NULL, "createdAt" datetime(6) NOT NULL, "decidedAt" datetime(6), "claimedAt" datetime(6), "sentAt" datetime(6), "deliveredAt" datetime(6), "openedAt" datetime(6), "clickedAt" datetime(6), "convertedAt" datetime(6), "orderId" varchar(36), "dismissedAt" datetime(6), "unsubscribedAt" datetime(6), "failedAt" datetime(6), "error" varchar(500), "providerMessageId" varchar(100), "attempts" integer NOT NULL DEFAULT (0))`);
    await q.query(`CREATE INDEX "IDX_outreach_message_status" ON "outreach_message" ("status", "holdUntil") `);
    await q.query(`CREATE INDEX "IDX_outreach_message_campaign" ON "outreach_message" ("campaignId", "status") `);
    await q.query(`CREATE INDEX "IDX_outreach_message_customer" ON "outreach_message" ("customerId", "sentAt") `);
    await q.query(`CREATE UNIQUE INDEX "UQ_outreach_message_key" ON "outreach_message" ("dedupeKey") `);
    await q.query(`CREATE TABLE "outbox_message" ("id" varchar(36) PRIMARY KEY NOT NULL, "messageId" varchar(36) NOT NULL, "channel" varchar(12) NOT NULL, "customerId" varchar(36) NOT NULL, "body" varchar(700) NOT NULL, "createdAt" datetime(6) NOT NULL)`);
    await q.query(`CREATE INDEX "IDX_outbox_created" ON "outbox_message" ("createdAt") `);
    await q.query(`CREATE UNIQUE INDEX "UQ_outbox_message" ON "outbox_message" ("messageId") `);
    await q.query(`CREATE TABLE "contact_policy_setting" ("id" varchar(16) PRIMARY KEY NOT NULL, "policy" text NOT NULL, "version" integer NOT NULL, "updatedBy" varchar(200) NOT NULL, "updatedAt" datetime(6) NOT NULL)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "contact_policy_setting"`);
    await q.query(`DROP INDEX "UQ_outbox_message"`);
    await q.query(`DROP INDEX "IDX_outbox_created"`);
    await q.query(`DROP TABLE "outbox_message"`);
    await q.query(`DROP INDEX "UQ_outreach_message_key"`);
    await q.query(`DROP INDEX "IDX_outreach_message_customer"`);
    await q.query(`DROP INDEX "IDX_outreach_message_campaign"`);
    await q.query(`DROP INDEX "IDX_outreach_message_status"`);
    await q.query(`DROP TABLE "outreach_message"`);
    await q.query(`DROP INDEX "UQ_campaign_code"`);
    await q.query(`DROP INDEX "IDX_campaign_status"`);
    await q.query(`DROP TABLE "campaign"`);
    await q.query(`DROP INDEX "IDX_job_run_job"`);
    await q.query(`DROP INDEX "IDX_job_run_started"`);
    await q.query(`DROP TABLE "job_run"`);
  }
}
