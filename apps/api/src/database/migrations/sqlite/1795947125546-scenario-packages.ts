import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ScenarioPackagesSqlite1795947125546 implements MigrationInterface {
  name = 'ScenarioPackagesSqlite1795947125546';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "scenario_package" ("id" varchar(36) PRIMARY KEY NOT NULL, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "code" varchar(40) NOT NULL, "name" varchar(200) NOT NULL, "nameEn" varchar(200), "need" varchar(32) NOT NULL, "description" varchar(2000), "productIds" text NOT NULL, "partnerIds" text NOT NULL, "benefitIds" text NOT NULL, "active" boolean NOT NULL DEFAULT (1))`);
    await q.query(`CREATE UNIQUE INDEX "UQ_scenario_package_code" ON "scenario_package" ("code") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "UQ_scenario_package_code"`);
    await q.query(`DROP TABLE "scenario_package"`);
  }
}
