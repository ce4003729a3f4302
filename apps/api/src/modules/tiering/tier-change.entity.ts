import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { moneyColumn } from '../../common/persistence/scaled-decimal.transformer';
import { DecimalScalar } from '../../common/scalars';
import { Customer, CustomerRecord } from '../customers';

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

  @Field(() => String, { description: 'Why, in English (records from before reason codes have only this)' })
  @Column({ type: 'varchar', length: 500 })
  reason!: string;

  @Field(() => String, { nullable: true, description: 'PLACED, STAYS, UPGRADED, DOWNGRADED or GRACE_PERIOD; a client shows its own text for it' })
  @Column({ type: 'varchar', length: 40, nullable: true })
  reasonCode!: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'What the reason names (tier codes, amounts, days), for translating `reasonCode`' })
  @Column({ type: 'simple-json', nullable: true })
  reasonParams!: Record<string, string> | null;

  @ManyToOne(() => Customer, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customerId', foreignKeyConstraintName: 'FK_tier_change_customer' })
  customer?: Customer;
}
