import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ScenarioPackagesMysql1795947125546 implements MigrationInterface {
  name = 'ScenarioPackagesMysql1795947125546';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE \`scenario_package\` (\`id\` varchar(36) NOT NULL, \`version\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`code\` varchar(40) NOT NULL, \`name\` varchar(200) NOT NULL, \`nameEn\` varchar(200) NULL, \`need\` varchar(32) NOT NULL, \`description\` varchar(2000) NULL, \`productIds\` text NOT NULL, \`partnerIds\` text NOT NULL, \`benefitIds\` text NOT NULL, \`active\` tinyint NOT NULL DEFAULT 1, UNIQUE INDEX \`UQ_scenario_package_code\` (\`code\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX \`UQ_scenario_package_code\` ON \`scenario_package\``);
    await q.query(`DROP TABLE \`scenario_package\``);
  }
}
