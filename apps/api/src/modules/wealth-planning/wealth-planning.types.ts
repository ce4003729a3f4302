import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { ProductType, ProposalRole, RiskLevel } from '@tierwise/domain';
import { DecimalScalar } from '../../common/scalars';
import { SuitabilityReasonType } from '../risk-profile';

@ObjectType('ProposalProjection', {
  description: "The plan's outcome at the goal's horizon from each line's return range (yearly compounding), in money of then and of today",
})
export class ProposalProjectionType {
  @Field(() => DecimalScalar) invested!: string;
  @Field(() => DecimalScalar) low!: string;
  @Field(() => DecimalScalar) expected!: string;
  @Field(() => DecimalScalar) high!: string;
  @Field(() => DecimalScalar) lowReal!: string;
  @Field(() => DecimalScalar) expectedReal!: string;
  @Field(() => DecimalScalar) highReal!: string;
  @Field(() => Boolean, { nullable: true, description: "Whether the expected outcome reaches the goal's target" }) reachesTarget!: boolean | null;
}

@ObjectType('RiskAllocation')
export class RiskAllocationType {
  @Field(() => RiskLevel) riskLevel!: RiskLevel;
  @Field(() => DecimalScalar) amount!: string;
  @Field(() => DecimalScalar, { description: 'Percent of the plan' }) percent!: string;
}

@ObjectType('ScheduleMonth')
export class ScheduleMonthType {
  @Field(() => Int) month!: number;
  @Field(() => DecimalScalar) instalment!: string;
  @Field(() => DecimalScalar) principal!: string;
  @Field(() => DecimalScalar) interest!: string;
  @Field(() => DecimalScalar, { description: 'Still owed after it' }) balance!: string;
}

@ObjectType('LoanPartSchedule')
export class LoanPartScheduleType {
  @Field(() => String, { description: 'BUSINESS or CONSUMER' }) kind!: string;
  @Field(() => DecimalScalar) firstInstalment!: string;
  @Field(() => DecimalScalar) lastInstalment!: string;
  @Field(() => DecimalScalar) totalInterest!: string;
  @Field(() => DecimalScalar) totalRepaid!: string;
  @Field(() => [ScheduleMonthType]) lines!: ScheduleMonthType[];
}

@ObjectType('CombinedLoanSchedule', { description: 'Each part of a combined loan and their sum month by month, exact to the fen' })
export class CombinedLoanScheduleType {
  @Field(() => [LoanPartScheduleType]) parts!: LoanPartScheduleType[];
  @Field(() => [ScheduleMonthType]) combined!: ScheduleMonthType[];
  @Field(() => DecimalScalar) totalInterest!: string;
  @Field(() => DecimalScalar) totalRepaid!: string;
  @Field(() => DecimalScalar, { description: 'The highest combined monthly instalment' }) peakInstalment!: string;
}

@ObjectType('PlanLineCheck', { description: 'How a product at an amount stands for the goal: the suitability decision and the plan’s rules' })
export class PlanLineCheckType {
  @Field(() => Boolean, { description: 'The suitability decision' }) allowed!: boolean;
  @Field(() => String, { description: 'ALLOWED, WARNING_REQUIRED (above the level: the special warning) or REFUSED' }) gate!: string;
  @Field(() => [SuitabilityReasonType]) reasons!: SuitabilityReasonType[];
  @Field(() => [GraphQLJSONObject], { description: 'The plan’s rules broken: { code, field, message } (minimum, private-fund floor, term)' })
  violations!: object[];
}

@ObjectType('PlanProduct', { description: 'A product on sale that a plan may hold (an investment line) or borrow from (a loan part)' })
export class PlanProductType {
  @Field(() => ID) id!: string;
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) nameEn!: string | null;
  @Field(() => ProductType) type!: ProductType;
  @Field(() => RiskLevel) riskLevel!: RiskLevel;
  @Field(() => DecimalScalar, { nullable: true }) minInvestment!: string | null;
  @Field(() => Int, { nullable: true, description: 'In days; null: open-ended' }) termDays!: number | null;
  @Field(() => DecimalScalar, { nullable: true }) expectedReturnMin!: string | null;
  @Field(() => DecimalScalar, { nullable: true }) expectedReturnMax!: string | null;
  @Field(() => ProposalRole, { nullable: true, description: 'Its role in an investment plan (null: a loan)' }) role!: ProposalRole | null;
}
