import { ArgsType, Field, InputType } from 'type-graphql';
import { IsEnum, IsOptional, MaxLength } from 'class-validator';
import { CreateCatalogueArgs, UpdateCatalogueArgs, type ArgsClass } from '../../common/catalogue-args';
import { BenefitCategory, BenefitStatus } from '../../common/enums';
import { BaseFilter } from '../../common/list';
import { OptionalEnum, OptionalId } from '../../common/input-fields';

@InputType('BenefitFilter')
export class BenefitFilter extends BaseFilter {
  @OptionalEnum(BenefitCategory)
  category?: BenefitCategory;

  @OptionalEnum(BenefitStatus)
  status?: BenefitStatus;

  @OptionalId()
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

    @OptionalId({ description: 'The partner institution that provides the service' })
    providerId?: string | null;

    @OptionalEnum(BenefitStatus)
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
  @OptionalEnum(BenefitCategory)
  category?: BenefitCategory;
}
