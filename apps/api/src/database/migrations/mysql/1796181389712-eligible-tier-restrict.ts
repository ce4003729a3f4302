import type { MigrationInterface, QueryRunner } from 'typeorm';

export class EligibleTierRestrictMysql1796181389712 implements MigrationInterface {
  name = 'EligibleTierRestrictMysql1796181389712';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE \`product_eligible_tier\` DROP FOREIGN KEY \`FK_product_eligible_tier_tier\``);
    await q.query(`ALTER TABLE \`product_eligible_tier\` ADD CONSTRAINT \`FK_product_eligible_tier_tier\` FOREIGN KEY (\`tierId\`) REFERENCES \`tier\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE \`product_eligible_tier\` DROP FOREIGN KEY \`FK_product_eligible_tier_tier\``);
    await q.query(`ALTER TABLE \`product_eligible_tier\` ADD CONSTRAINT \`FK_product_eligible_tier_tier\` FOREIGN KEY (\`tierId\`) REFERENCES \`tier\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`);
  }
}
