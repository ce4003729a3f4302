import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsBoolean, IsEnum, IsOptional, MaxLength } from 'class-validator';
import { CreateCatalogueArgs, UpdateCatalogueArgs, type ArgsClass } from '../../common/catalogue-args';
import { NeedType } from '../../common/enums';
import { BaseFilter } from '../../common/list';

@InputType('ScenarioPackageFilter')
export class ScenarioPackageFilter extends BaseFilter {}

function withPackageFields<T extends ArgsClass>(Base: T, required: boolean) {
  @ArgsType()
  class PackageFields extends Base {
    @Field(() => NeedType, { nullable: !required }) @IsOptional() @IsEnum(NeedType) need?: NeedType;
    @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(2000) description?: string | null;
    @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(2000) descriptionEn?: string | null;
    @Field(() => [ID], { nullable: true, description: 'At most 20' }) @IsOptional() @ArrayMaxSize(20) productIds?: string[];
    @Field(() => [ID], { nullable: true, description: 'At most 20' }) @IsOptional() @ArrayMaxSize(20) partnerIds?: string[];
    @Field(() => [ID], { nullable: true, description: 'At most 20' }) @IsOptional() @ArrayMaxSize(20) benefitIds?: string[];
    @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() active?: boolean;
    @Field(() => Boolean, { nullable: true, description: "The package's partners may refer orders for its products" })
    @IsOptional()
    @IsBoolean()
    partnerOrders?: boolean;
  }
  return PackageFields;
}

@ArgsType()
export class CreateScenarioPackageArgs extends withPackageFields(CreateCatalogueArgs, true) {
  declare need: NeedType;
}

@ArgsType()
export class UpdateScenarioPackageArgs extends withPackageFields(UpdateCatalogueArgs, false) {}
