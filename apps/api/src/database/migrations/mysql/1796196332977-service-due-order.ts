import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ServiceDueOrderMysql1796196332977 implements MigrationInterface {
  name = 'ServiceDueOrderMysql1796196332977';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE \`service_request\` ADD \`dueOrder\` datetime(6) NULL`);
    await q.query(`CREATE INDEX \`IDX_service_request_due\` ON \`service_request\` (\`dueOrder\`)`);
    // Requests from before: sorted after those whose clock is known (the next write sets theirs).
    await q.query(`UPDATE \`service_request\` SET \`dueOrder\` = '9999-12-31 00:00:00' WHERE \`dueOrder\` IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX \`IDX_service_request_due\` ON \`service_request\``);
    await q.query(`ALTER TABLE \`service_request\` DROP COLUMN \`dueOrder\``);
  }
}
