import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow } from '../../common/auth';
import type { RequestContext } from '../../common/context';
import { assertListSize } from '../../common/errors';
import { Role } from '../../common/enums';
import { Customer } from '../customers';
import { RiskAssessment, RiskQuestionnaire } from './risk-assessment.entity';
import { AnswerInput, QuestionnaireInput } from './risk-assessment.inputs';
import { RiskAssessmentService } from './risk-assessment.service';

/** The risk questionnaire, assessments, and the customer's `riskAssessments`. */
@Resolver(() => Customer)
export class RiskProfileResolver {
  @Allow(Role.VIEWER)
  @Query(() => RiskQuestionnaire, { description: 'The risk questionnaire in force (the defaults until one is saved)' })
  riskQuestionnaire(@Ctx() ctx: RequestContext) {
    return RiskAssessmentService.questionnaire(ctx);
  }

  @Allow(Role.PRODUCT_MANAGER)
  @Mutation(() => RiskQuestionnaire, { description: 'Save a new version of the risk questionnaire (questions, option scores, bands, validity)' })
  setRiskQuestionnaire(@Ctx() ctx: RequestContext, @Arg('definition', () => QuestionnaireInput) definition: QuestionnaireInput) {
    return RiskAssessmentService.save(ctx, definition);
  }

  @Allow(Role.PRODUCT_MANAGER)
  @Mutation(() => RiskAssessment, { description: "Score a customer's answers and make the result their risk level (send the customer's version)" })
  recordRiskAssessment(
    @Ctx() ctx: RequestContext,
    @Arg('customerId', () => ID) customerId: string,
    @Arg('version', () => Int) version: number,
    @Arg('answers', () => [AnswerInput], { description: 'One per question; at most 50' }) answers: AnswerInput[],
    @Arg('forPrivateFunds', () => Boolean, { defaultValue: false }) forPrivateFunds: boolean,
  ) {
    assertListSize('answers', answers, 50);
    return RiskAssessmentService.record(ctx, customerId, version, answers, forPrivateFunds);
  }

  @FieldResolver(() => [RiskAssessment], { description: "The customer's risk assessments, newest first" })
  riskAssessments(@Root() customer: Customer, @Ctx() ctx: RequestContext) {
    return RiskAssessmentService.history(ctx, customer.id);
  }
}
