import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { IsEnum, IsInt, IsOptional, Length, Matches, MaxLength, Min } from 'class-validator';
import { BenefitCategory, BenefitStatus } from '../../common/enums';
import { BaseFilter } from '../../common/list';

const CODE = /^[A-Z0-9][A-Z0-9_-]*$/;
const CODE_MESSAGE = 'code uses capital letters, digits, "-" and "_" (e.g. AIRPORT_LOUNGE)';

@InputType('BenefitFilter')
export class BenefitFilter extends BaseFilter {
  @Field(() => BenefitCategory, { nullable: true }) @IsOptional() @IsEnum(BenefitCategory)
  category?: BenefitCategory;

  @Field(() => BenefitStatus, { nullable: true }) @IsOptional() @IsEnum(BenefitStatus)
  status?: BenefitStatus;

  @Field(() => ID, { nullable: true }) @IsOptional() @MaxLength(36)
  providerId?: string;
}

@ArgsType()
export class CreateBenefitArgs {
  @Field(() => String) @Length(2, 40) @Matches(CODE, { message: CODE_MESSAGE })
  code!: string;

  @Field(() => String) @Length(1, 200)
  name!: string;

  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200)
  nameEn?: string | null;

  @Field(() => BenefitCategory) @IsEnum(BenefitCategory)
  category!: BenefitCategory;

  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(2000)
  description?: string | null;

  @Field(() => ID, { nullable: true }) @IsOptional() @MaxLength(36)
  providerId?: string | null;

  @Field(() => BenefitStatus, { nullable: true }) @IsOptional() @IsEnum(BenefitStatus)
  status?: BenefitStatus;
}

@ArgsType()
export class UpdateBenefitArgs {
  @Field(() => ID) @MaxLength(36)
  id!: string;

  @Field(() => Int) @IsInt() @Min(1)
  version!: number;

  @Field(() => String, { nullable: true }) @IsOptional() @Length(2, 40) @Matches(CODE, { message: CODE_MESSAGE })
  code?: string;

  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 200)
  name?: string;

  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200)
  nameEn?: string | null;

  @Field(() => BenefitCategory, { nullable: true }) @IsOptional() @IsEnum(BenefitCategory)
  category?: BenefitCategory;

  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(2000)
  description?: string | null;

  @Field(() => ID, { nullable: true }) @IsOptional() @MaxLength(36)
  providerId?: string | null;

  @Field(() => BenefitStatus, { nullable: true }) @IsOptional() @IsEnum(BenefitStatus)
  status?: BenefitStatus;
}
