import { Column, Entity, Index } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { CatalogueRecord } from '../../common/persistence/columns';
import { moneyColumn } from '../../common/persistence/scaled-decimal.transformer';
import { DecimalScalar } from '../../common/scalars';
import { AdvisorModel } from '../../common/enums';

/** A customer tier: an AUM range (half-open, CNY) with its service level. All tiers partition [0, ∞). */
@ObjectType('Tier', { simpleResolvers: true })
@Entity('tier')
@Index('UQ_tier_code', ['code'], { unique: true })
export class Tier extends CatalogueRecord {
  @Field(() => DecimalScalar, { description: 'Lowest AUM (CNY) in this tier, inclusive' })
  @Column({ ...moneyColumn })
  minAum!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'AUM (CNY) where the next tier starts, exclusive; null = no upper bound' })
  @Column({ ...moneyColumn, nullable: true })
  maxAum!: string | null;

  @Field(() => Int, { description: 'Service response time promised to this tier, in minutes' })
  @Column({ type: 'int' })
  responseSlaMinutes!: number;

  @Field(() => AdvisorModel)
  @Column({ type: 'varchar', length: 40 })
  advisorModel!: AdvisorModel;

  @Field(() => Int, { nullable: true, description: 'Days between proactive follow-ups (null = none scheduled)' })
  @Column({ type: 'int', nullable: true })
  followUpIntervalDays!: number | null;

  @Field(() => String, { nullable: true, description: 'The service promise in Chinese' })
  @Column({ type: 'varchar', length: 1000, nullable: true })
  description!: string | null;

  @Field(() => String, { nullable: true, description: 'The service promise in English' })
  @Column({ type: 'varchar', length: 1000, nullable: true })
  descriptionEn!: string | null;
}
