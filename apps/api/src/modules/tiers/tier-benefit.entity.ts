import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Tier } from './tier.entity';
import { Benefit } from '../benefits';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/** A tier's entitlement to a benefit: how many uses a year (null = unlimited) and whether it is exclusive. */
@ObjectType('TierBenefit', { simpleResolvers: true })
@Entity('tier_benefit')
@Index('UQ_tier_benefit', ['tierId', 'benefitId'], { unique: true })
export class TierBenefit {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Field(() => ID)
  @Index('IDX_tier_benefit_tier')
  @Column({ type: 'varchar', length: 36 })
  tierId!: string;

  @ManyToOne(() => Tier, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tierId', foreignKeyConstraintName: 'FK_tier_benefit_tier' })
  tier?: Tier;

  @Field(() => ID)
  @Index('IDX_tier_benefit_benefit')
  @Column({ type: 'varchar', length: 36 })
  benefitId!: string;

  @ManyToOne(() => Benefit, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'benefitId', foreignKeyConstraintName: 'FK_tier_benefit_benefit' })
  benefit?: Benefit;

  @Field(() => Int, { nullable: true, description: 'Uses per customer per year; null = unlimited' })
  @Column({ type: 'int', nullable: true })
  annualQuota!: number | null;

  @Field(() => Boolean, { description: 'An exclusive service of this tier (counts towards the HNW "4 exclusive services a year")' })
  @Column({ type: 'boolean', default: false })
  exclusive!: boolean;
}
