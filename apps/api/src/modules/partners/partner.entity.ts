import { Column, Entity, Index } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { CatalogueRecord } from '../../common/persistence/columns';
import { PartnerKind, PartnerStatus } from '../../common/enums';

/** A partner institution: fund manager, insurer, trust company, agency... that issues products or provides benefits. */
@ObjectType('PartnerInstitution', { simpleResolvers: true })
@Entity('partner_institution')
@Index('UQ_partner_code', ['code'], { unique: true })
export class PartnerInstitution extends CatalogueRecord {
  @Field(() => PartnerKind)
  @Index('IDX_partner_kind')
  @Column({ type: 'varchar', length: 32 })
  kind!: PartnerKind;

  @Field(() => PartnerStatus)
  @Column({ type: 'varchar', length: 16, default: PartnerStatus.ACTIVE })
  status!: PartnerStatus;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 120, nullable: true })
  contactName!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 200, nullable: true })
  contactEmail!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 40, nullable: true })
  contactPhone!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 300, nullable: true })
  website!: string | null;
}
