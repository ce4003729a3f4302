import { randomUUID } from 'node:crypto';
import { Column, CreateDateColumn, UpdateDateColumn, VersionColumn, PrimaryColumn } from 'typeorm';
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

/**
 * A catalogue record: a unique business code and a name in Chinese and English. Each entity declares the
 * unique index on `code` itself (`@Index('UQ_<table>_code', ['code'], { unique: true })`): SQLite index names are global.
 */
@ObjectType('CatalogueRecord', { simpleResolvers: true })
export abstract class CatalogueRecord extends VersionedRecord {
  @Field(() => String, { description: 'Unique business code, e.g. WM-FLEX-001' })
  @Column({ type: 'varchar', length: 40 })
  code!: string;

  @Field(() => String, { description: 'Name (Chinese)' })
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Name (English)' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  nameEn!: string | null;
}

/** Ids are UUIDs made by the application, so that MySQL, MariaDB (native UUID type) and SQLite store the same varchar(36). */
export const newId = (): string => randomUUID();
