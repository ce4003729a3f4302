import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { VersionedRecord } from '../../common/persistence/columns';

export enum ContactKind {
  PHONE = 'PHONE',
  BRANCH_MEETING = 'BRANCH_MEETING',
  HOME_VISIT = 'HOME_VISIT',
  VIDEO = 'VIDEO',
}
registerEnumType(ContactKind, { name: 'ContactKind', description: 'How the advisor met the customer' });

export enum FollowUpKind {
  /** The account manager's regular follow-up (monthly for potential customers). */
  FOLLOW_UP = 'FOLLOW_UP',
  /** The private banker's needs interview (quarterly for high-net-worth customers). */
  NEEDS_INTERVIEW = 'NEEDS_INTERVIEW',
}
registerEnumType(FollowUpKind, { name: 'FollowUpKind' });

/** A contact an advisor logged with a customer: how, when, what was said (an interview records the needs too). */
@ObjectType('Contact', { simpleResolvers: true })
@Entity('customer_contact')
@Index('IDX_contact_customer', ['customerId', 'contactedAt'])
@Index('IDX_contact_contacted', ['contactedAt'])
export class Contact {
  @Field(() => ID) @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
  @Field(() => ID) @Column({ type: 'varchar', length: 36 }) customerId!: string;
  @Field(() => ContactKind) @Column({ type: 'varchar', length: 16 }) kind!: ContactKind;
  @Field(() => Boolean, { description: 'A needs interview (the needs found are recorded with it)' }) @Column({ type: 'boolean' }) interview!: boolean;
  @Field(() => String) @Column({ type: 'varchar', length: 4000 }) notes!: string;
  @Field(() => GraphQLISODateTime) @Column({ type: 'datetime', precision: 6 }) contactedAt!: Date;
  @Field(() => Int, { nullable: true, description: "The customer's rating of the contact (an interview's satisfaction), 1–5" })
  @Column({ type: 'int', nullable: true })
  satisfaction!: number | null;
  @Field(() => String) @Column({ type: 'varchar', length: 200 }) loggedBy!: string;
}

/**
 * A follow-up due with a customer, made from the tier's follow-up interval after the last contact (one per customer,
 * kind and that contact — the unique key makes the scheduled job's effect once), done when a contact is logged.
 */
@ObjectType('FollowUp', { simpleResolvers: true })
@Entity('follow_up')
@Index('UQ_follow_up_basis', ['customerId', 'kind', 'basis'], { unique: true })
@Index('IDX_follow_up_advisor', ['advisorId', 'doneAt', 'dueOn'])
export class FollowUp extends VersionedRecord {
  @Field(() => ID) @Column({ type: 'varchar', length: 36 }) customerId!: string;
  @Field(() => ID, { nullable: true }) @Column({ type: 'varchar', length: 36, nullable: true }) advisorId!: string | null;
  @Field(() => FollowUpKind) @Column({ type: 'varchar', length: 16 }) kind!: FollowUpKind;
  @Field(() => String, { description: 'The calendar day it is due (Asia/Shanghai), YYYY-MM-DD' }) @Column({ type: 'varchar', length: 10 }) dueOn!: string;
  /** What it counts from: the last contact's id, or "joined" (none yet). */
  @Column({ type: 'varchar', length: 36 }) basis!: string;
  @Field(() => GraphQLISODateTime, { nullable: true }) @Column({ type: 'datetime', precision: 6, nullable: true }) doneAt!: Date | null;
  @Field(() => ID, { nullable: true, description: 'The contact that did it' }) @Column({ type: 'varchar', length: 36, nullable: true }) contactId!:
    string | null;
}
