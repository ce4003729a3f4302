import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PartnerApiMysql1795946715998 implements MigrationInterface {
  name = 'PartnerApiMysql1795946715998';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE \`api_client\` (\`id\` varchar(36) NOT NULL, \`version\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`partnerId\` varchar(36) NOT NULL, \`name\` varchar(120) NOT NULL, \`keyPrefix\` varchar(16) NOT NULL, \`keyHash\` varchar(64) NOT NULL, \`scopes\` text NOT NULL, \`pointsPerMinute\` int NOT NULL DEFAULT '1000', \`expiresAt\` datetime(6) NOT NULL, \`revokedAt\` datetime(6) NULL, \`lastUsedAt\` datetime(6) NULL, \`createdBy\` varchar(200) NOT NULL, INDEX \`IDX_api_client_partner\` (\`partnerId\`), UNIQUE INDEX \`UQ_api_client_prefix\` (\`keyPrefix\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await q.query(`CREATE TABLE \`referral\` (\`id\` varchar(36) NOT NULL, \`version\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`partnerId\` varchar(36) NOT NULL, \`customerId\` varchar(36) NOT NULL, \`scenario\` varchar(32) NOT NULL, \`notes\` varchar(1000) NOT NULL, \`status\` varchar(16) NOT NULL, \`submittedBy\` varchar(40) NOT NULL, INDEX \`IDX_referral_partner\` (\`partnerId\`, \`createdAt\`), INDEX \`IDX_referral_status\` (\`status\`, \`createdAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await q.query(`CREATE TABLE \`fulfilment_order\` (\`id\` varchar(36) NOT NULL, \`version\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`partnerId\` varchar(36) NOT NULL, \`customerId\` varchar(36) NOT NULL, \`benefitId\` varchar(36) NOT NULL, \`status\` varchar(16) NOT NULL, \`notes\` varchar(1000) NULL, \`partnerNote\` varchar(1000) NULL, \`createdBy\` varchar(200) NOT NULL, INDEX \`IDX_fulfilment_partner\` (\`partnerId\`, \`status\`, \`createdAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await q.query(`ALTER TABLE \`api_client\` ADD CONSTRAINT \`FK_api_client_partner\` FOREIGN KEY (\`partnerId\`) REFERENCES \`partner_institution\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE \`referral\` ADD CONSTRAINT \`FK_referral_customer\` FOREIGN KEY (\`customerId\`) REFERENCES \`customer\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE \`fulfilment_order\` ADD CONSTRAINT \`FK_fulfilment_customer\` FOREIGN KEY (\`customerId\`) REFERENCES \`customer\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE \`fulfilment_order\` DROP FOREIGN KEY \`FK_fulfilment_customer\``);
    await q.query(`ALTER TABLE \`referral\` DROP FOREIGN KEY \`FK_referral_customer\``);
    await q.query(`ALTER TABLE \`api_client\` DROP FOREIGN KEY \`FK_api_client_partner\``);
    await q.query(`DROP INDEX \`IDX_fulfilment_partner\` ON \`fulfilment_order\``);
    await q.query(`DROP TABLE \`fulfilment_order\``);
    await q.query(`DROP INDEX \`IDX_referral_status\` ON \`referral\``);
    await q.query(`DROP INDEX \`IDX_referral_partner\` ON \`referral\``);
    await q.query(`DROP TABLE \`referral\``);
    await q.query(`DROP INDEX \`UQ_api_client_prefix\` ON \`api_client\``);
    await q.query(`DROP INDEX \`IDX_api_client_partner\` ON \`api_client\``);
    await q.query(`DROP TABLE \`api_client\``);
  }
}
