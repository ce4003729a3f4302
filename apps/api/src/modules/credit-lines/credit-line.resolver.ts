import { Arg, Args, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import { ApiScope, ChangeResource } from '@tierwise/domain';
import { Allow, AllowOrAdvisor, AllowOrAdvisorFor, AllowOrScope, registerCustomerOwner } from '../../common/auth';
import type { RequestContext } from '../../common/context';
import { createCrudResolver, createReadResolver } from '../../common/crud.resolver';
import { Role } from '../../common/enums';
import { assertBatchSize } from '../../common/errors';
import { catalogueChanges, pendingChangesResolver } from '../approvals';
import { Customer } from '../customers';
import { CreditLimitChange, CreditLine, CreditLineRule } from './credit-line.entity';
import {
  CreateCreditLineRuleArgs,
  CreditConductInput,
  CreditLimitChangeFilter,
  CreditLineFilter,
  CreditLineRuleFilter,
  DecideLimitArgs,
  OpenCreditLineArgs,
  ProposeLimitArgs,
  UpdateCreditLineRuleArgs,
} from './credit-line.inputs';
import { CreditLineService } from './credit-line.service';

/** A credit line is its customer's: an advisor reaches those of their own portfolio. */
registerCustomerOwner(
  'creditLine',
  'CreditLine',
  async (ctx, id) => (await ctx.manager.findOne(CreditLine, { where: { id }, select: { id: true, customerId: true } }))?.customerId ?? null,
);

/** The rules that propose credit-limit changes, configured by product managers under four eyes. */
@Resolver(() => CreditLineRule)
export class CreditLineRuleResolver extends createCrudResolver({
  type: CreditLineRule,
  plural: 'CreditLineRules',
  filter: CreditLineRuleFilter,
  createArgs: CreateCreditLineRuleArgs,
  updateArgs: UpdateCreditLineRuleArgs,
  service: CreditLineService.rules,
  read: Role.VIEWER,
  write: Role.PRODUCT_MANAGER,
  guard: catalogueChanges({ resource: ChangeResource.CREDIT_LINE_RULE, typeName: 'CreditLineRule', service: CreditLineService.rules }),
}) {}

export const CreditLineRulePendingChangesResolver = pendingChangesResolver(CreditLineRule);

/** Customers' credit lines: opened, their repayment conduct reported, their limit history. */
@Resolver(() => CreditLine)
export class CreditLineResolver extends createReadResolver({
  type: CreditLine,
  plural: 'CreditLines',
  filter: CreditLineFilter,
  service: CreditLineService,
  read: Role.VIEWER,
}) {
  @AllowOrAdvisor(Role.PRODUCT_MANAGER, 'customerId')
  @Mutation(() => CreditLine, { description: 'Open a credit line (a CREDIT_LINE product) for a customer at a limit' })
  openCreditLine(@Ctx() ctx: RequestContext, @Args(() => OpenCreditLineArgs) args: OpenCreditLineArgs) {
    return CreditLineService.open(ctx, args);
  }

  @AllowOrScope(Role.PRODUCT_MANAGER, ApiScope.EVENTS_WRITE)
  @Mutation(() => Int, {
    description: "The core system's repayment figures for up to 1,000 lines (an API key with events:write; all or none): what the monthly review reads",
  })
  recordCreditConduct(@Ctx() ctx: RequestContext, @Arg('items', () => [CreditConductInput], { description: 'At most 1,000' }) items: CreditConductInput[]) {
    assertBatchSize(items);
    return CreditLineService.recordConduct(ctx, items);
  }

  @AllowOrAdvisorFor(Role.PRODUCT_MANAGER, 'creditLine', { idArg: 'creditLineId' })
  @Mutation(() => CreditLimitChange, { description: 'Propose a new limit for a line (another person, a credit checker, decides)' })
  proposeCreditLimit(@Ctx() ctx: RequestContext, @Args(() => ProposeLimitArgs) args: ProposeLimitArgs) {
    return CreditLineService.propose(ctx, args);
  }

  @FieldResolver(() => [CreditLimitChange], { description: 'Its limit history: every change proposed, applied or rejected, newest first (at most 100)' })
  history(@Root() line: CreditLine, @Ctx() ctx: RequestContext) {
    return CreditLineService.historyOf(ctx, line.id);
  }
}

/** Credit-limit changes waiting for a checker, and those decided. */
@Resolver(() => CreditLimitChange)
export class CreditLimitChangeResolver extends createReadResolver({
  type: CreditLimitChange,
  plural: 'CreditLimitChanges',
  filter: CreditLimitChangeFilter,
  service: CreditLineService.changes,
  read: Role.VIEWER,
}) {
  @Allow(Role.VIEWER)
  @Mutation(() => CreditLimitChange, {
    description:
      'A credit checker (the CREDIT_LINE_RULE checker permission; never the proposer) applies a proposed change; the customer is told through outreach',
  })
  approveCreditLimitChange(@Ctx() ctx: RequestContext, @Args(() => DecideLimitArgs) args: DecideLimitArgs) {
    return CreditLineService.approve(ctx, args);
  }

  @Allow(Role.VIEWER)
  @Mutation(() => CreditLimitChange, { description: 'A credit checker rejects a proposed change, saying why' })
  rejectCreditLimitChange(@Ctx() ctx: RequestContext, @Args(() => DecideLimitArgs) args: DecideLimitArgs) {
    return CreditLineService.reject(ctx, args);
  }
}

/** A customer's credit lines, on the customer's page. */
@Resolver(() => Customer)
export class CustomerCreditLinesResolver {
  @FieldResolver(() => [CreditLine], { description: 'Credit lines (at most 20)' })
  creditLines(@Root() customer: Customer, @Ctx() ctx: RequestContext) {
    return CreditLineService.ofCustomer(ctx, customer.id);
  }
}
