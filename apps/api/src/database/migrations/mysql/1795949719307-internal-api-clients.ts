import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InternalApiClientsMysql1795949719307 implements MigrationInterface {
  name = 'InternalApiClientsMysql1795949719307';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE \`api_client\` DROP FOREIGN KEY \`FK_api_client_partner\``);
    await q.query(`ALTER TABLE \`api_client\` CHANGE \`partnerId\` \`partnerId\` varchar(36) NULL`);
    await q.query(`ALTER TABLE \`api_client\` ADD CONSTRAINT \`FK_api_client_partner\` FOREIGN KEY (\`partnerId\`) REFERENCES \`partner_institution\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE \`api_client\` DROP FOREIGN KEY \`FK_api_client_partner\``);
    await q.query(`ALTER TABLE \`api_client\` CHANGE \`partnerId\` \`partnerId\` varchar(36) NOT NULL`);
    await q.query(`ALTER TABLE \`api_client\` ADD CONSTRAINT \`FK_api_client_partner\` FOREIGN KEY (\`partnerId\`) REFERENCES \`partner_institution\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`);
  }
}
