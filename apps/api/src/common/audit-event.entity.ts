import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { AuditAction } from './enums';

/** Field-level change: { field: { before, after } }. */
export type AuditChanges = Record<string, { before: unknown; after: unknown }>;

/** An append-only record of one change to the catalogue or the users: who, when, what before and after. */
@ObjectType('AuditEvent', { simpleResolvers: true })
@Entity('audit_event')
@Index('IDX_audit_entity', ['entityType', 'entityId', 'occurredAt'])
export class AuditEvent {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Field(() => GraphQLISODateTime)
  @Index('IDX_audit_occurred')
  @CreateDateColumn({ type: 'datetime', precision: 6 })
  occurredAt!: Date;

  @Field(() => String, { description: "The acting user's email" })
  @Index('IDX_audit_actor')
  @Column({ type: 'varchar', length: 200 })
  actor!: string;

  @Field(() => AuditAction)
  @Column({ type: 'varchar', length: 16 })
  action!: AuditAction;

  @Field(() => String, { description: 'GraphQL type name of the changed record, e.g. Product' })
  @Column({ type: 'varchar', length: 40 })
  entityType!: string;

  @Field(() => ID)
  @Column({ type: 'varchar', length: 36 })
  entityId!: string;

  @Field(() => GraphQLJSONObject, { description: 'Changed fields: { field: { before, after } }' })
  @Column({ type: 'simple-json' })
  changes!: AuditChanges;
}
