import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ExchangeRatesSqlite1796183663510 implements MigrationInterface {
  name = 'ExchangeRatesSqlite1796183663510';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "exchange_rate" ("id" varchar(36) PRIMARY KEY NOT NULL, "currency" varchar(3) NOT NULL, "day" varchar(10) NOT NULL, "cnyPerUnit" varchar(24) NOT NULL, "recordedBy" varchar(200) NOT NULL, "recordedAt" datetime(6) NOT NULL)`);
    await q.query(`CREATE UNIQUE INDEX "UQ_exchange_rate_day" ON "exchange_rate" ("currency", "day") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "UQ_exchange_rate_day"`);
    await q.query(`DROP TABLE "exchange_rate"`);
  }
}
