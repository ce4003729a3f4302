import type { MigrationInterface, QueryRunner } from 'typeorm';

export class BranchQueueSqlite1796195674147 implements MigrationInterface {
  name = 'BranchQueueSqlite1796195674147';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "branch_ticket" ("id" varchar(36) PRIMARY KEY NOT NULL, "branchCode" varchar(40) NOT NULL, "day" varchar(10) NOT NULL, "number" varchar(8) NOT NULL, "customerId" varchar(36), "tierId" varchar(36), "priority" integer NOT NULL, "dedicated" boolean NOT NULL, "status" varchar(16) NOT NULL, "calledAtWindow" varchar(16), "issuedAt" datetime(6) NOT NULL, "calledAt" datetime(6), "calledBy" varchar(200))`);
    await q.query(`CREATE INDEX "IDX_branch_ticket_waiting" ON "branch_ticket" ("branchCode", "day", "status") `);
    await q.query(`CREATE UNIQUE INDEX "UQ_branch_ticket_number" ON "branch_ticket" ("branchCode", "day", "number") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "UQ_branch_ticket_number"`);
    await q.query(`DROP INDEX "IDX_branch_ticket_waiting"`);
    await q.query(`DROP TABLE "branch_ticket"`);
  }
}
