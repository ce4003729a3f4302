import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { IsEnum, IsOptional, MaxLength } from 'class-validator';
import { CreateCatalogueArgs, UpdateCatalogueArgs, type ArgsClass } from '../../common/catalogue-args';
import { BenefitCategory, BenefitStatus } from '../../common/enums';
import { BaseFilter } from '../../common/list';

@InputType('BenefitFilter')
export class BenefitFilter extends BaseFilter {
  @Field(() => BenefitCategory, { nullable: true })
  @IsOptional()
  @IsEnum(BenefitCategory)
  category?: BenefitCategory;

  @Field(() => BenefitStatus, { nullable: true })
  @IsOptional()
  @IsEnum(BenefitStatus)
  status?: BenefitStatus;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @MaxLength(36)
  providerId?: string;
}

/** The optional benefit fields, the same on create and update. */
function withBenefitFields<T extends ArgsClass>(Base: T) {
  @ArgsType()
  class BenefitFields extends Base {
    @Field(() => String, { nullable: true })
    @IsOptional()
    @MaxLength(2000)
    description?: string | null;

    @Field(() => ID, { nullable: true, description: 'The partner institution that provides the service' })
    @IsOptional()
    @MaxLength(36)
    providerId?: string | null;

    @Field(() => BenefitStatus, { nullable: true })
    @IsOptional()
    @IsEnum(BenefitStatus)
    status?: BenefitStatus;
  }
  return BenefitFields;
}

@ArgsType()
export class CreateBenefitArgs extends withBenefitFields(CreateCatalogueArgs) {
  @Field(() => BenefitCategory)
  @IsEnum(BenefitCategory)
  category!: BenefitCategory;
}

@ArgsType()
export class UpdateBenefitArgs extends withBenefitFields(UpdateCatalogueArgs) {
  @Field(() => BenefitCategory, { nullable: true })
  @IsOptional()
  @IsEnum(BenefitCategory)
  category?: BenefitCategory;
}
