import { Arg, Args, Ctx, Field, Float, GraphQLISODateTime, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { ApiScope } from '@tierwise/domain';
import { Allow, AllowOrScope } from '../../common/auth';
import type { RequestContext } from '../../common/context';
import { createCrudResolver, createReadResolver } from '../../common/crud.resolver';
import { AskOutcome, ChangeResource, OwnDataIntent, Role } from '../../common/enums';
import { badInput } from '../../common/errors';
import { catalogueChanges, pendingChangesResolver } from '../approvals';
import { ServiceRequest } from '../service-desk';
import { AssistantQuestion, KnowledgeEntry } from './assistant.entity';
import { AskArgs, AssistantQuestionFilter, CreateKnowledgeEntryArgs, KnowledgeEntryFilter, UpdateKnowledgeEntryArgs } from './assistant.inputs';
import { AssistantService } from './assistant.service';

@ObjectType('AskAlternative')
class AskAlternative {
  @Field(() => KnowledgeEntry) entry!: KnowledgeEntry;
  @Field(() => Float) confidence!: number;
}

@ObjectType('AskAnswer', { description: 'What the smart customer service answers' })
class AskAnswer {
  @Field(() => ID, { description: 'The question as recorded' }) questionId!: string;
  @Field(() => AskOutcome) outcome!: AskOutcome;
  @Field(() => Float, { description: 'How sure the answer is, 0–1 (below the threshold a person takes over)' }) confidence!: number;
  @Field(() => KnowledgeEntry, { nullable: true, description: 'The entry that answers (the best guess when handed off)' }) entry!: KnowledgeEntry | null;
  @Field(() => String, { nullable: true, description: 'The answer in the language asked' }) text!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'ANSWER, HANDED_OFF, NOT_ANSWERED, SIGN_IN_NEEDED, or an own-data code (TIER, BENEFITS_LEFT, ASSESSMENT_VALID…) with params',
  })
  code!: string | null;
  @Field(() => GraphQLJSONObject, { nullable: true }) params!: Record<string, string> | null;
  @Field(() => OwnDataIntent, { nullable: true }) intent!: OwnDataIntent | null;
  @Field(() => [AskAlternative], { description: 'Other entries that may answer it, best first (at most 3)' }) alternatives!: AskAlternative[];
  @Field(() => ServiceRequest, { nullable: true, description: 'The request a person takes it over in' }) serviceRequest!: ServiceRequest | null;
}

@ObjectType('AssistantKpis', { description: "The smart customer service's numbers over a period (targets: answered 80%, self-service 70%)" })
class AssistantKpis {
  @Field(() => GraphQLISODateTime) from!: Date;
  @Field(() => GraphQLISODateTime) to!: Date;
  @Field(() => Int) asked!: number;
  @Field(() => Int, { description: 'Answered from the knowledge base or the customer’s own data' }) answered!: number;
  @Field(() => Int, { description: '…and not re-asked by the customer within 24 hours' }) answeredNotReasked!: number;
  @Field(() => Int) handedOff!: number;
  @Field(() => Int, { description: 'Neither answered nor handed off (asked without a customer): candidates for new entries' }) unanswered!: number;
  @Field(() => Int, { description: 'Asked by voice' }) voice!: number;
  @Field(() => Float, { nullable: true, description: 'answeredNotReasked ÷ asked (null: nothing asked)' }) answeredRate!: number | null;
  @Field(() => Int, { description: 'Service requests resolved in the period' }) resolvedRequests!: number;
  @Field(() => Int, { description: '…that no staff user handled' }) resolvedWithoutPerson!: number;
  @Field(() => Float, {
    nullable: true,
    description: '(answeredNotReasked + resolvedWithoutPerson) ÷ (asked − handedOff + resolvedRequests): needs met without a person (null: none)',
  })
  selfServiceRate!: number | null;
  @Field(() => Float, { description: 'The confidence below which a person takes over (ASSISTANT_MIN_CONFIDENCE)' }) minConfidence!: number;
}

/** The knowledge base: product managers write it, checkers approve it (four eyes), the assistant answers from it. */
@Resolver(() => KnowledgeEntry)
export class KnowledgeEntryResolver extends createCrudResolver({
  type: KnowledgeEntry,
  plural: 'KnowledgeEntries',
  filter: KnowledgeEntryFilter,
  createArgs: CreateKnowledgeEntryArgs,
  updateArgs: UpdateKnowledgeEntryArgs,
  service: AssistantService,
  read: Role.VIEWER,
  write: Role.PRODUCT_MANAGER,
  guard: catalogueChanges({ resource: ChangeResource.KNOWLEDGE_ENTRY, typeName: 'KnowledgeEntry', service: AssistantService }),
}) {}

/** Four eyes: a KnowledgeEntry's pending changes. */
export const KnowledgeEntryPendingChangesResolver = pendingChangesResolver(KnowledgeEntry);

/** What was asked, and how it ended (the console's list of questions to turn into entries). */
@Resolver(() => AssistantQuestion)
export class AssistantQuestionResolver extends createReadResolver({
  type: AssistantQuestion,
  plural: 'AssistantQuestions',
  filter: AssistantQuestionFilter,
  service: AssistantService.questions,
  read: Role.VIEWER,
}) {
  @AllowOrScope(Role.PRODUCT_MANAGER, ApiScope.CUSTOMERS_SELF)
  @Mutation(() => AskAnswer, {
    description:
      "Ask the smart customer service (the app, for the customer it names; product managers, to try it). Own-data questions are answered from the customer's records; below the confidence threshold, or on request, a person takes over in a service request",
  })
  ask(@Ctx() ctx: RequestContext, @Args(() => AskArgs) args: AskArgs) {
    return AssistantService.ask(ctx, args);
  }

  @Allow(Role.VIEWER)
  @Query(() => AssistantKpis, { description: 'The smart customer service’s KPIs over a period (the last 30 days unless given; at most 366 days)' })
  assistantKpis(
    @Ctx() ctx: RequestContext,
    @Arg('from', () => GraphQLISODateTime, { nullable: true }) from?: Date,
    @Arg('to', () => GraphQLISODateTime, { nullable: true }) to?: Date,
  ) {
    const period = AssistantService.defaultPeriod();
    const start = from ?? period.from;
    const end = to ?? period.to;
    if (end <= start || end.getTime() - start.getTime() > 366 * 86_400_000)
      throw badInput([{ field: 'to', code: 'INVALID_PERIOD', message: 'A period ends after it starts and lasts at most 366 days' }]);
    return AssistantService.kpis(ctx, start, end);
  }
}
