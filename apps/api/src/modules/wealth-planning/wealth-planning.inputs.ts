import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsIn, IsInt, IsOptional, Length, Max, MaxLength, Min } from 'class-validator';
import { GoalKind, Language, ProposalRole, ProposalStatus, RepaymentMethod } from '@tierwise/domain';
import { OptionalEnum, OptionalId } from '../../common/input-fields';
import { BaseFilter } from '../../common/list';
import { DecimalScalar } from '../../common/scalars';

@InputType('CustomerGoalFilter')
export class CustomerGoalFilter extends BaseFilter {
  @OptionalId()
  customerId?: string;

  @OptionalEnum(GoalKind)
  kind?: GoalKind;
}

@InputType('ProposalFilter')
export class ProposalFilter extends BaseFilter {
  @OptionalId()
  customerId?: string;

  @OptionalId()
  goalId?: string;

  @OptionalEnum(ProposalStatus)
  status?: ProposalStatus;
}

@ArgsType()
export class GoalFieldsArgs {
  @Field(() => GoalKind) kind!: GoalKind;
  @Field(() => DecimalScalar, { description: 'CNY needed at the horizon' }) targetAmount!: string;
  @Field(() => Int, { description: '1–50 years' }) @IsInt() @Min(1) @Max(50) horizonYears!: number;
  @Field(() => Int, { description: '1 (most important) to 5' }) @IsInt() @Min(1) @Max(5) priority!: number;
  @Field(() => Int, { description: 'Percent of the money to keep at hand, 0–100' }) @IsInt() @Min(0) @Max(100) liquidityPercent!: number;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(1000) note?: string | null;
}

@ArgsType()
export class CreateGoalArgs extends GoalFieldsArgs {
  @Field(() => ID) @MaxLength(36) customerId!: string;
  @Field(() => ID, { nullable: true, description: 'The detected need it comes from (none: from the interview)' })
  @IsOptional()
  @MaxLength(36)
  needId?: string | null;
}

@ArgsType()
export class UpdateGoalArgs extends GoalFieldsArgs {
  @Field(() => ID) @MaxLength(36) id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
}

@ArgsType()
export class DraftProposalArgs {
  @Field(() => ID) @MaxLength(36) goalId!: string;
  @Field(() => DecimalScalar, { description: 'The money the plan invests, CNY' }) investable!: string;
  @Field(() => DecimalScalar, { nullable: true, description: 'Annual inflation for the projection, percent (2 unless given)' })
  inflation?: string | null;
}

@InputType('LoanPartInput')
export class LoanPartInput {
  @Field(() => ID) @MaxLength(36) productId!: string;
  @Field(() => String, { description: 'BUSINESS or CONSUMER' }) @IsIn(['BUSINESS', 'CONSUMER']) purpose!: string;
  @Field(() => DecimalScalar) principal!: string;
  @Field(() => DecimalScalar, { description: 'Annual rate, percent' }) annualRate!: string;
  @Field(() => Int, { description: '1–360' }) @IsInt() months!: number;
  @Field(() => RepaymentMethod) method!: RepaymentMethod;
}

@ArgsType()
export class DraftLoanProposalArgs {
  @Field(() => ID) @MaxLength(36) goalId!: string;
  @Field(() => [LoanPartInput], { description: 'At most 5 parts' }) @ArrayMaxSize(5) parts!: LoanPartInput[];
}

@InputType('ProposalLineInput')
export class ProposalLineInput {
  @Field(() => ID) @MaxLength(36) productId!: string;
  @Field(() => DecimalScalar, { description: 'CNY' }) amount!: string;
  @OptionalEnum(ProposalRole, { description: "The product's own role unless given" })
  role?: ProposalRole;
}

@ArgsType()
export class ProposalVersionArgs {
  @Field(() => ID) @MaxLength(36) id!: string;
  @Field(() => Int, { description: "The proposal's version (a stale one is refused)" }) @IsInt() @Min(1) version!: number;
}

@ArgsType()
export class SetProposalLinesArgs extends ProposalVersionArgs {
  @Field(() => [ProposalLineInput], { description: 'The whole set of lines, at most 20' }) @ArrayMaxSize(20) lines!: ProposalLineInput[];
}

@ArgsType()
export class SetLoanPartsArgs extends ProposalVersionArgs {
  @Field(() => [LoanPartInput], { description: 'At most 5 parts' }) @ArrayMaxSize(5) parts!: LoanPartInput[];
}

@ArgsType()
export class AcceptProposalArgs extends ProposalVersionArgs {
  @Field(() => Boolean, { nullable: true, description: 'The advisor acknowledges the 65+ flag for every order (a customer aged 65 or over)' })
  @IsOptional()
  elderlyAcknowledged?: boolean;
}

@ArgsType()
export class DeclineProposalArgs extends ProposalVersionArgs {
  @Field(() => String) @Length(1, 500) reason!: string;
}

@ArgsType()
export class LineCheckArgs {
  @Field(() => ID) @MaxLength(36) goalId!: string;
  @Field(() => ID) @MaxLength(36) productId!: string;
  @Field(() => DecimalScalar) amount!: string;
}

@ArgsType()
export class SummaryArgs {
  @OptionalEnum(Language, { description: 'One language; both (Chinese, then English) unless given' })
  language?: Language;
}
