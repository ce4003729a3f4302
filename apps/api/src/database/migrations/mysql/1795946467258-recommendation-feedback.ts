import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RecommendationFeedbackMysql1795946467258 implements MigrationInterface {
  name = 'RecommendationFeedbackMysql1795946467258';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE \`recommendation_feedback\` (\`id\` varchar(36) NOT NULL, \`customerId\` varchar(36) NOT NULL, \`productId\` varchar(36) NOT NULL, \`event\` varchar(16) NOT NULL, \`at\` datetime(6) NOT NULL, \`tierId\` varchar(36) NULL, \`productType\` varchar(32) NOT NULL, \`recordedBy\` varchar(200) NOT NULL, INDEX \`IDX_feedback_at\` (\`at\`), INDEX \`IDX_feedback_customer\` (\`customerId\`, \`event\`, \`at\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await q.query(`ALTER TABLE \`recommendation_feedback\` ADD CONSTRAINT \`FK_feedback_customer\` FOREIGN KEY (\`customerId\`) REFERENCES \`customer\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE \`recommendation_feedback\` DROP FOREIGN KEY \`FK_feedback_customer\``);
    await q.query(`DROP INDEX \`IDX_feedback_customer\` ON \`recommendation_feedback\``);
    await q.query(`DROP INDEX \`IDX_feedback_at\` ON \`recommendation_feedback\``);
    await q.query(`DROP TABLE \`recommendation_feedback\``);
  }
}
