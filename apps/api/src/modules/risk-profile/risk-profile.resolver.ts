import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ChangeOperation } from '@tierwise/domain';
import { ChangeArgs, ChangeRequestService, registerChange } from '../approvals';
import { Allow, AllowOrAdvisor } from '../../common/auth';
import type { RequestContext } from '../../common/context';
import { assertBatchSize, assertListSize } from '../../common/errors';
import { ChangeResource, Role } from '../../common/enums';
import { BatchResult, Customer } from '../customers';
import { DecimalScalar } from '../../common/scalars';
import { FinancialDeclaration, ProfessionalInvestorEvidence } from './investor-evidence.entity';
import { InvestorProfileService } from './investor-profile.service';
import { SuitabilityDecisionType } from './risk-profile.types';
import { RiskAssessment, RiskQuestionnaire } from './risk-assessment.entity';
import { AnswerInput, FinancialDeclarationInput, ProfessionalEvidenceInput, QuestionnaireInput, RiskAssessmentImportInput } from './risk-assessment.inputs';
import { RiskAssessmentService } from './risk-assessment.service';

/** The questionnaire is one record for four eyes, its version the questionnaire's. */
export const QUESTIONNAIRE_RECORD = 'RISK_QUESTIONNAIRE';
registerChange<{ definition: QuestionnaireInput }>({
  mutation: 'setRiskQuestionnaire',
  resource: ChangeResource.RISK_QUESTIONNAIRE,
  operation: ChangeOperation.UPDATE,
  targets: async (ctx) => {
    const q = await RiskAssessmentService.questionnaire(ctx);
    return [{ recordId: QUESTIONNAIRE_RECORD, label: `risk questionnaire v${q.version}`, version: q.version, before: { ...q.definition } }];
  },
  proposed: (args) => ({ ...args.definition }),
  run: (ctx, args) => RiskAssessmentService.save(ctx, args.definition),
  held: (ctx) => RiskAssessmentService.questionnaire(ctx),
  currentVersion: async (ctx) => (await RiskAssessmentService.questionnaire(ctx)).version,
});

/**
 * The investor profile: the risk questionnaire and assessments (the only source of the risk level), declarations,
 * professional-investor evidence, the suitability decision, and the Customer fields they give.
 */
@Resolver(() => Customer)
export class RiskProfileResolver {
  @Allow(Role.VIEWER)
  @Query(() => RiskQuestionnaire, { description: 'The risk questionnaire in force (the defaults until one is saved)' })
  riskQuestionnaire(@Ctx() ctx: RequestContext) {
    return RiskAssessmentService.questionnaire(ctx);
  }

  @Allow(Role.PRODUCT_MANAGER)
  @Mutation(() => RiskQuestionnaire, { description: 'Save a new version of the risk questionnaire (questions, option scores, bands, validity)' })
  setRiskQuestionnaire(
    @Ctx() ctx: RequestContext,
    @Arg('definition', () => QuestionnaireInput) definition: QuestionnaireInput,
    @Args(() => ChangeArgs) change: ChangeArgs,
  ) {
    return ChangeRequestService.write(ctx, 'setRiskQuestionnaire', { definition }, change);
  }

  @AllowOrAdvisor(Role.PRODUCT_MANAGER, 'customerId')
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

  @Allow(Role.PRODUCT_MANAGER)
  @Mutation(() => BatchResult, {
    description: "Import up to 1,000 assessments made in the institution's own system (each with its source and evidence), all or none",
  })
  upsertRiskAssessments(
    @Ctx() ctx: RequestContext,
    @Arg('items', () => [RiskAssessmentImportInput], { validate: true, description: 'At most 1,000' }) items: RiskAssessmentImportInput[],
  ) {
    assertBatchSize(items);
    return RiskAssessmentService.importMany(ctx, items);
  }

  @Allow(Role.PRODUCT_MANAGER)
  @Mutation(() => FinancialDeclaration, { description: 'Record assets or income the customer declares, with the evidence (counts for a year from its date)' })
  declareFinancials(
    @Ctx() ctx: RequestContext,
    @Arg('customerId', () => ID) customerId: string,
    @Arg('declaration', () => FinancialDeclarationInput, { validate: true }) declaration: FinancialDeclarationInput,
  ) {
    return InvestorProfileService.declare(ctx, customerId, declaration);
  }

  @Allow(Role.PRODUCT_MANAGER)
  @Mutation(() => ProfessionalInvestorEvidence, {
    description: 'Record the evidence of a professional-investor status (it counts only while it meets the thresholds and the review period)',
  })
  recordProfessionalEvidence(
    @Ctx() ctx: RequestContext,
    @Arg('customerId', () => ID) customerId: string,
    @Arg('evidence', () => ProfessionalEvidenceInput, { validate: true }) evidence: ProfessionalEvidenceInput,
  ) {
    return InvestorProfileService.recordProfessionalEvidence(ctx, customerId, evidence);
  }

  @Allow(Role.VIEWER)
  @Query(() => SuitabilityDecisionType, { description: 'May this product be offered to this customer now, and why (every reason that applies)' })
  suitability(@Ctx() ctx: RequestContext, @Arg('customerId', () => ID) customerId: string, @Arg('productId', () => ID) productId: string) {
    return InvestorProfileService.suitability(ctx, customerId, productId);
  }

  @FieldResolver(() => [FinancialDeclaration], { description: 'Declarations of assets and income elsewhere, newest first (stale ones included, as history)' })
  declarations(@Root() customer: Customer, @Ctx() ctx: RequestContext) {
    return InvestorProfileService.declarations(ctx, customer.id);
  }

  @FieldResolver(() => [ProfessionalInvestorEvidence], { description: 'Professional-investor evidence, newest first' })
  professionalEvidence(@Root() customer: Customer, @Ctx() ctx: RequestContext) {
    return InvestorProfileService.professionalEvidence(ctx, customer.id);
  }

  @FieldResolver(() => Boolean, { description: 'A professional investor now: evidence meeting the thresholds, within the review period' })
  professionalInvestor(@Root() customer: Customer, @Ctx() ctx: RequestContext) {
    return InvestorProfileService.isProfessional(ctx, customer);
  }

  @FieldResolver(() => DecimalScalar, { nullable: true, description: 'Financial assets held elsewhere that count now: declarations of the last year (CNY)' })
  financialAssetsElsewhere(@Root() customer: Customer, @Ctx() ctx: RequestContext) {
    return InvestorProfileService.assetsElsewhere(ctx, customer);
  }

  @FieldResolver(() => DecimalScalar, {
    nullable: true,
    description: 'Average annual income over the last three years, from the latest declaration of the last year (CNY)',
  })
  annualIncome(@Root() customer: Customer, @Ctx() ctx: RequestContext) {
    return InvestorProfileService.annualIncome(ctx, customer);
  }
}
