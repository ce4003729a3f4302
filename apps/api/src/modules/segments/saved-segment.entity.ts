import { Column, Entity, Index } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { VersionedRecord } from '../../common/persistence/columns';
import { InvestorRiskLevel, LifeStage, Occupation } from '../../common/enums';

/** A named customer segment: a filter on tier × risk level × life stage × occupation (any left empty matches all). */
@ObjectType('SavedSegment', { simpleResolvers: true })
@Entity('saved_segment')
@Index('UQ_saved_segment_name', ['name'], { unique: true })
export class SavedSegment extends VersionedRecord {
  @Field(() => String)
  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'varchar', length: 36, nullable: true })
  tierId!: string | null;

  @Field(() => InvestorRiskLevel, { nullable: true })
  @Column({ type: 'varchar', length: 2, nullable: true })
  riskLevel!: InvestorRiskLevel | null;

  @Field(() => LifeStage, { nullable: true })
  @Column({ type: 'varchar', length: 32, nullable: true })
  lifeStage!: LifeStage | null;

  @Field(() => Occupation, { nullable: true })
  @Column({ type: 'varchar', length: 24, nullable: true })
  occupation!: Occupation | null;
}
