import { Arg, Args, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { Allow, AllowOrAdvisor, AllowOrAdvisorFor, AllowOrScope, registerCustomerOwner } from '../../common/auth';
import { ApiScope } from '@tierwise/domain';
import type { RequestContext } from '../../common/context';
import { createCrudResolver } from '../../common/crud.resolver';
import { catalogueChanges, pendingChangesResolver } from '../approvals';
import { ChangeResource } from '../../common/enums';
import { Role } from '../../common/enums';
import { assertBatchSize } from '../../common/errors';
import { Customer } from '../customers';
import { CustomerNeed } from './customer-need.entity';
import { NeedRule } from './need-rule.entity';
import { BehaviourEventInput, CreateNeedRuleArgs, InterviewNeedArgs, NeedRuleFilter, UpdateNeedRuleArgs } from './needs.inputs';
import { NeedService } from './needs.service';

/** A need is its customer's (the app's customer-facing API acts on the customer's own). */
registerCustomerOwner(
  'need',
  'CustomerNeed',
  async (ctx, id) => (await ctx.manager.findOne(CustomerNeed, { where: { id }, select: { id: true, customerId: true } }))?.customerId ?? null,
);

@ObjectType('BehaviourBatchResult')
class BehaviourBatchResult {
  @Field(() => Int, { description: 'Events stored' }) accepted!: number;
  @Field(() => Int, { description: 'Events already stored (same id), ignored' }) duplicates!: number;
  @Field(() => String, { nullable: true, description: 'The background job evaluating the need rules on the new events (none when nothing new was stored)' })
  detectionJob!: string | null;
}

/** Need rules (configured in the console), behaviour events in, advisors' interview needs. */
@Resolver(() => NeedRule)
export class NeedRuleResolver extends createCrudResolver({
  type: NeedRule,
  plural: 'NeedRules',
  filter: NeedRuleFilter,
  createArgs: CreateNeedRuleArgs,
  updateArgs: UpdateNeedRuleArgs,
  service: NeedService.rules,
  read: Role.VIEWER,
  write: Role.PRODUCT_MANAGER,
  guard: catalogueChanges({ resource: ChangeResource.NEED_RULE, typeName: 'NeedRule', service: NeedService.rules }),
}) {
  @AllowOrScope(Role.PRODUCT_MANAGER, ApiScope.EVENTS_WRITE)
  @Mutation(() => BehaviourBatchResult, {
    description:
      'Record up to 1,000 behaviour events from the app backend (an API key with events:write; all or none; a known event id is ignored), then apply the need rules',
  })
  recordBehaviourEvents(@Ctx() ctx: RequestContext, @Arg('items', () => [BehaviourEventInput], { description: 'At most 1,000' }) items: BehaviourEventInput[]) {
    assertBatchSize(items);
    return NeedService.recordEvents(ctx, items);
  }

  @AllowOrAdvisor(Role.PRODUCT_MANAGER, 'customerId')
  @Mutation(() => CustomerNeed, { description: "Record or confirm a need from an advisor's interview (e.g. the quarterly HNW interview)" })
  recordInterviewNeed(@Ctx() ctx: RequestContext, @Args(() => InterviewNeedArgs) args: InterviewNeedArgs) {
    return NeedService.recordInterview(ctx, args);
  }

  @AllowOrAdvisorFor(Role.PRODUCT_MANAGER, 'need')
  @Mutation(() => CustomerNeed, {
    description:
      'An advisor says whether a detected need is right: confirmed, it holds on (as long as an interview would); rejected, it lapses now. Either counts in the need identification accuracy, by rule',
  })
  judgeCustomerNeed(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('confirmed', () => Boolean) confirmed: boolean) {
    return confirmed ? NeedService.confirm(ctx, id) : NeedService.reject(ctx, id);
  }

  @Allow(Role.PRODUCT_MANAGER)
  @Mutation(() => CustomerNeed, { description: 'Close a need that no longer holds (kept as history)' })
  closeCustomerNeed(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return NeedService.close(ctx, id);
  }
}

@Resolver(() => Customer)
export class CustomerNeedsResolver {
  @FieldResolver(() => [CustomerNeed], { description: 'The needs in force (from rules or interviews), strongest first, each with its evidence' })
  needs(@Root() customer: Customer, @Ctx() ctx: RequestContext) {
    return NeedService.active(ctx, customer.id);
  }
}

/** Four eyes: a NeedRule's pending changes. */
export const NeedRulePendingChangesResolver = pendingChangesResolver(NeedRule);
