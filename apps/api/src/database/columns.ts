import { CreateDateColumn, UpdateDateColumn, VersionColumn, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, Int, GraphQLISODateTime, ObjectType } from 'type-graphql';

/** Id, optimistic-lock version and UTC timestamps, shared by every editable catalogue record. */
@ObjectType('VersionedRecord')
export abstract class VersionedRecord {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
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
