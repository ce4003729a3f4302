import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BranchWindow } from '@tierwise/domain';

registerEnumType(BranchWindow, {
  name: 'BranchWindow',
  description: 'GENERAL (priority calling: the higher tier first) or DEDICATED (专属窗口, priority tiers only)',
});

export enum TicketStatus {
  WAITING = 'WAITING',
  CALLED = 'CALLED',
  SERVED = 'SERVED',
  NO_SHOW = 'NO_SHOW',
}
registerEnumType(TicketStatus, { name: 'TicketStatus' });

/** A queue ticket at a branch: the customer's tier gives its priority, and the dedicated window to those it entitles. */
@ObjectType('BranchTicket', { simpleResolvers: true })
@Entity('branch_ticket')
@Index('UQ_branch_ticket_number', ['branchCode', 'day', 'number'], { unique: true })
@Index('IDX_branch_ticket_waiting', ['branchCode', 'day', 'status'])
export class BranchTicket {
  @Field(() => ID) @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
  @Field(() => String) @Column({ type: 'varchar', length: 40 }) branchCode!: string;
  @Field(() => String, { description: 'The calendar day (Asia/Shanghai)' }) @Column({ type: 'varchar', length: 10 }) day!: string;
  @Field(() => String, { description: 'What the screen calls: V001 for the dedicated window, A001 otherwise' })
  @Column({ type: 'varchar', length: 8 })
  number!: string;
  @Field(() => ID, { nullable: true, description: 'Null for a walk-in who is not identified' })
  @Column({ type: 'varchar', length: 36, nullable: true })
  customerId!: string | null;
  @Field(() => ID, { nullable: true }) @Column({ type: 'varchar', length: 36, nullable: true }) tierId!: string | null;
  @Field(() => Int, { description: 'Higher is called first' }) @Column({ type: 'int' }) priority!: number;
  @Field(() => Boolean, { description: 'May be called at the dedicated window' }) @Column({ type: 'boolean' }) dedicated!: boolean;
  @Field(() => TicketStatus) @Column({ type: 'varchar', length: 16 }) status!: TicketStatus;
  @Field(() => BranchWindow, { nullable: true }) @Column({ type: 'varchar', length: 16, nullable: true }) calledAtWindow!: BranchWindow | null;
  @Field(() => GraphQLISODateTime) @Column({ type: 'datetime', precision: 6 }) issuedAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) @Column({ type: 'datetime', precision: 6, nullable: true }) calledAt!: Date | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: 200, nullable: true }) calledBy!: string | null;
}

@ObjectType('TierWaitingTime', { description: 'How long the tickets of one tier waited today, issue to call' })
export class TierWaitingTime {
  @Field(() => ID, { nullable: true, description: 'Null: walk-ins without a tier' }) tierId!: string | null;
  @Field(() => Int) called!: number;
  @Field(() => Int, { nullable: true, description: 'Average wait in minutes' }) averageMinutes!: number | null;
  @Field(() => Int, { nullable: true }) longestMinutes!: number | null;
}

@ObjectType('BranchQueue')
export class BranchQueue {
  @Field(() => String) branchCode!: string;
  @Field(() => String) day!: string;
  @Field(() => [BranchTicket], { description: 'Waiting, in the order a general window calls them' }) waiting!: BranchTicket[];
  @Field(() => [TierWaitingTime]) waitingTimes!: TierWaitingTime[];
}
