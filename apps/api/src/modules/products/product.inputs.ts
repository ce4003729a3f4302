import { ArgsType, Field, GraphQLISODateTime, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsEnum, IsInt, IsOptional, IsUppercase, Length, Max, MaxLength, Min } from 'class-validator';
import { CreateCatalogueArgs, UpdateCatalogueArgs, type ArgsClass } from '../../common/catalogue-args';
import { LifeStage, NeedType, Occupation, ProductStatus, ProductType, RiskLevel, RiskPreference } from '../../common/enums';
import { BaseFilter } from '../../common/list';
import { DecimalScalar } from '../../common/scalars';
import { OptionalEnum, OptionalId } from '../../common/input-fields';

@InputType('ProductFilter')
export class ProductFilter extends BaseFilter {
  @OptionalEnum(ProductStatus)
  status?: ProductStatus;

  @OptionalEnum(ProductType)
  type?: ProductType;

  @OptionalEnum(RiskLevel)
  riskLevel?: RiskLevel;

  @OptionalId()
  issuerId?: string;

  @OptionalId({ description: 'Products offered to this tier' })
  eligibleTierId?: string;
}

/** The optional product fields, the same on create and update. */
function withProductFields<T extends ArgsClass>(Base: T) {
  @ArgsType()
  class ProductFields extends Base {
    @Field(() => String, { nullable: true })
    @IsOptional()
    @Length(3, 3)
    @IsUppercase({ message: 'currency is an ISO 4217 code such as CNY' })
    currency?: string;

    @Field(() => DecimalScalar, { nullable: true })
    minInvestment?: string | null;

    @Field(() => Int, { nullable: true })
    @IsOptional()
    @IsInt()
    @Min(1)
    @Max(36600)
    termDays?: number | null;

    @Field(() => DecimalScalar, { nullable: true, description: 'Percent per year' })
    expectedReturnMin?: string | null;

    @Field(() => DecimalScalar, { nullable: true, description: 'Percent per year' })
    expectedReturnMax?: string | null;

    @Field(() => DecimalScalar, { nullable: true, description: 'Revenue from a sale in percent of its amount (fees, or the interest margin of a loan), 0–100' })
    revenueRate?: string | null;

    @Field(() => GraphQLISODateTime, { nullable: true })
    saleStartsAt?: Date | null;

    @Field(() => GraphQLISODateTime, { nullable: true })
    saleEndsAt?: Date | null;

    @OptionalId()
    issuerId?: string | null;

    @Field(() => Boolean, { nullable: true })
    requiresQualifiedInvestor?: boolean;

    @Field(() => Int, { nullable: true })
    @IsOptional()
    @IsInt()
    @Min(0)
    @Max(24 * 30)
    coolingOffHours?: number;

    @Field(() => [RiskPreference], { nullable: true, description: 'At most 20' })
    @IsOptional()
    @ArrayMaxSize(20)
    @IsEnum(RiskPreference, { each: true })
    targetRiskPreferences?: RiskPreference[];

    @Field(() => [LifeStage], { nullable: true, description: 'At most 20' })
    @IsOptional()
    @ArrayMaxSize(20)
    @IsEnum(LifeStage, { each: true })
    targetLifeStages?: LifeStage[];

    @Field(() => [Occupation], { nullable: true, description: 'At most 20' })
    @IsOptional()
    @ArrayMaxSize(20)
    @IsEnum(Occupation, { each: true })
    targetOccupations?: Occupation[];

    @Field(() => [NeedType], { nullable: true, description: 'At most 20' })
    @IsOptional()
    @ArrayMaxSize(20)
    @IsEnum(NeedType, { each: true })
    targetNeeds?: NeedType[];

    @Field(() => String, { nullable: true })
    @IsOptional()
    @MaxLength(2000)
    description?: string | null;

    @Field(() => [ID], { nullable: true, description: 'Tiers whose customers may be offered the product; at most 50' })
    @IsOptional()
    @ArrayMaxSize(50)
    @MaxLength(36, { each: true })
    eligibleTierIds?: string[];

    @Field(() => [ID], { nullable: true, description: 'For a BUNDLE: its component products, in order; at most 20' })
    @IsOptional()
    @ArrayMaxSize(20)
    @MaxLength(36, { each: true })
    componentIds?: string[];
  }
  return ProductFields;
}

@ArgsType()
export class CreateProductArgs extends withProductFields(CreateCatalogueArgs) {
  @Field(() => ProductType)
  @IsEnum(ProductType)
  type!: ProductType;

  @Field(() => RiskLevel)
  @IsEnum(RiskLevel)
  riskLevel!: RiskLevel;

  @OptionalEnum(ProductStatus)
  status?: ProductStatus;
}

@ArgsType()
export class UpdateProductArgs extends withProductFields(UpdateCatalogueArgs) {
  @OptionalEnum(ProductType)
  type?: ProductType;

  @OptionalEnum(RiskLevel)
  riskLevel?: RiskLevel;

  @OptionalEnum(ProductStatus)
  status?: ProductStatus;
}
