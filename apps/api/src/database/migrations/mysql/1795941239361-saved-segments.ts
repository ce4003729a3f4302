import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SavedSegmentsMysql1795941239361 implements MigrationInterface {
  name = 'SavedSegmentsMysql1795941239361';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE \`saved_segment\` (\`id\` varchar(36) NOT NULL, \`version\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`name\` varchar(120) NOT NULL, \`tierId\` varchar(36) NULL, \`riskLevel\` varchar(2) NULL, \`lifeStage\` varchar(32) NULL, \`occupation\` varchar(24) NULL, UNIQUE INDEX \`UQ_saved_segment_name\` (\`name\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX \`UQ_saved_segment_name\` ON \`saved_segment\``);
    await q.query(`DROP TABLE \`saved_segment\``);
  }
}
