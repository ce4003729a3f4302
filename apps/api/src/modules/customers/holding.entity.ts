import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { moneyColumn } from '../../common/persistence/scaled-decimal.transformer';
import { DecimalScalar } from '../../common/scalars';
import { Product } from '../products';
import { Customer } from './customer.entity';

/** What a customer holds with the institution: a product, an amount, and when it started and matures. */
@ObjectType('Holding', { simpleResolvers: true })
@Entity('holding')
@Index('UQ_holding_external_ref', ['externalRef'], { unique: true })
export class Holding {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Field(() => String, { description: "The institution's own id of the holding" })
  @Column({ type: 'varchar', length: 64 })
  externalRef!: string;

  @Field(() => ID)
  @Index('IDX_holding_customer')
  @Column({ type: 'varchar', length: 36 })
  customerId!: string;

  @Field(() => ID)
  @Index('IDX_holding_product')
  @Column({ type: 'varchar', length: 36 })
  productId!: string;

  @Field(() => DecimalScalar)
  @Column({ ...moneyColumn })
  amount!: string;

  @Field(() => GraphQLISODateTime)
  @Column({ type: 'datetime', precision: 6 })
  startedAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'datetime', precision: 6, nullable: true })
  maturesAt!: Date | null;

  @ManyToOne(() => Customer, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customerId', foreignKeyConstraintName: 'FK_holding_customer' })
  customer?: Customer;

  @ManyToOne(() => Product, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'productId', foreignKeyConstraintName: 'FK_holding_product' })
  product?: Product;
}
