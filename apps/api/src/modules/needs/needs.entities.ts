import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BehaviourType } from '@tierwise/domain';
import { NeedType } from '../../common/enums';
import { CatalogueRecord } from '../../common/persistence/columns';
import { Customer } from '../customers/customer.entity';
import { CustomerRecord } from '../customers/customer-record';

registerEnumType(BehaviourType, { name: 'BehaviourType', description: 'What the customer did: viewed a page, searched, consulted, used a calculator, transacted…' });

/**
 * One behaviour event from the institution's app backend. Its id is the sender's, so a batch sent twice stores
 * each event once. Events are evidence for need rules; partners never see them.
 */
@Entity('behaviour_event')
@Index('IDX_behaviour_customer_topic', ['customerId', 'topic', 'occurredAt'])
export class BehaviourEvent {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  customerId!: string;

  @Column({ type: 'varchar', length: 24 })
  type!: BehaviourType;

  @Column({ type: 'varchar', length: 64 })
  topic!: string;

  @Column({ type: 'datetime', precision: 6 })
  occurredAt!: Date;

  @Column({ type: 'datetime', precision: 6 })
  receivedAt!: Date;

  @ManyToOne(() => Customer, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customerId', foreignKeyConstraintName: 'FK_behaviour_customer' })
  customer?: Customer;
}

/** A need rule, configured in the console: N events of a type on a topic within D days → a need, with a weight. */
@ObjectType('NeedRule', { simpleResolvers: true })
@Entity('need_rule')
@Index('UQ_need_rule_code', ['code'], { unique: true })
export class NeedRule extends CatalogueRecord {
  @Field(() => BehaviourType, { nullable: true, description: 'Only events of this type count (any type when empty)' })
  @Column({ type: 'varchar', length: 24, nullable: true })
  eventType!: BehaviourType | null;

  @Field(() => String, { description: 'The topic events must carry, e.g. mortgage_rate' })
  @Index('IDX_need_rule_topic')
  @Column({ type: 'varchar', length: 64 })
  topic!: string;

  @Field(() => Int, { description: 'At least this many events…' })
  @Column({ type: 'int' })
  minEvents!: number;

  @Field(() => Int, { description: '…within this many days' })
  @Column({ type: 'int' })
  windowDays!: number;

  @Field(() => NeedType)
  @Column({ type: 'varchar', length: 32 })
  need!: NeedType;

  @Field(() => Int, { description: 'How strongly the rule indicates the need, 1–100' })
  @Column({ type: 'int' })
  weight!: number;

  @Field(() => Boolean)
  @Column({ type: 'boolean', default: true })
  active!: boolean;
}

export type NeedSource = 'RULE' | 'INTERVIEW';

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

  @ManyToOne(() => Customer, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customerId', foreignKeyConstraintName: 'FK_customer_need_customer' })
  customer?: Customer;
}
