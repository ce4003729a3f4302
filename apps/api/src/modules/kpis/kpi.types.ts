import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Kpi } from '@tierwise/domain';
import { DecimalScalar } from '../../common/scalars';

registerEnumType(Kpi, { name: 'Kpi', description: "The plan's targets (PRODUCT.md), each computed from recorded data" });

@ObjectType('KpiMonth', { description: "A KPI's value in one month" })
export class KpiMonthType {
  @Field(() => String, { description: 'YYYY-MM (Asia/Shanghai)' }) month!: string;
  @Field(() => DecimalScalar, { nullable: true, description: 'Percent (null: nothing to measure that month)' }) value!: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'What was counted (money for AUM growth and revenue)' }) part!: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'Out of' }) whole!: string | null;
}

@ObjectType('KpiResult', { description: 'One KPI: its value in the last month asked for, its target, baseline and trend' })
export class KpiResultType {
  @Field(() => Kpi) kpi!: Kpi;
  @Field(() => String, { description: 'The month the value is of (the last asked for)' }) month!: string;
  @Field(() => GraphQLISODateTime, { nullable: true, description: "When that month's figures were measured (the snapshot job's last run over it)" })
  measuredAt!: Date | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'Percent; null when there was nothing to measure (no data is not 0%)' }) value!: string | null;
  @Field(() => DecimalScalar, { nullable: true }) part!: string | null;
  @Field(() => DecimalScalar, { nullable: true }) whole!: string | null;
  @Field(() => Int, { nullable: true, description: 'Response time: the median working minutes to the first answer' }) median!: number | null;
  @Field(() => DecimalScalar, { description: 'Percent: the level to reach, or (churn) the relative fall' }) target!: string;
  @Field(() => String, { description: 'AT_LEAST (a standing level), REACH_BY (within targetMonths of the baseline) or RELATIVE_FALL' }) targetKind!: string;
  @Field(() => Int, { nullable: true, description: 'The period the target applies to, in months' }) targetMonths!: number | null;
  @Field(() => String, { nullable: true, description: 'The month by which the target is to be reached (from the baseline)' }) targetBy!: string | null;
  @Field(() => String, { nullable: true, description: 'The first month measured' }) baselineMonth!: string | null;
  @Field(() => DecimalScalar, { nullable: true }) baseline!: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'The value expected by now on the straight path from the baseline to the target' }) expected!:
    string | null;
  @Field(() => Boolean, { nullable: true, description: 'Null: nothing measured yet' }) onTrack!: boolean | null;
  @Field(() => [KpiMonthType]) trend!: KpiMonthType[];
}

@ObjectType('KpiTierValue', { description: "A KPI's value for one tier in one month" })
export class KpiTierValueType {
  @Field(() => ID, { nullable: true, description: 'Null: customers without a tier' }) tierId!: string | null;
  @Field(() => DecimalScalar, { nullable: true }) value!: string | null;
  @Field(() => DecimalScalar, { nullable: true }) part!: string | null;
  @Field(() => DecimalScalar, { nullable: true }) whole!: string | null;
}

@ObjectType('NeedRuleAccuracy', { description: "A need rule's detections judged by advisors and customers in a month" })
export class NeedRuleAccuracyType {
  @Field(() => ID) ruleId!: string;
  @Field(() => Int) judged!: number;
  @Field(() => Int) confirmed!: number;
  @Field(() => DecimalScalar, { nullable: true, description: 'Percent confirmed' }) value!: string | null;
}

@ObjectType('KpiRecord', { description: 'A record behind a KPI that falls short (a customer or a service request)' })
export class KpiRecordType {
  @Field(() => ID, { description: 'The service request (response time) or the customer' }) id!: string;
  @Field(() => ID) customerId!: string;
  @Field(() => String, { description: "The customer's name, masked" }) customerName!: string;
  @Field(() => ID, { nullable: true }) tierId!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) at!: Date | null;
  @Field(() => String, {
    description:
      'Why it counts against the KPI: ONE_PURCHASE, NOT_ANSWERED, ANSWERED_LATE, NO_VALID_ASSESSMENT, NO_LIFE_STAGE, NO_OCCUPATION, NO_TIER, NO_NEED_OR_INTERVIEW, CLOSED, AUM_ZERO',
  })
  reason!: string;
}
