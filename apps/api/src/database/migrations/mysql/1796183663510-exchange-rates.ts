import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ExchangeRatesMysql1796183663510 implements MigrationInterface {
  name = 'ExchangeRatesMysql1796183663510';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE \`exchange_rate\` (\`id\` varchar(36) NOT NULL, \`currency\` varchar(3) NOT NULL, \`day\` varchar(10) NOT NULL, \`cnyPerUnit\` varchar(24) NOT NULL, \`recordedBy\` varchar(200) NOT NULL, \`recordedAt\` datetime(6) NOT NULL, UNIQUE INDEX \`UQ_exchange_rate_day\` (\`currency\`, \`day\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX \`UQ_exchange_rate_day\` ON \`exchange_rate\``);
    await q.query(`DROP TABLE \`exchange_rate\``);
  }
}
