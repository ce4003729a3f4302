import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { moneyColumn } from '../../database/scaled-decimal.transformer';
import { DecimalScalar } from '../../common/scalars';
import { Customer } from './customer.entity';
import { CustomerRecord } from './customer-record';

/** One change of a customer's tier: from, to, when and why (the basis value and the rule applied). */
@ObjectType('TierChange', { simpleResolvers: true })
@Entity('tier_change')
@Index('IDX_tier_change_customer', ['customerId', 'changedAt'])
export class TierChange extends CustomerRecord {
  @Field(() => ID, { nullable: true })
  @Column({ type: 'varchar', length: 36, nullable: true })
  fromTierId!: string | null;

  @Field(() => ID)
  @Column({ type: 'varchar', length: 36 })
  toTierId!: string;

  @Field(() => GraphQLISODateTime)
  @Column({ type: 'datetime', precision: 6 })
  changedAt!: Date;

  @Field(() => DecimalScalar, { description: 'The AUM basis the decision was made on (CNY)' })
  @Column({ ...moneyColumn })
  basis!: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 500 })
  reason!: string;

  @ManyToOne(() => Customer, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customerId', foreignKeyConstraintName: 'FK_tier_change_customer' })
  customer?: Customer;
}
