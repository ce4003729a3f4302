import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { CatalogueRecord } from '../../common/persistence/columns';
import { BenefitCategory, BenefitStatus } from '../../common/enums';
import { PartnerInstitution } from '../partners';

/** A value-added service a tier may grant (points redemption, airport lounge, tax advisory...). */
@ObjectType('Benefit', { simpleResolvers: true })
@Entity('benefit')
@Index('UQ_benefit_code', ['code'], { unique: true })
export class Benefit extends CatalogueRecord {
  @Field(() => BenefitCategory)
  @Column({ type: 'varchar', length: 32 })
  category!: BenefitCategory;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 2000, nullable: true })
  description!: string | null;

  @Field(() => ID, { nullable: true, description: 'The partner institution that provides the service, if any' })
  @Index('IDX_benefit_provider')
  @Column({ type: 'varchar', length: 36, nullable: true })
  providerId!: string | null;

  @ManyToOne(() => PartnerInstitution, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'providerId', foreignKeyConstraintName: 'FK_benefit_provider' })
  provider?: PartnerInstitution | null;

  @Field(() => BenefitStatus)
  @Column({ type: 'varchar', length: 16, default: BenefitStatus.ACTIVE })
  status!: BenefitStatus;
}
