import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum PointsKind {
  EARN = 'EARN',
  REDEEM = 'REDEEM',
  EXPIRE = 'EXPIRE',
}
registerEnumType(PointsKind, { name: 'PointsKind', description: 'Points earned, redeemed, or expired' });

/** A customer's points balance: changed only by a guarded UPDATE, so it never goes below zero whatever runs at once. */
@Entity('points_balance')
export class PointsBalance {
  @PrimaryColumn({ type: 'varchar', length: 36 }) customerId!: string;
  @Column({ type: 'int', default: 0 }) balance!: number;
}

/** One movement of a customer's points, with the balance after it and the caller's key (a retry answers the first). */
@ObjectType('PointsEntry', { simpleResolvers: true })
@Entity('points_entry')
@Index('UQ_points_entry_key', ['idempotencyKey'], { unique: true })
@Index('IDX_points_entry_customer', ['customerId', 'createdAt'])
export class PointsEntry {
  @Field(() => ID) @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
  @Field(() => ID) @Column({ type: 'varchar', length: 36 }) customerId!: string;
  @Field(() => PointsKind) @Column({ type: 'varchar', length: 8 }) kind!: PointsKind;
  @Field(() => Int, { description: 'How many points moved (always positive; the kind says which way)' }) @Column({ type: 'int' }) points!: number;
  @Field(() => Int) @Column({ type: 'int' }) balanceAfter!: number;
  @Field(() => String) @Column({ type: 'varchar', length: 500 }) reason!: string;
  @Field(() => String) @Column({ type: 'varchar', length: 100 }) idempotencyKey!: string;
  /** What was asked (customer, kind, points), to tell a retry from another request under the same key. */
  @Column({ type: 'varchar', length: 200 }) fingerprint!: string;
  @Field(() => String) @Column({ type: 'varchar', length: 200 }) createdBy!: string;
  @Field(() => GraphQLISODateTime) @CreateDateColumn({ type: 'datetime', precision: 6 }) createdAt!: Date;
}

@ObjectType('PointsAccount')
export class PointsAccount {
  @Field(() => ID) customerId!: string;
  @Field(() => Int) balance!: number;
  @Field(() => [PointsEntry], { description: 'Newest first (at most 100)' }) entries!: PointsEntry[];
}
