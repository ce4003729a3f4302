import { randomUUID } from 'node:crypto';
import { CreateDateColumn, UpdateDateColumn, VersionColumn, PrimaryColumn } from 'typeorm';
import { Field, ID, Int, GraphQLISODateTime, ObjectType } from 'type-graphql';

/** Id, optimistic-lock version and UTC timestamps, shared by every editable catalogue record. */
@ObjectType('VersionedRecord', { simpleResolvers: true })
export abstract class VersionedRecord {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Field(() => Int, { description: 'Optimistic-lock version: send it back with updates; a stale one is refused with CONFLICT.' })
  @VersionColumn({ type: 'int' })
  version!: number;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'datetime', precision: 6 })
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  @UpdateDateColumn({ type: 'datetime', precision: 6 })
  updatedAt!: Date;
}

/** Ids are UUIDs made by the application, so that MySQL, MariaDB (native UUID type) and SQLite store the same varchar(36). */
export const newId = (): string => randomUUID();
