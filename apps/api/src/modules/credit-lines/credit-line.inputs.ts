import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsBoolean, IsEnum, IsInt, IsOptional, Length, Max, MaxLength, Min } from 'class-validator';
import { CreditRuleCondition } from '@tierwise/domain';
import { CreateCatalogueArgs, UpdateCatalogueArgs, type ArgsClass } from '../../common/catalogue-args';
import { OptionalEnum, OptionalId } from '../../common/input-fields';
import { BaseFilter } from '../../common/list';
import { DecimalScalar } from '../../common/scalars';
import { CreditLimitChangeStatus, CreditLineStatus } from './credit-line.entity';

@InputType('CreditLineRuleFilter')
export class CreditLineRuleFilter extends BaseFilter {}

@InputType('CreditLineFilter')
export class CreditLineFilter extends BaseFilter {
  @OptionalId()
  customerId?: string;

  @OptionalEnum(CreditLineStatus)
  status?: CreditLineStatus;
}

@InputType('CreditLimitChangeFilter')
export class CreditLimitChangeFilter extends BaseFilter {
  @OptionalId()
  creditLineId?: string;

  @OptionalId()
  customerId?: string;

  @OptionalEnum(CreditLimitChangeStatus)
  status?: CreditLimitChangeStatus;
}

function withRuleFields<T extends ArgsClass>(Base: T, required: boolean) {
  @ArgsType()
  class RuleFields extends Base {
    @Field(() => CreditRuleCondition, { nullable: !required }) @IsOptional() @IsEnum(CreditRuleCondition) condition?: CreditRuleCondition;
    @Field(() => DecimalScalar, { nullable: true, description: 'Months, a count or a percent (0 unless given)' }) threshold?: string;
    @Field(() => [ID], { nullable: true, description: 'Only these tiers (every tier when empty), at most 20' })
    @IsOptional()
    @ArrayMaxSize(20)
    tierIds?: string[];
    @Field(() => DecimalScalar, { nullable: !required, description: 'Signed percent of the current limit (-90 to 100, not 0)' }) changePercent?: string;
    @Field(() => DecimalScalar, { nullable: true }) minLimit?: string | null;
    @Field(() => DecimalScalar, { nullable: true }) maxLimit?: string | null;
    @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(1000) priority?: number;
    @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() active?: boolean;
  }
  return RuleFields;
}

@ArgsType()
export class CreateCreditLineRuleArgs extends withRuleFields(CreateCatalogueArgs, true) {
  declare condition: CreditRuleCondition;
  declare changePercent: string;
}

@ArgsType()
export class UpdateCreditLineRuleArgs extends withRuleFields(UpdateCatalogueArgs, false) {}

@ArgsType()
export class OpenCreditLineArgs {
  @Field(() => ID) @MaxLength(36) customerId!: string;
  @Field(() => ID, { description: 'A CREDIT_LINE product' }) @MaxLength(36) productId!: string;
  @Field(() => DecimalScalar, { description: 'CNY' }) creditLimit!: string;
}

@InputType('CreditConductInput')
export class CreditConductInput {
  @Field(() => ID) @MaxLength(36) creditLineId!: string;
  @Field(() => Int, { description: 'Consecutive months repaid on time' }) @IsInt() @Min(0) @Max(600) onTimeMonths!: number;
  @Field(() => Int, { description: 'Late repayments in the last 12 months' }) @IsInt() @Min(0) @Max(12) overdueLast12!: number;
}

@ArgsType()
export class ProposeLimitArgs {
  @Field(() => ID) @MaxLength(36) creditLineId!: string;
  @Field(() => DecimalScalar, { description: 'The new limit, CNY' }) toLimit!: string;
  @Field(() => String, { description: 'Why' }) @Length(1, 500) note!: string;
}

@ArgsType()
export class DecideLimitArgs {
  @Field(() => ID) @MaxLength(36) id!: string;
  @Field(() => Int, { description: "The change's version (a stale one is refused)" }) @IsInt() @Min(1) version!: number;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 500) note?: string;
}
