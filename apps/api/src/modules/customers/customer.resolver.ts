import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { assertBatchSize, assertListSize } from '../../common/errors';
import { Allow } from '../../common/auth';
import type { RequestContext } from '../../common/context';
import { createCrudResolver } from '../../common/crud.resolver';
import { Role } from '../../common/enums';
import { Customer } from './customer.entity';
import { AumSnapshotInput, CreateCustomerArgs, CustomerFilter, CustomerUpsertInput, HoldingInput, UpdateCustomerArgs } from './customer.inputs';
import { Holding } from './holding.entity';
import { RetierJob } from './retier-job.entity';
import { Consent, ConsentKind } from './consent.entity';
import { ConsentService } from './consent.service';
import { RiskAssessment, RiskQuestionnaire } from './risk-assessment.entity';
import { AnswerInput, QuestionnaireInput } from './risk-assessment.inputs';
import { RiskAssessmentService } from './risk-assessment.service';
import { RetierService } from './retier.service';
import { TierChange } from './tier-change.entity';
import { CustomerService } from './customer.service';


@ObjectType('CustomerPersonalData', { description: 'Personal data in full: only through revealCustomer, which is audited' })
class CustomerPersonalData {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => String, { nullable: true }) idNumber!: string | null;
}

@ObjectType('SuitabilityReason')
class SuitabilityReasonType {
  @Field(() => String, { description: 'Stable code, e.g. RISK_LEVEL_EXCEEDED' }) code!: string;
  @Field(() => Boolean, { description: 'Whether this reason alone forbids the sale' }) blocking!: boolean;
  @Field(() => String, { description: 'The English text; show your own translation of `code` with `params` instead' }) message!: string;
  @Field(() => GraphQLJSONObject, { description: 'What the message names, as codes and numbers (e.g. {"need": "RETIREMENT"}), for translating `code`' })
  params!: Record<string, string>;
}

@ObjectType('SuitabilityDecision')
class SuitabilityDecisionType {
  @Field(() => Boolean) allowed!: boolean;
  @Field(() => [SuitabilityReasonType]) reasons!: SuitabilityReasonType[];
}

@ObjectType('BatchResult')
class BatchResult {
  @Field(() => Int) created!: number;
  @Field(() => Int) updated!: number;
}

@Resolver(() => Customer)
export class CustomerResolver extends createCrudResolver({
  type: Customer, plural: 'Customers', filter: CustomerFilter, createArgs: CreateCustomerArgs, updateArgs: UpdateCustomerArgs,
  service: CustomerService, read: Role.VIEWER, write: Role.PRODUCT_MANAGER,
}) {
  @Allow(Role.PRODUCT_MANAGER)
  @Mutation(() => BatchResult, { description: 'Create or update up to 1,000 customers by externalRef, all or none' })
  upsertCustomers(@Ctx() ctx: RequestContext, @Arg('items', () => [CustomerUpsertInput], { validate: true, description: 'At most 1,000' }) items: CustomerUpsertInput[]) {
    assertBatchSize(items);
    return CustomerService.upsertMany(ctx, items);
  }

  @Allow(Role.PRODUCT_MANAGER)
  @Mutation(() => BatchResult, { description: 'Record up to 1,000 daily AUM snapshots, all or none' })
  upsertAumSnapshots(@Ctx() ctx: RequestContext, @Arg('items', () => [AumSnapshotInput], { description: 'At most 1,000' }) items: AumSnapshotInput[]) {
    assertBatchSize(items);
    return CustomerService.upsertSnapshots(ctx, items);
  }

  @Allow(Role.PRODUCT_MANAGER)
  @Mutation(() => BatchResult, { description: "Record up to 1,000 holdings by the institution's holding id, all or none" })
  upsertHoldings(@Ctx() ctx: RequestContext, @Arg('items', () => [HoldingInput], { description: 'At most 1,000' }) items: HoldingInput[]) {
    assertBatchSize(items);
    return CustomerService.upsertHoldings(ctx, items);
  }

  @FieldResolver(() => [Holding], { description: 'What the customer holds with the institution' })
  holdings(@Root() customer: Customer, @Ctx() ctx: RequestContext) {
    return CustomerService.holdings(ctx, customer.id);
  }

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
  recordRiskAssessment(@Ctx() ctx: RequestContext, @Arg('customerId', () => ID) customerId: string, @Arg('version', () => Int) version: number,
    @Arg('answers', () => [AnswerInput], { description: 'One per question; at most 50' }) answers: AnswerInput[],
    @Arg('forPrivateFunds', () => Boolean, { defaultValue: false }) forPrivateFunds: boolean) {
    assertListSize('answers', answers, 50);
    return RiskAssessmentService.record(ctx, customerId, version, answers, forPrivateFunds);
  }

  @FieldResolver(() => [RiskAssessment], { description: "The customer's risk assessments, newest first" })
  riskAssessments(@Root() customer: Customer, @Ctx() ctx: RequestContext) {
    return RiskAssessmentService.history(ctx, customer.id);
  }

  @Allow(Role.PRODUCT_MANAGER)
  @Mutation(() => Consent, { description: 'Record a consent given or withdrawn (marketing per channel; data sharing per partner)' })
  setConsent(@Ctx() ctx: RequestContext, @Arg('customerId', () => ID) customerId: string, @Arg('kind', () => ConsentKind) kind: ConsentKind,
    @Arg('granted', () => Boolean) granted: boolean, @Arg('partnerId', () => ID, { nullable: true }) partnerId?: string) {
    return ConsentService.set(ctx, customerId, kind, partnerId ?? null, granted);
  }

  @FieldResolver(() => [Consent], { description: 'The consents in force (latest per kind and partner)' })
  consents(@Root() customer: Customer, @Ctx() ctx: RequestContext) {
    return ConsentService.current(ctx, customer.id);
  }

  @Allow(Role.PRODUCT_MANAGER)
  @Mutation(() => RetierJob, { description: 'Re-tier every customer in the background (one run at a time); follow it with retierJob' })
  startRetier(@Ctx() ctx: RequestContext) {
    return RetierService.start(ctx);
  }

  @Allow(Role.VIEWER)
  @Query(() => RetierJob, { description: 'Progress of a re-tiering run' })
  retierJob(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return RetierService.get(ctx, id);
  }

  @Allow(Role.VIEWER)
  @Query(() => RetierJob, { nullable: true, description: 'The latest re-tiering run (on demand or after a change of the tier ranges), or null before the first' })
  latestRetierJob(@Ctx() ctx: RequestContext) {
    return RetierService.latest(ctx);
  }

  @FieldResolver(() => [TierChange], { description: "The customer's tier changes, newest first" })
  tierHistory(@Root() customer: Customer, @Ctx() ctx: RequestContext) {
    return RetierService.history(ctx, customer.id);
  }

  @Allow(Role.ADMIN)
  @Query(() => CustomerPersonalData, { description: "A customer's name, phone and ID number in full (audited)" })
  revealCustomer(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return CustomerService.reveal(ctx, id);
  }

  @Allow(Role.VIEWER)
  @Query(() => SuitabilityDecisionType, { description: 'May this product be offered to this customer now, and why (every reason that applies)' })
  suitability(@Ctx() ctx: RequestContext, @Arg('customerId', () => ID) customerId: string, @Arg('productId', () => ID) productId: string) {
    return CustomerService.suitability(ctx, customerId, productId);
  }
}
