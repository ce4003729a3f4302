import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { NeedType } from '../../common/enums';
import { Customer, CustomerRecord } from '../customers';

export type NeedSource = 'RULE' | 'INTERVIEW';

/** What an advisor or the customer said of a detected need: right (confirmed) or wrong (rejected). */
export enum NeedVerdict {
  CONFIRMED = 'CONFIRMED',
  REJECTED = 'REJECTED',
}
registerEnumType(NeedVerdict, { name: 'NeedVerdict', description: 'An advisor or the customer confirmed a detected need, or rejected it' });

@ObjectType('NeedEvidence', { description: 'Why a need was detected: the events that met a rule, or an advisor interview' })
export class NeedEvidence {
  @Field(() => [String], { description: 'Ids of the behaviour events that met the rule (newest first, at most 20)' })
  eventIds!: string[];

  @Field(() => String, { nullable: true, description: "The advisor's interview notes" })
  notes!: string | null;
}

/**
 * A need detected for a customer: by a rule (one row per rule, refreshed as new events arrive) or from an advisor's
 * interview. A need is in force until `expiresAt`: for a rule, when its signals stop; for an interview, after its
 * validity (by default until the next quarterly interview is overdue).
 */
@ObjectType('CustomerNeed', { simpleResolvers: true })
@Entity('customer_need')
@Index('UQ_customer_need_source', ['customerId', 'need', 'sourceKey'], { unique: true })
@Index('IDX_customer_need_expiry', ['customerId', 'expiresAt'])
@Index('IDX_customer_need_verdict', ['verdictAt'])
export class CustomerNeed extends CustomerRecord {
  @Field(() => NeedType)
  @Column({ type: 'varchar', length: 32 })
  need!: NeedType;

  @Field(() => String, { description: 'RULE or INTERVIEW' })
  @Column({ type: 'varchar', length: 16 })
  source!: NeedSource;

  /** The rule's id, or INTERVIEW. */
  @Column({ type: 'varchar', length: 36 })
  sourceKey!: string;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'varchar', length: 36, nullable: true })
  ruleId!: string | null;

  @Field(() => Int)
  @Column({ type: 'int' })
  weight!: number;

  @Field(() => NeedEvidence)
  @Column({ type: 'simple-json' })
  evidence!: NeedEvidence;

  @Field(() => GraphQLISODateTime)
  @Column({ type: 'datetime', precision: 6 })
  detectedAt!: Date;

  @Field(() => GraphQLISODateTime, { description: 'The latest signal or interview that confirmed it' })
  @Column({ type: 'datetime', precision: 6 })
  lastConfirmedAt!: Date;

  @Field(() => GraphQLISODateTime, { description: 'When it lapses unless confirmed again' })
  @Column({ type: 'datetime', precision: 6 })
  expiresAt!: Date;

  @Field(() => String)
  @Column({ type: 'varchar', length: 200 })
  recordedBy!: string;

  @Field(() => NeedVerdict, {
    nullable: true,
    description: 'Whether an advisor or the customer confirmed the detected need or rejected it (the need identification accuracy)',
  })
  @Column({ type: 'varchar', length: 16, nullable: true })
  verdict!: NeedVerdict | null;

  @Field(() => String, { nullable: true, description: 'Who gave the verdict' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  verdictBy!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'datetime', precision: 6, nullable: true })
  verdictAt!: Date | null;

  @ManyToOne(() => Customer, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customerId', foreignKeyConstraintName: 'FK_customer_need_customer' })
  customer?: Customer;
}
