import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { RedemptionStatus } from '@tierwise/domain';
import { VersionedRecord } from '../../common/persistence/columns';

registerEnumType(RedemptionStatus, { name: 'RedemptionStatus', description: 'CONSUMED at once, or RESERVED against the quota then CONSUMED or RELEASED' });

/**
 * How much of a benefit's annual quota a customer has used in a year: the row every redemption updates with a guarded
 * `UPDATE … SET used = used + 1 WHERE used < quota`, so that concurrent redemptions never exceed it.
 */
@Entity('benefit_usage')
export class BenefitUsage {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  customerId!: string;

  @PrimaryColumn({ type: 'varchar', length: 36 })
  benefitId!: string;

  @PrimaryColumn({ type: 'int' })
  year!: number;

  @Column({ type: 'int', default: 0 })
  used!: number;
}

/** One redemption of a benefit for a customer, with the key that makes a retry answer the first result. */
@ObjectType('BenefitRedemption', { simpleResolvers: true })
@Entity('benefit_redemption')
@Index('UQ_benefit_redemption_key', ['idempotencyKey'], { unique: true })
@Index('IDX_benefit_redemption_customer', ['customerId', 'year'])
export class BenefitRedemption extends VersionedRecord {
  @Field(() => ID)
  @Column({ type: 'varchar', length: 36 })
  customerId!: string;

  @Field(() => ID)
  @Column({ type: 'varchar', length: 36 })
  benefitId!: string;

  @Field(() => ID, { description: 'The tier that granted it at the time' })
  @Column({ type: 'varchar', length: 36 })
  tierId!: string;

  @Field(() => Int, { description: 'The quota year (calendar year, Asia/Shanghai)' })
  @Column({ type: 'int' })
  year!: number;

  @Field(() => RedemptionStatus)
  @Column({ type: 'varchar', length: 16 })
  status!: RedemptionStatus;

  @Field(() => String, { description: 'The caller’s key: the same key with the same request answers this redemption again' })
  @Column({ type: 'varchar', length: 100 })
  idempotencyKey!: string;

  /** What was asked (customer, benefit, reserve or not), to tell a retry from another request under the same key. */
  @Column({ type: 'varchar', length: 200 })
  fingerprint!: string;

  @Field(() => ID, { nullable: true, description: 'The service order sent to the benefit’s partner, for a partner-fulfilled benefit' })
  @Column({ type: 'varchar', length: 36, nullable: true })
  fulfilmentOrderId!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 1000, nullable: true })
  notes!: string | null;

  @Field(() => String)
  @Column({ type: 'varchar', length: 200 })
  redeemedBy!: string;
}
