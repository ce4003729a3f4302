import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { IsEnum, IsInt, IsOptional, Length, Matches, Max, MaxLength, Min, ValidateNested, ArrayMaxSize } from 'class-validator';
import { AdvisorModel } from '../../common/enums';
import { BaseFilter } from '../../common/list';
import { DecimalScalar } from '../../common/scalars';

const CODE = /^[A-Z0-9][A-Z0-9_-]*$/;
const CODE_MESSAGE = 'code uses capital letters, digits, "-" and "_" (e.g. HNW)';

@InputType('TierFilter')
export class TierFilter extends BaseFilter {}

/** Another tier's new range, applied in the same transaction so that the tiers still partition [0, ∞). */
@InputType('TierRangeInput')
export class TierRangeInput {
  @Field(() => ID) @MaxLength(36)
  id!: string;

  @Field(() => Int, { description: 'The version you read; a stale one is refused with CONFLICT' }) @IsInt() @Min(1)
  version!: number;

  @Field(() => DecimalScalar)
  minAum!: string;

  @Field(() => DecimalScalar, { nullable: true })
  maxAum!: string | null;
}

@ArgsType()
export class CreateTierArgs {
  @Field(() => String) @Length(2, 40) @Matches(CODE, { message: CODE_MESSAGE })
  code!: string;

  @Field(() => String) @Length(1, 120)
  name!: string;

  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(120)
  nameEn?: string | null;

  @Field(() => DecimalScalar)
  minAum!: string;

  @Field(() => DecimalScalar, { nullable: true })
  maxAum?: string | null;

  @Field(() => Int) @IsInt() @Min(1) @Max(60 * 24 * 7)
  responseSlaMinutes!: number;

  @Field(() => AdvisorModel) @IsEnum(AdvisorModel)
  advisorModel!: AdvisorModel;

  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(366)
  followUpIntervalDays?: number | null;

  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(1000)
  description?: string | null;

  @Field(() => [TierRangeInput], { nullable: true, description: 'Neighbouring tiers resized in the same change' })
  @IsOptional() @ValidateNested({ each: true }) @ArrayMaxSize(50)
  adjustments?: TierRangeInput[];
}

@ArgsType()
export class UpdateTierArgs {
  @Field(() => ID) @MaxLength(36)
  id!: string;

  @Field(() => Int) @IsInt() @Min(1)
  version!: number;

  @Field(() => String, { nullable: true }) @IsOptional() @Length(2, 40) @Matches(CODE, { message: CODE_MESSAGE })
  code?: string;

  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 120)
  name?: string;

  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(120)
  nameEn?: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  minAum?: string;

  @Field(() => DecimalScalar, { nullable: true })
  maxAum?: string | null;

  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(60 * 24 * 7)
  responseSlaMinutes?: number;

  @Field(() => AdvisorModel, { nullable: true }) @IsOptional() @IsEnum(AdvisorModel)
  advisorModel?: AdvisorModel;

  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(366)
  followUpIntervalDays?: number | null;

  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(1000)
  description?: string | null;

  @Field(() => [TierRangeInput], { nullable: true, description: 'Neighbouring tiers resized in the same change' })
  @IsOptional() @ValidateNested({ each: true }) @ArrayMaxSize(50)
  adjustments?: TierRangeInput[];
}

/** One entitlement of a tier: a benefit with its annual quota. */
@InputType('TierBenefitInput')
export class TierBenefitInput {
  @Field(() => ID) @MaxLength(36)
  benefitId!: string;

  @Field(() => Int, { nullable: true, description: 'Uses per customer per year; null = unlimited' })
  @IsOptional() @IsInt() @Min(0) @Max(10000)
  annualQuota!: number | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  exclusive!: boolean;
}
