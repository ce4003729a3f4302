import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialMysql1795936873028 implements MigrationInterface {
  name = 'InitialMysql1795936873028';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE \`audit_event\` (\`id\` varchar(36) NOT NULL, \`occurredAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`actor\` varchar(200) NOT NULL, \`action\` varchar(16) NOT NULL, \`entityType\` varchar(40) NOT NULL, \`entityId\` varchar(36) NOT NULL, \`changes\` text NOT NULL, INDEX \`IDX_audit_occurred\` (\`occurredAt\`), INDEX \`IDX_audit_actor\` (\`actor\`), INDEX \`IDX_audit_entity\` (\`entityType\`, \`entityId\`, \`occurredAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await q.query(`CREATE TABLE \`partner_institution\` (\`id\` varchar(36) NOT NULL, \`version\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`code\` varchar(40) NOT NULL, \`name\` varchar(200) NOT NULL, \`nameEn\` varchar(200) NULL, \`kind\` varchar(32) NOT NULL, \`status\` varchar(16) NOT NULL DEFAULT 'ACTIVE', \`contactName\` varchar(120) NULL, \`contactEmail\` varchar(200) NULL, \`contactPhone\` varchar(40) NULL, \`website\` varchar(300) NULL, INDEX \`IDX_partner_kind\` (\`kind\`), UNIQUE INDEX \`UQ_partner_code\` (\`code\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await q.query(`CREATE TABLE \`benefit\` (\`id\` varchar(36) NOT NULL, \`version\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`code\` varchar(40) NOT NULL, \`name\` varchar(200) NOT NULL, \`nameEn\` varchar(200) NULL, \`category\` varchar(32) NOT NULL, \`description\` varchar(2000) NULL, \`providerId\` varchar(36) NULL, \`status\` varchar(16) NOT NULL DEFAULT 'ACTIVE', INDEX \`IDX_benefit_provider\` (\`providerId\`), UNIQUE INDEX \`UQ_benefit_code\` (\`code\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await q.query(`CREATE TABLE \`tier\` (\`id\` varchar(36) NOT NULL, \`version\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`code\` varchar(40) NOT NULL, \`name\` varchar(200) NOT NULL, \`nameEn\` varchar(200) NULL, \`minAum\` bigint NOT NULL, \`maxAum\` bigint NULL, \`responseSlaMinutes\` int NOT NULL, \`advisorModel\` varchar(40) NOT NULL, \`followUpIntervalDays\` int NULL, \`description\` varchar(1000) NULL, UNIQUE INDEX \`UQ_tier_code\` (\`code\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await q.query(`CREATE TABLE \`tier_benefit\` (\`id\` varchar(36) NOT NULL, \`tierId\` varchar(36) NOT NULL, \`benefitId\` varchar(36) NOT NULL, \`annualQuota\` int NULL, \`exclusive\` tinyint NOT NULL DEFAULT 0, INDEX \`IDX_tier_benefit_tier\` (\`tierId\`), INDEX \`IDX_tier_benefit_benefit\` (\`benefitId\`), UNIQUE INDEX \`UQ_tier_benefit\` (\`tierId\`, \`benefitId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await q.query(`CREATE TABLE \`product\` (\`id\` varchar(36) NOT NULL, \`version\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`code\` varchar(40) NOT NULL, \`name\` varchar(200) NOT NULL, \`nameEn\` varchar(200) NULL, \`type\` varchar(32) NOT NULL, \`riskLevel\` varchar(2) NOT NULL, \`status\` varchar(16) NOT NULL DEFAULT 'DRAFT', \`currency\` varchar(3) NOT NULL DEFAULT 'CNY', \`minInvestment\` bigint NULL, \`termDays\` int NULL, \`expectedReturnMin\` bigint NULL, \`expectedReturnMax\` bigint NULL, \`saleStartsAt\` datetime(6) NULL, \`saleEndsAt\` datetime(6) NULL, \`issuerId\` varchar(36) NULL, \`requiresQualifiedInvestor\` tinyint NOT NULL DEFAULT 0, \`coolingOffHours\` int NOT NULL DEFAULT '0', \`targetRiskPreferences\` text NOT NULL, \`targetLifeStages\` text NOT NULL, \`targetOccupations\` text NOT NULL, \`targetNeeds\` text NOT NULL, \`description\` varchar(2000) NULL, INDEX \`IDX_product_type\` (\`type\`), INDEX \`IDX_product_risk\` (\`riskLevel\`), INDEX \`IDX_product_status\` (\`status\`), INDEX \`IDX_product_issuer\` (\`issuerId\`), UNIQUE INDEX \`UQ_product_code\` (\`code\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await q.query(`CREATE TABLE \`product_eligible_tier\` (\`productId\` varchar(36) NOT NULL, \`tierId\` varchar(36) NOT NULL, INDEX \`IDX_product_eligible_tier_tier\` (\`tierId\`), PRIMARY KEY (\`productId\`, \`tierId\`)) ENGINE=InnoDB`);
    await q.query(`CREATE TABLE \`product_component\` (\`bundleId\` varchar(36) NOT NULL, \`componentId\` varchar(36) NOT NULL, \`position\` int NOT NULL DEFAULT '0', INDEX \`IDX_product_component_component\` (\`componentId\`), PRIMARY KEY (\`bundleId\`, \`componentId\`)) ENGINE=InnoDB`);
    await q.query(`CREATE TABLE \`app_user\` (\`id\` varchar(36) NOT NULL, \`version\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`email\` varchar(200) NOT NULL, \`displayName\` varchar(120) NULL, \`role\` varchar(20) NOT NULL, \`passwordHash\` varchar(200) NOT NULL, UNIQUE INDEX \`UQ_user_email\` (\`email\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await q.query(`ALTER TABLE \`benefit\` ADD CONSTRAINT \`FK_benefit_provider\` FOREIGN KEY (\`providerId\`) REFERENCES \`partner_institution\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE \`tier_benefit\` ADD CONSTRAINT \`FK_tier_benefit_tier\` FOREIGN KEY (\`tierId\`) REFERENCES \`tier\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE \`tier_benefit\` ADD CONSTRAINT \`FK_tier_benefit_benefit\` FOREIGN KEY (\`benefitId\`) REFERENCES \`benefit\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE \`product\` ADD CONSTRAINT \`FK_product_issuer\` FOREIGN KEY (\`issuerId\`) REFERENCES \`partner_institution\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE \`product_eligible_tier\` ADD CONSTRAINT \`FK_product_eligible_tier_product\` FOREIGN KEY (\`productId\`) REFERENCES \`product\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE \`product_eligible_tier\` ADD CONSTRAINT \`FK_product_eligible_tier_tier\` FOREIGN KEY (\`tierId\`) REFERENCES \`tier\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE \`product_component\` ADD CONSTRAINT \`FK_product_component_bundle\` FOREIGN KEY (\`bundleId\`) REFERENCES \`product\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE \`product_component\` ADD CONSTRAINT \`FK_product_component_component\` FOREIGN KEY (\`componentId\`) REFERENCES \`product\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE \`product_component\` DROP FOREIGN KEY \`FK_product_component_component\``);
    await q.query(`ALTER TABLE \`product_component\` DROP FOREIGN KEY \`FK_product_component_bundle\``);
    await q.query(`ALTER TABLE \`product_eligible_tier\` DROP FOREIGN KEY \`FK_product_eligible_tier_tier\``);
    await q.query(`ALTER TABLE \`product_eligible_tier\` DROP FOREIGN KEY \`FK_product_eligible_tier_product\``);
    await q.query(`ALTER TABLE \`product\` DROP FOREIGN KEY \`FK_product_issuer\``);
    await q.query(`ALTER TABLE \`tier_benefit\` DROP FOREIGN KEY \`FK_tier_benefit_benefit\``);
    await q.query(`ALTER TABLE \`tier_benefit\` DROP FOREIGN KEY \`FK_tier_benefit_tier\``);
    await q.query(`ALTER TABLE \`benefit\` DROP FOREIGN KEY \`FK_benefit_provider\``);
    await q.query(`DROP INDEX \`UQ_user_email\` ON \`app_user\``);
    await q.query(`DROP TABLE \`app_user\``);
    await q.query(`DROP INDEX \`IDX_product_component_component\` ON \`product_component\``);
    await q.query(`DROP TABLE \`product_component\``);
    await q.query(`DROP INDEX \`IDX_product_eligible_tier_tier\` ON \`product_eligible_tier\``);
    await q.query(`DROP TABLE \`product_eligible_tier\``);
    await q.query(`DROP INDEX \`UQ_product_code\` ON \`product\``);
    await q.query(`DROP INDEX \`IDX_product_issuer\` ON \`product\``);
    await q.query(`DROP INDEX \`IDX_product_status\` ON \`product\``);
    await q.query(`DROP INDEX \`IDX_product_risk\` ON \`product\``);
    await q.query(`DROP INDEX \`IDX_product_type\` ON \`product\``);
    await q.query(`DROP TABLE \`product\``);
    await q.query(`DROP INDEX \`UQ_tier_benefit\` ON \`tier_benefit\``);
    await q.query(`DROP INDEX \`IDX_tier_benefit_benefit\` ON \`tier_benefit\``);
    await q.query(`DROP INDEX \`IDX_tier_benefit_tier\` ON \`tier_benefit\``);
    await q.query(`DROP TABLE \`tier_benefit\``);
    await q.query(`DROP INDEX \`UQ_tier_code\` ON \`tier\``);
    await q.query(`DROP TABLE \`tier\``);
    await q.query(`DROP INDEX \`UQ_benefit_code\` ON \`benefit\``);
    await q.query(`DROP INDEX \`IDX_benefit_provider\` ON \`benefit\``);
    await q.query(`DROP TABLE \`benefit\``);
    await q.query(`DROP INDEX \`UQ_partner_code\` ON \`partner_institution\``);
    await q.query(`DROP INDEX \`IDX_partner_kind\` ON \`partner_institution\``);
    await q.query(`DROP TABLE \`partner_institution\``);
    await q.query(`DROP INDEX \`IDX_audit_entity\` ON \`audit_event\``);
    await q.query(`DROP INDEX \`IDX_audit_actor\` ON \`audit_event\``);
    await q.query(`DROP INDEX \`IDX_audit_occurred\` ON \`audit_event\``);
    await q.query(`DROP TABLE \`audit_event\``);
  }
}
