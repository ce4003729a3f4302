import { Column, Entity, PrimaryColumn } from 'typeorm';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';

/** SUPERSEDED: stopped because the tier ranges changed again; a new run re-tiers everyone on the new ranges. */
export type RetierJobStatus = 'RUNNING' | 'DONE' | 'FAILED' | 'SUPERSEDED';

/** ALL: every customer, in key order (on demand, and after the tier ranges change). DUE: the daily run — the customers
 * whose AUM changed since they were last looked at, or whose review day has come (`Customer.tierReviewDue`). */
export type RetierScope = 'ALL' | 'DUE';

/**
 * A re-tiering run: customers in key order, in batches, each batch one short transaction that also moves the
 * cursor, so a crash loses no committed batch and the run resumes where it stopped.
 */
@ObjectType('RetierJob', { simpleResolvers: true })
@Entity('retier_job')
export class RetierJob {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Field(() => String, { description: 'RUNNING, DONE, FAILED, or SUPERSEDED (a later change of the tier ranges started a new run)' })
  @Column({ type: 'varchar', length: 16 })
  status!: RetierJobStatus;

  @Field(() => String, {
    description: 'ALL (every customer) or DUE (the daily run: the customers whose AUM changed, or whose next review day has come)',
  })
  @Column({ type: 'varchar', length: 8, default: 'ALL' })
  scope!: RetierScope;

  @Field(() => Int)
  @Column({ type: 'int' })
  total!: number;

  @Field(() => Int)
  @Column({ type: 'int', default: 0 })
  processed!: number;

  @Field(() => Int, { description: 'Customers whose tier changed' })
  @Column({ type: 'int', default: 0 })
  changed!: number;

  /** The last customer id processed (key order; ALL runs resume after it). */
  @Column({ type: 'varchar', length: 36, nullable: true })
  cursor!: string | null;

  @Field(() => String)
  @Column({ type: 'varchar', length: 200 })
  requestedBy!: string;

  @Field(() => String, { description: 'Why the run started: on demand, or a change of the tier configuration' })
  @Column({ type: 'varchar', length: 200, default: 'On demand' })
  reason!: string;

  @Field(() => String, {
    nullable: true,
    description: 'ON_DEMAND, SCHEDULED, TIER_CREATED, TIER_RANGE_EDITED, RANGES_EDITED or TIER_DELETED; a client shows its own text for it',
  })
  @Column({ type: 'varchar', length: 40, nullable: true })
  reasonCode!: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'What the reason names (the tier code), for translating `reasonCode`' })
  @Column({ type: 'simple-json', nullable: true })
  reasonParams!: Record<string, string> | null;

  @Field(() => GraphQLISODateTime)
  @Column({ type: 'datetime', precision: 6 })
  startedAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'datetime', precision: 6, nullable: true })
  finishedAt!: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 1000, nullable: true })
  error!: string | null;
}
