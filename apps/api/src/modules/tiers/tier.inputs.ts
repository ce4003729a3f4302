import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsEnum, IsInt, IsOptional, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { CreateCatalogueArgs, UpdateCatalogueArgs, type ArgsClass } from '../../common/catalogue-args';
import { AdvisorModel } from '../../common/enums';
import { BaseFilter } from '../../common/list';
import { DecimalScalar } from '../../common/scalars';
import { OptionalEnum } from '../../common/input-fields';

/** A week: no service promise is slower. */
const MAX_SLA_MINUTES = 60 * 24 * 7;

@InputType('TierFilter')
export class TierFilter extends BaseFilter {}

/** Another tier's new range, applied in the same transaction so that the tiers still partition [0, ∞). */
@InputType('TierRangeInput')
export class TierRangeInput {
  @Field(() => ID)
  @MaxLength(36)
  id!: string;

  @Field(() => Int, { description: 'The version you read; a stale one is refused with CONFLICT' })
  @IsInt()
  @Min(1)
  version!: number;

  @Field(() => DecimalScalar)
  minAum!: string;

  @Field(() => DecimalScalar, { nullable: true })
  maxAum!: string | null;
}

/** One entitlement of a tier: a benefit with its annual quota. */
@InputType('TierBenefitInput')
export class TierBenefitInput {
  @Field(() => ID)
  @MaxLength(36)
  benefitId!: string;

  @Field(() => Int, { nullable: true, description: 'Uses per customer per year; null = unlimited' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10000)
  annualQuota!: number | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  exclusive!: boolean;
}

/** The optional tier fields, the same on create and update. */
function withTierFields<T extends ArgsClass>(Base: T) {
  @ArgsType()
  class TierFields extends Base {
    @Field(() => DecimalScalar, { nullable: true, description: 'AUM where the next tier starts (exclusive); null = no upper bound' })
    maxAum?: string | null;

    @Field(() => Int, { nullable: true })
    @IsOptional()
    @IsInt()
    @Min(1)
    @Max(366)
    followUpIntervalDays?: number | null;

    @Field(() => String, { nullable: true })
    @IsOptional()
    @MaxLength(1000)
    description?: string | null;

    @Field(() => String, { nullable: true })
    @IsOptional()
    @MaxLength(1000)
    descriptionEn?: string | null;

    @Field(() => [TierRangeInput], {
      nullable: true,
      description: 'Neighbouring tiers resized in the same change, so that the tiers still partition [0, ∞); at most 50',
    })
    @IsOptional()
    @ValidateNested({ each: true })
    @ArrayMaxSize(50)
    adjustments?: TierRangeInput[];

    @Field(() => [TierBenefitInput], {
      nullable: true,
      description: "The tier's benefits with their quotas, replacing the current ones (left out = unchanged); at most 100",
    })
    @IsOptional()
    @ValidateNested({ each: true })
    @ArrayMaxSize(100)
    entitlements?: TierBenefitInput[];
  }
  return TierFields;
}

@ArgsType()
export class CreateTierArgs extends withTierFields(CreateCatalogueArgs) {
  @Field(() => DecimalScalar, { description: 'Lowest AUM in the tier (inclusive)' })
  minAum!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(MAX_SLA_MINUTES)
  responseSlaMinutes!: number;

  @Field(() => AdvisorModel)
  @IsEnum(AdvisorModel)
  advisorModel!: AdvisorModel;
}

@ArgsType()
export class UpdateTierArgs extends withTierFields(UpdateCatalogueArgs) {
  @Field(() => DecimalScalar, { nullable: true })
  minAum?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_SLA_MINUTES)
  responseSlaMinutes?: number;

  @OptionalEnum(AdvisorModel)
  advisorModel?: AdvisorModel;
}
