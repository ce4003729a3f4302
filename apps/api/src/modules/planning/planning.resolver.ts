import { Arg, Field, InputType, Int, ObjectType, Query, Resolver } from 'type-graphql';
import {
  educationInputViolations,
  educationPlan,
  retirementInputViolations,
  retirementPlan,
  type EducationInput,
  type EducationPlan as EducationResult,
  type RetirementInput,
  type RetirementPlan as RetirementResult,
} from '@tierwise/domain';
import { Public } from '../../common/auth';
import { assertNoViolations } from '../../common/errors';
import { DecimalScalar } from '../../common/scalars';

@InputType('RetirementPlanInput')
class RetirementPlanInput implements RetirementInput {
  @Field(() => Int) currentAge!: number;
  @Field(() => Int) retirementAge!: number;
  @Field(() => Int) lifeExpectancy!: number;
  @Field(() => DecimalScalar, { description: 'Savings set aside for retirement today (CNY)' }) currentSavings!: string;
  @Field(() => DecimalScalar, { description: 'Saved every month until retirement (CNY)' }) monthlyContribution!: string;
  @Field(() => DecimalScalar, { description: 'Expected annual return, percent (e.g. "4.5")' }) expectedReturn!: string;
  @Field(() => DecimalScalar, { description: 'Expected annual inflation, percent' }) inflation!: string;
  @Field(() => DecimalScalar, { description: "Monthly income wanted in retirement, in today's money (CNY)" }) desiredMonthlyIncome!: string;
}

@ObjectType('RetirementPlan', { description: 'Monthly compounding at the annual rate ÷ 12; see packages/domain/src/planning.ts for the formulas' })
class RetirementPlanResult implements RetirementResult {
  @Field(() => Int) yearsToRetirement!: number;
  @Field(() => Int) yearsInRetirement!: number;
  @Field(() => DecimalScalar, { description: 'The desired income at the retirement date, grown by inflation' }) monthlyIncomeAtRetirement!: string;
  @Field(() => DecimalScalar, { description: 'What savings and contributions grow to by retirement' }) projectedPot!: string;
  @Field(() => DecimalScalar, { description: 'What pays the income, rising with inflation, until life expectancy' }) requiredPot!: string;
  @Field(() => DecimalScalar, { description: 'requiredPot − projectedPot, or 0 when on track' }) gap!: string;
  @Field(() => DecimalScalar, { nullable: true, description: 'Extra monthly saving that closes the gap (rounded up to the cent); null when retiring now' })
  additionalMonthlySaving!: string | null;
}

@InputType('EducationPlanInput')
class EducationPlanInput implements EducationInput {
  @Field(() => Int) childAge!: number;
  @Field(() => Int, { description: 'Age at which study starts' }) startAge!: number;
  @Field(() => DecimalScalar, { description: "A year of study at today's prices (CNY)" }) annualCostToday!: string;
  @Field(() => Int) yearsOfStudy!: number;
  @Field(() => DecimalScalar, { description: 'Annual rise of education costs, percent' }) educationInflation!: string;
  @Field(() => DecimalScalar, { description: 'Expected annual return, percent' }) expectedReturn!: string;
  @Field(() => DecimalScalar, { description: "Already set aside for the child's education (CNY)" }) currentSavings!: string;
}

@ObjectType('EducationPlan')
class EducationPlanResult implements EducationResult {
  @Field(() => Int) yearsToStart!: number;
  @Field(() => DecimalScalar, { description: 'The first year of study at its price when it starts' }) firstYearCost!: string;
  @Field(() => DecimalScalar, { description: 'Needed in hand at the start to pay every year of study' }) amountNeededAtStart!: string;
  @Field(() => DecimalScalar, { description: 'What current savings grow to by the start' }) projectedSavings!: string;
  @Field(() => DecimalScalar) gap!: string;
  @Field(() => DecimalScalar, { nullable: true, description: 'Monthly saving from now that closes the gap (rounded up); null when study starts now' })
  monthlySavingNeeded!: string | null;
}

/** The self-service planning tools: pure calculations on what the caller sends, no customer data read or kept. */
@Resolver()
export class PlanningResolver {
  @Public()
  @Query(() => RetirementPlanResult, { description: 'Retirement calculator: projected pot, pot required, gap and the monthly saving that closes it' })
  retirementPlan(@Arg('input', () => RetirementPlanInput) input: RetirementPlanInput): RetirementResult {
    assertNoViolations(retirementInputViolations(input));
    return retirementPlan(input);
  }

  @Public()
  @Query(() => EducationPlanResult, { description: 'Education-fund planner: amount needed when study starts and the monthly saving to get there' })
  educationPlan(@Arg('input', () => EducationPlanInput) input: EducationPlanInput): EducationResult {
    assertNoViolations(educationInputViolations(input));
    return educationPlan(input);
  }
}
