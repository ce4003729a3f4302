import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { CatalogueRecord } from '../../common/persistence/columns';
import { moneyColumn, scaledDecimal } from '../../common/persistence/scaled-decimal.transformer';
import { DecimalScalar } from '../../common/scalars';
import { LifeStage, NeedType, Occupation, ProductStatus, ProductType, RiskLevel, RiskPreference } from '../../common/enums';
import { PartnerInstitution } from '../partners';

/** A product in the offering catalogue: wealth product, fund, insurance, loan, bundle, private fund... */
@ObjectType('Product', { simpleResolvers: true })
@Entity('product')
@Index('UQ_product_code', ['code'], { unique: true })
export class Product extends CatalogueRecord {
  @Field(() => ProductType)
  @Index('IDX_product_type')
  @Column({ type: 'varchar', length: 32 })
  type!: ProductType;

  @Field(() => RiskLevel)
  @Index('IDX_product_risk')
  @Column({ type: 'varchar', length: 2 })
  riskLevel!: RiskLevel;

  @Field(() => ProductStatus)
  @Index('IDX_product_status')
  @Column({ type: 'varchar', length: 16, default: ProductStatus.DRAFT })
  status!: ProductStatus;

  @Field(() => String, { description: 'ISO 4217 currency code' })
  @Column({ type: 'varchar', length: 3, default: 'CNY' })
  currency!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'Minimum investment or amount, in the product currency' })
  @Column({ ...moneyColumn, nullable: true })
  minInvestment!: string | null;

  @Field(() => Int, { nullable: true, description: 'Term in days; null = open-ended / flexible' })
  @Column({ type: 'int', nullable: true })
  termDays!: number | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Expected annual return, lower bound, in percent' })
  @Column({ type: 'bigint', transformer: scaledDecimal, nullable: true })
  expectedReturnMin!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Expected annual return, upper bound, in percent' })
  @Column({ type: 'bigint', transformer: scaledDecimal, nullable: true })
  expectedReturnMax!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      "The institution's revenue from a sale, in percent of the amount: fees for an investment or insurance product, the interest margin for a loan (null: none recorded)",
  })
  @Column({ type: 'bigint', transformer: scaledDecimal, nullable: true })
  revenueRate!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'datetime', precision: 6, nullable: true })
  saleStartsAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'datetime', precision: 6, nullable: true })
  saleEndsAt!: Date | null;

  @Field(() => ID, { nullable: true })
  @Index('IDX_product_issuer')
  @Column({ type: 'varchar', length: 36, nullable: true })
  issuerId!: string | null;

  @ManyToOne(() => PartnerInstitution, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'issuerId', foreignKeyConstraintName: 'FK_product_issuer' })
  issuer?: PartnerInstitution | null;

  @Field(() => Boolean, { description: 'Only for qualified investors (financial assets ≥ 3,000,000 CNY or income ≥ 500,000 a year)' })
  @Column({ type: 'boolean', default: false })
  requiresQualifiedInvestor!: boolean;

  @Field(() => Int, { description: 'Cooling-off period after signing and payment, in hours (0 = none)' })
  @Column({ type: 'int', default: 0 })
  coolingOffHours!: number;

  @Field(() => [RiskPreference])
  @Column({ type: 'simple-array' })
  targetRiskPreferences!: RiskPreference[];

  @Field(() => [LifeStage])
  @Column({ type: 'simple-array' })
  targetLifeStages!: LifeStage[];

  @Field(() => [Occupation])
  @Column({ type: 'simple-array' })
  targetOccupations!: Occupation[];

  @Field(() => [NeedType])
  @Column({ type: 'simple-array' })
  targetNeeds!: NeedType[];

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 2000, nullable: true })
  description!: string | null;
}
