import type { MigrationInterface, QueryRunner } from 'typeorm';

export class WealthPlanningCreditLinesSqlite1796240163746 implements MigrationInterface {
  name = 'WealthPlanningCreditLinesSqlite1796240163746';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "customer_goal" ("id" varchar(36) PRIMARY KEY NOT NULL, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "customerId" varchar(36) NOT NULL, "kind" varchar(24) NOT NULL, "targetAmount" bigint NOT NULL, "horizonYears" integer NOT NULL, "priority" integer NOT NULL, "liquidityPercent" integer NOT NULL, "source" varchar(12) NOT NULL, "needId" varchar(36), "note" varchar(1000), "createdBy" varchar(200) NOT NULL)`);
    await q.query(`CREATE INDEX "IDX_customer_goal_customer" ON "customer_goal" ("customerId", "createdAt") `);
    await q.query(`CREATE TABLE "proposal" ("id" varchar(36) PRIMARY KEY NOT NULL, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "goalId" varchar(36) NOT NULL, "customerId" varchar(36) NOT NULL, "kind" varchar(12) NOT NULL, "revision" integer NOT NULL, "status" varchar(12) NOT NULL, "investable" bigint NOT NULL, "inflation" bigint NOT NULL, "loanParts" text NOT NULL, "draftNotes" text NOT NULL, "preparedBy" varchar(200) NOT NULL, "presentedAt" datetime(6), "validUntil" datetime(6), "decidedAt" datetime(6), "decidedBy" varchar(200), "declineReason" varchar(500))`);
    await q.query(`CREATE INDEX "IDX_proposal_expiry" ON "proposal" ("status", "validUntil") `);
    await q.query(`CREATE INDEX "IDX_proposal_customer" ON "proposal" ("customerId", "status") `);
    await q.query(`CREATE UNIQUE INDEX "UQ_proposal_revision" ON "proposal" ("goalId", "revision") `);
    await q.query(`CREATE TABLE "proposal_line" ("id" varchar(36) PRIMARY KEY NOT NULL, "proposalId" varchar(36) NOT NULL, "position" integer NOT NULL, "productId" varchar(36) NOT NULL, "role" varchar(12) NOT NULL, "amount" bigint NOT NULL, "termMonths" integer, "riskLevel" varchar(2) NOT NULL, "returnLow" bigint NOT NULL, "returnHigh" bigint NOT NULL, "check" text NOT NULL, "orderId" varchar(36))`);
    await q.query(`CREATE INDEX "IDX_proposal_line_proposal" ON "proposal_line" ("proposalId", "position") `);
    await q.query(`CREATE TABLE "credit_line_rule" ("id" varchar(36) PRIMARY KEY NOT NULL, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "code" varchar(40) NOT NULL, "name" varchar(200) NOT NULL, "nameEn" varchar(200), "condition" varchar(16) NOT NULL, "threshold" bigint NOT NULL, "tierIds" text NOT NULL, "changePercent" bigint NOT NULL, "minLimit" bigint, "maxLimit" bigint, "priority" integer NOT NULL DEFAULT (100), "active" boolean NOT NULL DEFAULT (1))`);
    await q.query(`CREATE UNIQUE INDEX "UQ_credit_line_rule_code" ON "credit_line_rule" ("code") `);
    await q.query(`CREATE TABLE "credit_line" ("id" varchar(36) PRIMARY KEY NOT NULL, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "customerId" varchar(36) NOT NULL, "productId" varchar(36) NOT NULL, "creditLimit" bigint NOT NULL, "status" varchar(8) NOT NULL, "onTimeMonths" integer NOT NULL DEFAULT (0), "overdueLast12" integer NOT NULL DEFAULT (0), "incomeAtReview" bigint, "conductAsOf" datetime(6))`);
    await q.query(`CREATE INDEX "IDX_credit_line_status" ON "credit_line" ("status", "id") `);
    await q.query(`CREATE UNIQUE INDEX "UQ_credit_line_customer_product" ON "credit_line" ("customerId", "productId") `);
    await q.query(`CREATE TABLE "credit_limit_change" ("id" varchar(36) PRIMARY KEY NOT NULL, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "creditLineId" varchar(36) NOT NULL, "customerId" varchar(36) NOT NULL, "period" varchar(48) NOT NULL, "ruleId" varchar(36), "fromLimit" bigint NOT NULL, "toLimit" bigint NOT NULL, "reason" text NOT NULL, "status" varchar(10) NOT NULL, "proposedBy" varchar(200) NOT NULL, "proposedById" varchar(36), "decidedBy" varchar(200), "decidedAt" datetime(6), "decisionNote" varchar(500), "notifiedAt" datetime(6))`);
    await q.query(`CREATE INDEX "IDX_credit_limit_change_status" ON "credit_limit_change" ("status", "createdAt") `);
    await q.query(`CREATE UNIQUE INDEX "UQ_credit_limit_change_period" ON "credit_limit_change" ("creditLineId", "period") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "UQ_credit_limit_change_period"`);
    await q.query(`DROP INDEX "IDX_credit_limit_change_status"`);
    await q.query(`DROP TABLE "credit_limit_change"`);
    await q.query(`DROP INDEX "UQ_credit_line_customer_product"`);
    await q.query(`DROP INDEX "IDX_credit_line_status"`);
    await q.query(`DROP TABLE "credit_line"`);
    await q.query(`DROP INDEX "UQ_credit_line_rule_code"`);
    await q.query(`DROP TABLE "credit_line_rule"`);
    await q.query(`DROP INDEX "IDX_proposal_line_proposal"`);
    await q.query(`DROP TABLE "proposal_line"`);
    await q.query(`DROP INDEX "UQ_proposal_revision"`);
    await q.query(`DROP INDEX "IDX_proposal_customer"`);
    await q.query(`DROP INDEX "IDX_proposal_expiry"`);
    await q.query(`DROP TABLE "proposal"`);
    await q.query(`DROP INDEX "IDX_customer_goal_customer"`);
    await q.query(`DROP TABLE "customer_goal"`);
  }
}
