import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { IsEnum, IsOptional, Length, MaxLength } from 'class-validator';
import { UpdateArgs, type ArgsClass } from '../../common/catalogue-args';
import { InvestorRiskLevel, LifeStage, Occupation } from '../../common/enums';
import { BaseFilter } from '../../common/list';

@InputType('SavedSegmentFilter')
export class SavedSegmentFilter extends BaseFilter {}

function withSegmentFields<T extends ArgsClass>(Base: T) {
  @ArgsType()
  class SegmentFields extends Base {
    @Field(() => ID, { nullable: true }) @IsOptional() @MaxLength(36) tierId?: string | null;
    @Field(() => InvestorRiskLevel, { nullable: true }) @IsOptional() @IsEnum(InvestorRiskLevel) riskLevel?: InvestorRiskLevel | null;
    @Field(() => LifeStage, { nullable: true }) @IsOptional() @IsEnum(LifeStage) lifeStage?: LifeStage | null;
    @Field(() => Occupation, { nullable: true }) @IsOptional() @IsEnum(Occupation) occupation?: Occupation | null;
  }
  return SegmentFields;
}

@ArgsType()
export class CreateSavedSegmentArgs extends withSegmentFields(class {}) {
  @Field(() => String) @Length(1, 120) name!: string;
}

@ArgsType()
export class UpdateSavedSegmentArgs extends withSegmentFields(UpdateArgs) {
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 120) name?: string;
}
