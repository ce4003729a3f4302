import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, CreateDateColumn } from 'typeorm';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { OrderStatus } from '@tierwise/domain';
import { VersionedRecord } from '../../common/persistence/columns';
import { moneyColumn } from '../../common/persistence/scaled-decimal.transformer';
import { DecimalScalar } from '../../common/scalars';
import { Customer } from '../customers';
import { Product } from '../products';

registerEnumType(OrderStatus, {
  name: 'OrderStatus',
  description: 'DRAFT → (AWAITING_WARNING_CONFIRMATION) → SIGNED → PAID → (IN_COOLING_OFF) → CONFIRMED, or CANCELLED / REFUSED',
});

export enum OrderChannel {
  BRANCH = 'BRANCH',
  APP = 'APP',
  PARTNER = 'PARTNER',
}
registerEnumType(OrderChannel, { name: 'OrderChannel', description: 'Where the order was placed: with an advisor, in the app, or referred by a partner' });

/**
 * An order (subscription, purchase or application) of a customer for a product, with the suitability decision it was
 * placed under kept as it was (every reason, the assessment it relied on, the rule version), for an auditor years later.
 */
@ObjectType('Order', { simpleResolvers: true })
@Entity('customer_order')
@Index('IDX_order_customer', ['customerId', 'status'])
@Index('IDX_order_cooling_off', ['status', 'coolingOffEndsAt'])
@Index('IDX_order_partner', ['referredByPartnerId', 'createdAt'])
@Index('IDX_order_paid', ['paidAt'])
export class Order extends VersionedRecord {
  @Field(() => ID)
  @Column({ type: 'varchar', length: 36 })
  customerId!: string;

  @Field(() => ID)
  @Column({ type: 'varchar', length: 36 })
  productId!: string;

  @Field(() => Int, { nullable: true, description: "The product's version it was placed under (its terms: productTerms)" })
  @Column({ type: 'int', nullable: true })
  productVersion!: number | null;

  @Field(() => OrderStatus)
  @Column({ type: 'varchar', length: 32 })
  status!: OrderStatus;

  @Field(() => OrderChannel)
  @Column({ type: 'varchar', length: 16 })
  channel!: OrderChannel;

  @Field(() => DecimalScalar, { description: "In the product's currency" })
  @Column(moneyColumn)
  amount!: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 3 })
  currency!: string;

  @Field(() => DecimalScalar, { description: "The CNY equivalent at the day's rate" })
  @Column(moneyColumn)
  cnyAmount!: string;

  @Field(() => String, { nullable: true, description: 'CNY per unit used (null for CNY)' })
  @Column({ type: 'varchar', length: 24, nullable: true })
  cnyRate!: string | null;

  @Field(() => GraphQLJSONObject, {
    description: 'The suitability decision the order was placed under: { allowed, gate, reasons, assessment, ruleVersion, decidedAt }',
  })
  @Column({ type: 'simple-json' })
  decision!: Record<string, unknown>;

  @Field(() => [String], { description: 'Why it was refused (codes), when REFUSED' })
  @Column({ type: 'simple-json' })
  refusalCodes!: string[];

  @Field(() => Int, { nullable: true, description: 'The special risk warning version shown and confirmed (an investor who insists)' })
  @Column({ type: 'int', nullable: true })
  warningVersion!: number | null;

  @Field(() => String, { nullable: true, description: 'Who recorded the confirmation' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  warningConfirmedBy!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'datetime', precision: 6, nullable: true })
  warningConfirmedAt!: Date | null;

  @Field(() => OrderChannel, { nullable: true, description: 'How: read and confirmed in branch with the advisor, or in the app' })
  @Column({ type: 'varchar', length: 16, nullable: true })
  warningConfirmedVia!: OrderChannel | null;

  @Field(() => String, { nullable: true, description: 'The advisor who acknowledged the 65+ flag' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  elderlyAcknowledgedBy!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'datetime', precision: 6, nullable: true })
  signedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'datetime', precision: 6, nullable: true })
  paidAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Until when the customer may cancel for a full refund' })
  @Column({ type: 'datetime', precision: 6, nullable: true })
  coolingOffEndsAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'datetime', precision: 6, nullable: true })
  confirmedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'datetime', precision: 6, nullable: true })
  cancelledAt!: Date | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'What the cancellation refunded' })
  @Column({ ...moneyColumn, nullable: true })
  refundAmount!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 500, nullable: true })
  cancelReason!: string | null;

  @Field(() => String)
  @Column({ type: 'varchar', length: 200 })
  placedBy!: string;

  @Field(() => Boolean, { description: 'A staff user placed it or moved it on (false: the customer did it all themselves, in the app or through a partner)' })
  @Column({ type: 'boolean', default: false })
  handledByPerson!: boolean;

  @Field(() => ID, { nullable: true, description: 'The partner institution that referred the order (channel PARTNER)' })
  @Column({ type: 'varchar', length: 36, nullable: true })
  referredByPartnerId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The scenario package under which the partner referred it' })
  @Column({ type: 'varchar', length: 36, nullable: true })
  scenarioPackageId!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      "The institution's revenue from the sale in CNY (fees, or a loan's interest margin): the amount times the product's revenue rate when it was placed; null when the product records none",
  })
  @Column({ ...moneyColumn, nullable: true })
  revenue!: string | null;

  @ManyToOne(() => Customer, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'customerId', foreignKeyConstraintName: 'FK_order_customer' })
  customer?: Customer;

  @ManyToOne(() => Product, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'productId', foreignKeyConstraintName: 'FK_order_product' })
  product?: Product;
}

/** The special written risk warning for one product, shown to an investor who insists on it: versioned, both languages. */
@ObjectType('RiskWarning', { simpleResolvers: true })
@Entity('risk_warning')
@Index('UQ_risk_warning_version', ['productId', 'version'], { unique: true })
export class RiskWarning {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Field(() => ID)
  @Column({ type: 'varchar', length: 36 })
  productId!: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  version!: number;

  @Field(() => String, { description: '中文' })
  @Column({ type: 'text' })
  textZh!: string;

  @Field(() => String, { description: 'English' })
  @Column({ type: 'text' })
  textEn!: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 200 })
  createdBy!: string;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'datetime', precision: 6 })
  createdAt!: Date;

  @ManyToOne(() => Product, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'productId', foreignKeyConstraintName: 'FK_risk_warning_product' })
  product?: Product;
}
