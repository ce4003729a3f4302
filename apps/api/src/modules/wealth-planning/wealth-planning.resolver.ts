import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow, AllowOrAdvisor, AllowOrAdvisorFor, registerCustomerOwner } from '../../common/auth';
import type { RequestContext } from '../../common/context';
import { createReadResolver } from '../../common/crud.resolver';
import { Role } from '../../common/enums';
import { Customer } from '../customers';
import { proposalSummaryHtml } from './summary';
import { CustomerGoal, Proposal, ProposalLine } from './wealth-planning.entity';
import {
  AcceptProposalArgs,
  CreateGoalArgs,
  CustomerGoalFilter,
  DeclineProposalArgs,
  DraftLoanProposalArgs,
  DraftProposalArgs,
  LineCheckArgs,
  ProposalFilter,
  ProposalVersionArgs,
  SetLoanPartsArgs,
  SetProposalLinesArgs,
  SummaryArgs,
  UpdateGoalArgs,
} from './wealth-planning.inputs';
import { WealthPlanningService } from './wealth-planning.service';
import { CombinedLoanScheduleType, PlanLineCheckType, PlanProductType, ProposalProjectionType, RiskAllocationType } from './wealth-planning.types';

/** A goal and a proposal are their customer's: an advisor reaches those of their own portfolio. */
registerCustomerOwner(
  'goal',
  'CustomerGoal',
  async (ctx, id) => (await ctx.manager.findOne(CustomerGoal, { where: { id }, select: { id: true, customerId: true } }))?.customerId ?? null,
);
registerCustomerOwner(
  'proposal',
  'Proposal',
  async (ctx, id) => (await ctx.manager.findOne(Proposal, { where: { id }, select: { id: true, customerId: true } }))?.customerId ?? null,
);

/** Customers' goals, recorded by their banker from a detected need or an interview. */
@Resolver(() => CustomerGoal)
export class CustomerGoalResolver extends createReadResolver({
  type: CustomerGoal,
  plural: 'CustomerGoals',
  filter: CustomerGoalFilter,
  service: WealthPlanningService.goals,
  read: Role.VIEWER,
}) {
  @AllowOrAdvisor(Role.PRODUCT_MANAGER, 'customerId')
  @Mutation(() => CustomerGoal, { description: "Record a customer's goal (from a detected need, or the interview)" })
  createCustomerGoal(@Ctx() ctx: RequestContext, @Args(() => CreateGoalArgs) args: CreateGoalArgs) {
    return WealthPlanningService.goals.create(ctx, args);
  }

  @AllowOrAdvisorFor(Role.PRODUCT_MANAGER, 'goal')
  @Mutation(() => CustomerGoal, { description: 'Change a goal (its proposals keep the figures they were made with until revised)' })
  updateCustomerGoal(@Ctx() ctx: RequestContext, @Args(() => UpdateGoalArgs) args: UpdateGoalArgs) {
    return WealthPlanningService.goals.update(ctx, args);
  }

  @FieldResolver(() => [Proposal], { description: 'Its proposals, newest revision first' })
  async proposals(@Root() goal: CustomerGoal, @Ctx() ctx: RequestContext) {
    return (await WealthPlanningService.ofCustomer(ctx, goal.customerId)).filter((p) => p.goalId === goal.id);
  }
}

/** Proposals for goals: drafted from the suggestion, edited with live checks, presented, accepted into orders. */
@Resolver(() => Proposal)
export class ProposalResolver extends createReadResolver({
  type: Proposal,
  plural: 'Proposals',
  filter: ProposalFilter,
  service: WealthPlanningService,
  read: Role.VIEWER,
}) {
  @AllowOrAdvisorFor(Role.PRODUCT_MANAGER, 'goal', { idArg: 'goalId' })
  @Query(() => [PlanProductType], {
    description: "The products on sale a plan for the goal may hold or borrow from, with each one's role (for the goal's banker)",
  })
  planProducts(@Ctx() ctx: RequestContext, @Arg('goalId', () => ID) goalId: string) {
    return WealthPlanningService.planProducts(ctx, goalId);
  }

  @AllowOrAdvisorFor(Role.PRODUCT_MANAGER, 'goal', { idArg: 'goalId' })
  @Query(() => PlanLineCheckType, {
    description: "A product at an amount for the goal's customer: the suitability decision with its reasons, and the plan's rules",
  })
  planLineCheck(@Ctx() ctx: RequestContext, @Args(() => LineCheckArgs) args: LineCheckArgs) {
    return WealthPlanningService.checkLine(ctx, args);
  }

  @AllowOrAdvisorFor(Role.PRODUCT_MANAGER, 'goal', { idArg: 'goalId' })
  @Mutation(() => Proposal, {
    description:
      "A new draft for the goal from the suggestion: the suitable products, spread by the customer's level and liquidity need within the horizon (notes say what could not be placed)",
  })
  draftProposal(@Ctx() ctx: RequestContext, @Args(() => DraftProposalArgs) args: DraftProposalArgs) {
    return WealthPlanningService.draft(ctx, args);
  }

  @AllowOrAdvisorFor(Role.PRODUCT_MANAGER, 'goal', { idArg: 'goalId' })
  @Mutation(() => Proposal, { description: 'A new draft combined loan for the goal (e.g. a business loan and a consumer loan), with one schedule' })
  draftLoanProposal(@Ctx() ctx: RequestContext, @Args(() => DraftLoanProposalArgs) args: DraftLoanProposalArgs) {
    return WealthPlanningService.draftLoan(ctx, args);
  }

  @AllowOrAdvisorFor(Role.PRODUCT_MANAGER, 'proposal')
  @Mutation(() => Proposal, { description: "Replace a draft's lines; each is checked (suitability, minimum, private-fund floor, term) and keeps its reasons" })
  setProposalLines(@Ctx() ctx: RequestContext, @Args(() => SetProposalLinesArgs) args: SetProposalLinesArgs) {
    return WealthPlanningService.setLines(ctx, args);
  }

  @AllowOrAdvisorFor(Role.PRODUCT_MANAGER, 'proposal')
  @Mutation(() => Proposal, { description: "Replace a draft loan proposal's parts" })
  setLoanParts(@Ctx() ctx: RequestContext, @Args(() => SetLoanPartsArgs) args: SetLoanPartsArgs) {
    return WealthPlanningService.setLoanParts(ctx, args);
  }

  @AllowOrAdvisorFor(Role.PRODUCT_MANAGER, 'proposal')
  @Mutation(() => Proposal, {
    description: 'Present a draft: every line decided again; then frozen and valid for 30 days (an earlier presented revision expires)',
  })
  presentProposal(@Ctx() ctx: RequestContext, @Args(() => ProposalVersionArgs) args: ProposalVersionArgs) {
    return WealthPlanningService.present(ctx, args);
  }

  @AllowOrAdvisorFor(Role.PRODUCT_MANAGER, 'proposal')
  @Mutation(() => Proposal, {
    description:
      'The customer accepts: each line becomes an order through the point of sale (its warning flow and cooling-off); a line it refuses refuses the whole',
  })
  acceptProposal(@Ctx() ctx: RequestContext, @Args(() => AcceptProposalArgs) args: AcceptProposalArgs) {
    return WealthPlanningService.accept(ctx, args);
  }

  @AllowOrAdvisorFor(Role.PRODUCT_MANAGER, 'proposal')
  @Mutation(() => Proposal, { description: 'The customer declines a presented proposal (the reason kept)' })
  declineProposal(@Ctx() ctx: RequestContext, @Args(() => DeclineProposalArgs) args: DeclineProposalArgs) {
    return WealthPlanningService.decline(ctx, args);
  }

  @AllowOrAdvisorFor(Role.PRODUCT_MANAGER, 'proposal')
  @Mutation(() => Proposal, { description: 'A new draft revision from a proposal, its lines copied' })
  reviseProposal(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return WealthPlanningService.revise(ctx, id);
  }

  @FieldResolver(() => CustomerGoal)
  goal(@Root() proposal: Proposal, @Ctx() ctx: RequestContext) {
    return WealthPlanningService.goalOf(ctx, proposal);
  }

  @FieldResolver(() => [ProposalLine])
  lines(@Root() proposal: Proposal, @Ctx() ctx: RequestContext) {
    return WealthPlanningService.lines(ctx, proposal.id);
  }

  @FieldResolver(() => ProposalProjectionType, { nullable: true, description: "The projected outcome at the goal's horizon (investment plans)" })
  projection(@Root() proposal: Proposal, @Ctx() ctx: RequestContext) {
    return WealthPlanningService.projection(ctx, proposal);
  }

  @FieldResolver(() => [RiskAllocationType], { description: 'The money by product risk level' })
  allocation(@Root() proposal: Proposal, @Ctx() ctx: RequestContext) {
    return WealthPlanningService.allocation(ctx, proposal);
  }

  @FieldResolver(() => CombinedLoanScheduleType, { nullable: true, description: 'A loan proposal’s schedule, part by part and combined' })
  schedule(@Root() proposal: Proposal) {
    return WealthPlanningService.schedule(proposal);
  }

  @Allow(Role.VIEWER)
  @FieldResolver(() => String, {
    description: 'The summary for the customer meeting, PDF-ready HTML: what, why, the risks in plain words, the special warnings',
  })
  summaryHtml(@Root() proposal: Proposal, @Ctx() ctx: RequestContext, @Args(() => SummaryArgs) args: SummaryArgs) {
    return proposalSummaryHtml(ctx, proposal, args.language);
  }
}

/** A customer's goals and proposals, on the customer's page. */
@Resolver(() => Customer)
export class CustomerPlansResolver {
  @FieldResolver(() => [CustomerGoal], { description: 'Goals, most important first (at most 50)' })
  goals(@Root() customer: Customer, @Ctx() ctx: RequestContext) {
    return WealthPlanningService.goals.ofCustomer(ctx, customer.id);
  }

  @FieldResolver(() => [Proposal], { description: 'Proposals, newest first (at most 50)' })
  proposals(@Root() customer: Customer, @Ctx() ctx: RequestContext) {
    return WealthPlanningService.ofCustomer(ctx, customer.id);
  }
}
