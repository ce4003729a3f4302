import type { MigrationInterface, QueryRunner } from 'typeorm';

export class EligibleTierRestrictSqlite1796181389712 implements MigrationInterface {
  name = 'EligibleTierRestrictSqlite1796181389712';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_product_eligible_tier_tier"`);
    await q.query(`CREATE TABLE "temporary_product_eligible_tier" ("productId" varchar(36) NOT NULL, "tierId" varchar(36) NOT NULL, CONSTRAINT "FK_product_eligible_tier_product" FOREIGN KEY ("productId") REFERENCES "product" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY ("productId", "tierId"))`);
    await q.query(`INSERT INTO "temporary_product_eligible_tier"("productId", "tierId") SELECT "productId", "tierId" FROM "product_eligible_tier"`);
    await q.query(`DROP TABLE "product_eligible_tier"`);
    await q.query(`ALTER TABLE "temporary_product_eligible_tier" RENAME TO "product_eligible_tier"`);
    await q.query(`CREATE INDEX "IDX_product_eligible_tier_tier" ON "product_eligible_tier" ("tierId") `);
    await q.query(`DROP INDEX "IDX_product_eligible_tier_tier"`);
    await q.query(`CREATE TABLE "temporary_product_eligible_tier" ("productId" varchar(36) NOT NULL, "tierId" varchar(36) NOT NULL, CONSTRAINT "FK_product_eligible_tier_product" FOREIGN KEY ("productId") REFERENCES "product" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_product_eligible_tier_tier" FOREIGN KEY ("tierId") REFERENCES "tier" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, PRIMARY KEY ("productId", "tierId"))`);
    await q.query(`INSERT INTO "temporary_product_eligible_tier"("productId", "tierId") SELECT "productId", "tierId" FROM "product_eligible_tier"`);
    await q.query(`DROP TABLE "product_eligible_tier"`);
    await q.query(`ALTER TABLE "temporary_product_eligible_tier" RENAME TO "product_eligible_tier"`);
    await q.query(`CREATE INDEX "IDX_product_eligible_tier_tier" ON "product_eligible_tier" ("tierId") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_product_eligible_tier_tier"`);
    await q.query(`ALTER TABLE "product_eligible_tier" RENAME TO "temporary_product_eligible_tier"`);
    await q.query(`CREATE TABLE "product_eligible_tier" ("productId" varchar(36) NOT NULL, "tierId" varchar(36) NOT NULL, CONSTRAINT "FK_product_eligible_tier_product" FOREIGN KEY ("productId") REFERENCES "product" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY ("productId", "tierId"))`);
    await q.query(`INSERT INTO "product_eligible_tier"("productId", "tierId") SELECT "productId", "tierId" FROM "temporary_product_eligible_tier"`);
    await q.query(`DROP TABLE "temporary_product_eligible_tier"`);
    await q.query(`CREATE INDEX "IDX_product_eligible_tier_tier" ON "product_eligible_tier" ("tierId") `);
    await q.query(`DROP INDEX "IDX_product_eligible_tier_tier"`);
    await q.query(`ALTER TABLE "product_eligible_tier" RENAME TO "temporary_product_eligible_tier"`);
    await q.query(`CREATE TABLE "product_eligible_tier" ("productId" varchar(36) NOT NULL, "tierId" varchar(36) NOT NULL, CONSTRAINT "FK_product_eligible_tier_tier" FOREIGN KEY ("tierId") REFERENCES "tier" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_product_eligible_tier_product" FOREIGN KEY ("productId") REFERENCES "product" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY ("productId", "tierId"))`);
    await q.query(`INSERT INTO "product_eligible_tier"("productId", "tierId") SELECT "productId", "tierId" FROM "temporary_product_eligible_tier"`);
    await q.query(`DROP TABLE "temporary_product_eligible_tier"`);
    await q.query(`CREATE INDEX "IDX_product_eligible_tier_tier" ON "product_eligible_tier" ("tierId") `);
  }
}
