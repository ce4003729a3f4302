import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { ChangeOperation, ChangeRequestStatus, ChangeResource } from '../../common/enums';
import { VersionedRecord } from '../../common/persistence/columns';

@ObjectType('FieldChange', { description: 'One field of a change: what it was, and what it becomes' })
export class FieldChangeType {
  @Field(() => String) field!: string;
  @Field(() => GraphQLJSON, { nullable: true }) before!: unknown;
  @Field(() => GraphQLJSON, { nullable: true }) after!: unknown;
}

@ObjectType('ChangeTargetDiff', { description: 'What a change does to one record' })
export class ChangeTargetDiff {
  @Field(() => ID, { nullable: true, description: 'The record (null for a record the change creates)' }) recordId!: string | null;
  @Field(() => String, { description: 'How people know the record: its code, or its name' }) label!: string;
  @Field(() => Number, { nullable: true, description: 'The version the change was made against' }) baseVersion!: number | null;
  @Field(() => [FieldChangeType]) changes!: FieldChangeType[];
}

/**
 * A change to the catalogue held for a second person's approval (maker–checker): the mutation and its arguments as the
 * maker sent them, the per-field diff against the versions they were made against, who decided and why, and when it
 * applies. Never deleted: the record of who proposed, approved, rejected or cancelled what stays.
 */
@ObjectType('ChangeRequest', { simpleResolvers: true })
@Entity('change_request')
@Index('IDX_change_request_status', ['status', 'effectiveFrom'])
@Index('IDX_change_request_maker', ['makerId', 'createdAt'])
export class ChangeRequest extends VersionedRecord {
  @Field(() => ChangeResource)
  @Column({ type: 'varchar', length: 32 })
  resource!: ChangeResource;

  @Field(() => ChangeOperation)
  @Column({ type: 'varchar', length: 16 })
  operation!: ChangeOperation;

  @Field(() => String, { description: 'The mutation the maker called, e.g. updateProduct' })
  @Column({ type: 'varchar', length: 64 })
  mutation!: string;

  @Field(() => String, { description: 'The records it concerns, as people know them' })
  @Column({ type: 'varchar', length: 500 })
  summary!: string;

  @Field(() => ChangeRequestStatus)
  @Column({ type: 'varchar', length: 16 })
  status!: ChangeRequestStatus;

  /** The mutation's arguments (dates tagged), replayed when the change applies. */
  @Column({ type: 'text' })
  args!: string;

  @Field(() => [ChangeTargetDiff], { description: 'Per record, per field: before → after' })
  @Column({ type: 'simple-json' })
  diff!: ChangeTargetDiff[];

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 500, nullable: true })
  note!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it applies once approved (null: as soon as it is approved)' })
  @Column({ type: 'datetime', precision: 6, nullable: true })
  effectiveFrom!: Date | null;

  @Field(() => ID)
  @Column({ type: 'varchar', length: 36 })
  makerId!: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 200 })
  makerEmail!: string;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'datetime', precision: 6, nullable: true })
  submittedAt!: Date | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'varchar', length: 36, nullable: true })
  checkerId!: string | null;

  @Field(() => String, { nullable: true, description: 'Who approved or rejected it' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  checkerEmail!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'datetime', precision: 6, nullable: true })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was rejected' })
  @Column({ type: 'varchar', length: 1000, nullable: true })
  rejectionReason!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'datetime', precision: 6, nullable: true })
  appliedAt!: Date | null;

  @Field(() => ID, { nullable: true, description: 'The record it created, once applied' })
  @Column({ type: 'varchar', length: 36, nullable: true })
  resultRecordId!: string | null;

  @Field(() => String, { nullable: true, description: 'Why it did not apply (SUPERSEDED or FAILED)' })
  @Column({ type: 'varchar', length: 1000, nullable: true })
  outcome!: string | null;
}

/** Which records a request concerns (for "this record's pending changes" and superseding). */
@Entity('change_request_target')
@Index('IDX_change_target_record', ['recordId'])
export class ChangeTarget {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  changeRequestId!: string;

  @PrimaryColumn({ type: 'varchar', length: 64 })
  recordId!: string;

  @Column({ type: 'int' })
  baseVersion!: number;
}

/** Four eyes per resource: on unless the institution turned it off (a row with enabled = false), each change audited. */
@ObjectType('FourEyesSetting')
@Entity('four_eyes_setting')
export class FourEyesSetting {
  @Field(() => ChangeResource)
  @PrimaryColumn({ type: 'varchar', length: 32 })
  resource!: ChangeResource;

  @Field(() => Boolean)
  @Column({ type: 'boolean' })
  enabled!: boolean;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 200, nullable: true })
  updatedBy!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'datetime', precision: 6, nullable: true })
  updatedAt!: Date | null;
}
