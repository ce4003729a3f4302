import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { maskIdNumber, maskName, maskPhone } from '@tierwise/domain';
import { VersionedRecord } from '../../common/persistence/columns';
import { moneyColumn } from '../../common/persistence/scaled-decimal.transformer';
import { DecimalScalar } from '../../common/scalars';
import { InvestorRiskLevel, Language, LifeStage, Occupation } from '../../common/enums';
import { Tier } from '../tiers';

/**
 * A retail customer of the institution: profile, tier and risk assessment. Name, phone and ID number are
 * personal data: the GraphQL type only ever shows them masked; `revealCustomer` (audited) shows them in full.
 */
@ObjectType('Customer', { simpleResolvers: true })
@Entity('customer')
@Index('UQ_customer_external_ref', ['externalRef'], { unique: true })
@Index('IDX_customer_segment', ['tierId', 'riskLevel', 'lifeStage', 'occupation'])
export class Customer extends VersionedRecord {
  @Field(() => String, { description: "The institution's own customer id" })
  @Column({ type: 'varchar', length: 64 })
  externalRef!: string;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ type: 'varchar', length: 32, nullable: true })
  phone!: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  idNumber!: string | null;

  @Field(() => String, { name: 'name', description: 'Masked, e.g. 张*' })
  get maskedName(): string {
    return maskName(this.name) ?? '';
  }

  @Field(() => String, { name: 'phone', nullable: true, description: 'Masked, e.g. 138****5678' })
  get maskedPhone(): string | null {
    return maskPhone(this.phone);
  }

  @Field(() => String, { name: 'idNumber', nullable: true, description: 'Masked, e.g. 110***********1234' })
  get maskedIdNumber(): string | null {
    return maskIdNumber(this.idNumber);
  }

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'datetime', precision: 6, nullable: true })
  birthDate!: Date | null;

  @Field(() => Occupation, { nullable: true })
  @Index('IDX_customer_occupation')
  @Column({ type: 'varchar', length: 24, nullable: true })
  occupation!: Occupation | null;

  @Field(() => LifeStage, { nullable: true })
  @Index('IDX_customer_life_stage')
  @Column({ type: 'varchar', length: 32, nullable: true })
  lifeStage!: LifeStage | null;

  @Field(() => Language, { nullable: true, description: 'The language the customer reads messages in (Chinese unless set)' })
  @Column({ type: 'varchar', length: 2, nullable: true })
  language!: Language | null;

  @Field(() => DecimalScalar, { description: 'Assets under management here (CNY)' })
  @Column({ ...moneyColumn, default: 0 })
  aum!: string;

  @Field(() => ID, { nullable: true })
  @Index('IDX_customer_tier')
  @Column({ type: 'varchar', length: 36, nullable: true })
  tierId!: string | null;

  @ManyToOne(() => Tier, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'tierId', foreignKeyConstraintName: 'FK_customer_tier' })
  tier?: Tier | null;

  @Field(() => ID, { nullable: true, description: 'The advisor whose portfolio the customer is in (account manager, private banker…)' })
  @Index('IDX_customer_advisor')
  @Column({ type: 'varchar', length: 36, nullable: true })
  advisorId!: string | null;

  /** The risk level, and when it was assessed and until when it holds, are the latest assessment's: only it writes them. */
  @Field(() => InvestorRiskLevel, { nullable: true })
  @Index('IDX_customer_risk_level')
  @Column({ type: 'varchar', length: 2, nullable: true })
  riskLevel!: InvestorRiskLevel | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'datetime', precision: 6, nullable: true })
  riskAssessedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'datetime', precision: 6, nullable: true })
  riskAssessmentExpiresAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Since when the tiering basis has been below the current tier (downgrade grace clock)' })
  @Column({ type: 'datetime', precision: 6, nullable: true })
  tierBelowFloorSince!: Date | null;

  /**
   * The first day the daily re-tiering run must look at the customer again: the earliest day their decision could
   * change with no new AUM (domain `nextTierReview`), or null — due now — once their AUM or snapshots change.
   */
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the daily re-tiering run looks at the customer next (null: at its next run)' })
  @Index('IDX_customer_tier_review')
  @Column({ type: 'datetime', precision: 6, nullable: true })
  tierReviewDue!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the customer closed their relationship with the institution (null: a customer)' })
  @Column({ type: 'datetime', precision: 6, nullable: true })
  closedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the relationship was closed' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  closedReason!: string | null;
}
