import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SmartCustomerServiceMysql1796224665267 implements MigrationInterface {
  name = 'SmartCustomerServiceMysql1796224665267';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE \`knowledge_entry\` (\`id\` varchar(36) NOT NULL, \`version\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`code\` varchar(40) NOT NULL, \`name\` varchar(200) NOT NULL, \`nameEn\` varchar(200) NULL, \`topic\` varchar(16) NOT NULL, \`status\` varchar(10) NOT NULL, \`variants\` text NOT NULL, \`variantsEn\` text NOT NULL, \`answer\` varchar(2000) NOT NULL, \`answerEn\` varchar(2000) NOT NULL, INDEX \`IDX_knowledge_entry_status\` (\`status\`, \`topic\`), UNIQUE INDEX \`UQ_knowledge_entry_code\` (\`code\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await q.query(`CREATE TABLE \`assistant_question\` (\`id\` varchar(36) NOT NULL, \`customerId\` varchar(36) NULL, \`text\` varchar(500) NOT NULL, \`language\` varchar(2) NOT NULL, \`voice\` tinyint NOT NULL, \`outcome\` varchar(12) NOT NULL, \`entryId\` varchar(36) NULL, \`intent\` varchar(16) NULL, \`confidence\` decimal(4,3) NOT NULL, \`serviceRequestId\` varchar(36) NULL, \`askedBy\` varchar(200) NOT NULL, \`trial\` tinyint NOT NULL DEFAULT 0, \`askedAt\` datetime(6) NOT NULL, INDEX \`IDX_assistant_question_asked\` (\`askedAt\`), INDEX \`IDX_assistant_question_outcome\` (\`outcome\`, \`askedAt\`), INDEX \`IDX_assistant_question_customer\` (\`customerId\`, \`askedAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await q.query(`ALTER TABLE \`customer_order\` ADD \`handledByPerson\` tinyint NOT NULL DEFAULT 0`);
    await q.query(`ALTER TABLE \`service_request\` ADD \`handledByPerson\` tinyint NOT NULL DEFAULT 0`);
    // Records from before: a person handled what a staff user placed, confirmed, answered or was assigned.
    await q.query(`UPDATE customer_order SET handledByPerson = 1 WHERE placedBy LIKE '%@%' OR warningConfirmedBy LIKE '%@%' OR elderlyAcknowledgedBy IS NOT NULL`);
    await q.query(`UPDATE service_request SET handledByPerson = 1 WHERE createdBy LIKE '%@%' OR assigneeId IS NOT NULL OR firstResponseAt IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE \`service_request\` DROP COLUMN \`handledByPerson\``);
    await q.query(`ALTER TABLE \`customer_order\` DROP COLUMN \`handledByPerson\``);
    await q.query(`DROP INDEX \`IDX_assistant_question_customer\` ON \`assistant_question\``);
    await q.query(`DROP INDEX \`IDX_assistant_question_outcome\` ON \`assistant_question\``);
    await q.query(`DROP INDEX \`IDX_assistant_question_asked\` ON \`assistant_question\``);
    await q.query(`DROP TABLE \`assistant_question\``);
    await q.query(`DROP INDEX \`UQ_knowledge_entry_code\` ON \`knowledge_entry\``);
    await q.query(`DROP INDEX \`IDX_knowledge_entry_status\` ON \`knowledge_entry\``);
    await q.query(`DROP TABLE \`knowledge_entry\``);
  }
}
