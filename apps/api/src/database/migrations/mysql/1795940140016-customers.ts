import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CustomersMysql1795940140016 implements MigrationInterface {
  name = 'CustomersMysql1795940140016';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE \`customer\` (\`id\` varchar(36) NOT NULL, \`version\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`externalRef\` varchar(64) NOT NULL, \`name\` varchar(120) NOT NULL, \`phone\` varchar(32) NULL, \`idNumber\` varchar(32) NULL, \`birthDate\` datetime(6) NULL, \`occupation\` varchar(24) NULL, \`lifeStage\` varchar(32) NULL, \`annualIncome\` bigint NULL, \`financialAssetsElsewhere\` bigint NULL, \`aum\` bigint NOT NULL DEFAULT '0', \`tierId\` varchar(36) NULL, \`riskLevel\` varchar(2) NULL, \`riskAssessedAt\` datetime(6) NULL, \`riskAssessmentExpiresAt\` datetime(6) NULL, \`tierBelowFloorSince\` datetime(6) NULL, \`professionalInvestor\` tinyint NOT NULL DEFAULT 0, INDEX \`IDX_customer_occupation\` (\`occupation\`), INDEX \`IDX_customer_life_stage\` (\`lifeStage\`), INDEX \`IDX_customer_tier\` (\`tierId\`), INDEX \`IDX_customer_risk_level\` (\`riskLevel\`), UNIQUE INDEX \`UQ_customer_external_ref\` (\`externalRef\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await q.query(`CREATE TABLE \`aum_snapshot\` (\`customerId\` varchar(36) NOT NULL, \`day\` datetime(6) NOT NULL, \`aum\` bigint NOT NULL, INDEX \`IDX_aum_snapshot_day\` (\`day\`), PRIMARY KEY (\`customerId\`, \`day\`)) ENGINE=InnoDB`);
    await q.query(`CREATE TABLE \`holding\` (\`id\` varchar(36) NOT NULL, \`externalRef\` varchar(64) NOT NULL, \`customerId\` varchar(36) NOT NULL, \`productId\` varchar(36) NOT NULL, \`amount\` bigint NOT NULL, \`startedAt\` datetime(6) NOT NULL, \`maturesAt\` datetime(6) NULL, INDEX \`IDX_holding_customer\` (\`customerId\`), INDEX \`IDX_holding_product\` (\`productId\`), UNIQUE INDEX \`UQ_holding_external_ref\` (\`externalRef\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await q.query(`CREATE TABLE \`retier_job\` (\`id\` varchar(36) NOT NULL, \`status\` varchar(16) NOT NULL, \`total\` int NOT NULL, \`processed\` int NOT NULL DEFAULT '0', \`changed\` int NOT NULL DEFAULT '0', \`cursor\` varchar(36) NULL, \`requestedBy\` varchar(200) NOT NULL, \`startedAt\` datetime(6) NOT NULL, \`finishedAt\` datetime(6) NULL, \`error\` varchar(1000) NULL, PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await q.query(`CREATE TABLE \`tier_change\` (\`id\` varchar(36) NOT NULL, \`customerId\` varchar(36) NOT NULL, \`fromTierId\` varchar(36) NULL, \`toTierId\` varchar(36) NOT NULL, \`changedAt\` datetime(6) NOT NULL, \`basis\` bigint NOT NULL, \`reason\` varchar(500) NOT NULL, INDEX \`IDX_tier_change_customer\` (\`customerId\`, \`changedAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await q.query(`ALTER TABLE \`customer\` ADD CONSTRAINT \`FK_customer_tier\` FOREIGN KEY (\`tierId\`) REFERENCES \`tier\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE \`aum_snapshot\` ADD CONSTRAINT \`FK_aum_snapshot_customer\` FOREIGN KEY (\`customerId\`) REFERENCES \`customer\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE \`holding\` ADD CONSTRAINT \`FK_holding_customer\` FOREIGN KEY (\`customerId\`) REFERENCES \`customer\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE \`holding\` ADD CONSTRAINT \`FK_holding_product\` FOREIGN KEY (\`productId\`) REFERENCES \`product\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE \`tier_change\` ADD CONSTRAINT \`FK_tier_change_customer\` FOREIGN KEY (\`customerId\`) REFERENCES \`customer\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE \`tier_change\` DROP FOREIGN KEY \`FK_tier_change_customer\``);
    await q.query(`ALTER TABLE \`holding\` DROP FOREIGN KEY \`FK_holding_product\``);
    await q.query(`ALTER TABLE \`holding\` DROP FOREIGN KEY \`FK_holding_customer\``);
    await q.query(`ALTER TABLE \`aum_snapshot\` DROP FOREIGN KEY \`FK_aum_snapshot_customer\``);
    await q.query(`ALTER TABLE \`customer\` DROP FOREIGN KEY \`FK_customer_tier\``);
    await q.query(`DROP INDEX \`IDX_tier_change_customer\` ON \`tier_change\``);
    await q.query(`DROP TABLE \`tier_change\``);
    await q.query(`DROP TABLE \`retier_job\``);
    await q.query(`DROP INDEX \`UQ_holding_external_ref\` ON \`holding\``);
    await q.query(`DROP INDEX \`IDX_holding_product\` ON \`holding\``);
    await q.query(`DROP INDEX \`IDX_holding_customer\` ON \`holding\``);
    await q.query(`DROP TABLE \`holding\``);
    await q.query(`DROP INDEX \`IDX_aum_snapshot_day\` ON \`aum_snapshot\``);
    await q.query(`DROP TABLE \`aum_snapshot\``);
    await q.query(`DROP INDEX \`UQ_customer_external_ref\` ON \`customer\``);
    await q.query(`DROP INDEX \`IDX_customer_risk_level\` ON \`customer\``);
    await q.query(`DROP INDEX \`IDX_customer_tier\` ON \`customer\``);
    await q.query(`DROP INDEX \`IDX_customer_life_stage\` ON \`customer\``);
    await q.query(`DROP INDEX \`IDX_customer_occupation\` ON \`customer\``);
    await q.query(`DROP TABLE \`customer\``);
  }
}
