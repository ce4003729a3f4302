import { Arg, Args, Ctx, Field, FieldResolver, GraphQLISODateTime, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ApiScope, BranchWindow } from '@tierwise/domain';
import { Allow, AllowOrAdvisorFor, AllowOrScope, AllowOrScopeOrAdvisor, registerCustomerOwner } from '../../common/auth';
import type { RequestContext } from '../../common/context';
import { createReadResolver, createWriteResolver } from '../../common/crud.resolver';
import { Role } from '../../common/enums';
import { BusinessCalendar, ServiceMessage, ServiceRequest, SlaEvent } from './service-desk.entity';
import {
  AssignServiceRequestArgs,
  BusinessCalendarFilter,
  CreateBusinessCalendarArgs,
  CreateServiceRequestArgs,
  RateArgs,
  ReplyArgs,
  ServiceRequestFilter,
  SetServiceStatusArgs,
  UpdateBusinessCalendarArgs,
} from './service-desk.inputs';
import { clocks, ServiceDeskService } from './service-desk.service';
import { BranchQueue, BranchTicket } from './branch-queue.entity';
import { BranchQueueService } from './branch-queue.service';

@ObjectType('ServiceClocks')
class ServiceClocks {
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Null once replied to, or while waiting for the customer' }) firstResponseDueAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Null once resolved, or while waiting for the customer' }) resolutionDueAt!: Date | null;
  @Field(() => Int, { nullable: true, description: 'Working minutes left on the next clock (negative: breached)' }) minutesLeft!: number | null;
}

/** A service request is its customer's: an advisor reaches the requests of their own portfolio. */
registerCustomerOwner(
  'serviceRequest',
  'ServiceRequest',
  async (ctx, id) => (await ctx.manager.findOne(ServiceRequest, { where: { id }, select: { id: true, customerId: true } }))?.customerId ?? null,
);

/** The service desk: requests from the app backend (service:write) and advisors, with their SLA clocks. */
@Resolver(() => ServiceRequest)
export class ServiceRequestResolver extends createReadResolver({
  type: ServiceRequest,
  plural: 'ServiceRequests',
  filter: ServiceRequestFilter,
  service: ServiceDeskService,
  read: Role.VIEWER,
  advisors: 'serviceRequest',
}) {
  @AllowOrScopeOrAdvisor(Role.PRODUCT_MANAGER, ApiScope.SERVICE_WRITE, 'customerId')
  @Mutation(() => ServiceRequest, { description: "Open a service request: its clocks are pinned now to the customer's tier and the category" })
  createServiceRequest(@Ctx() ctx: RequestContext, @Args(() => CreateServiceRequestArgs) args: CreateServiceRequestArgs) {
    return ServiceDeskService.create(ctx, args);
  }

  @AllowOrAdvisorFor(Role.PRODUCT_MANAGER, 'serviceRequest')
  @Mutation(() => ServiceRequest, { description: 'Assign a request or change its priority (the clocks and their pauses are untouched)' })
  assignServiceRequest(@Ctx() ctx: RequestContext, @Args(() => AssignServiceRequestArgs) args: AssignServiceRequestArgs) {
    return ServiceDeskService.assign(ctx, args);
  }

  @AllowOrAdvisorFor(Role.PRODUCT_MANAGER, 'serviceRequest')
  @Mutation(() => ServiceRequest, {
    description: 'Move a request on: WAITING_FOR_CUSTOMER pauses the clocks, RESOLVED stops them, IN_PROGRESS from RESOLVED reopens',
  })
  setServiceRequestStatus(@Ctx() ctx: RequestContext, @Args(() => SetServiceStatusArgs) args: SetServiceStatusArgs) {
    return ServiceDeskService.setStatus(ctx, args);
  }

  @AllowOrAdvisorFor(Role.PRODUCT_MANAGER, 'serviceRequest', { scope: ApiScope.SERVICE_WRITE })
  @Mutation(() => ServiceMessage, { description: 'A reply (staff: the first meets the first-response clock), or an internal note (staff only)' })
  replyToServiceRequest(@Ctx() ctx: RequestContext, @Args(() => ReplyArgs) args: ReplyArgs) {
    return ServiceDeskService.reply(ctx, { ...args, internal: ctx.actor ? args.internal : false });
  }

  @AllowOrScope(Role.PRODUCT_MANAGER, ApiScope.SERVICE_WRITE)
  @Mutation(() => ServiceRequest, { description: "The customer's rating (1–5) once the request is resolved" })
  rateServiceRequest(@Ctx() ctx: RequestContext, @Args(() => RateArgs) args: RateArgs) {
    return ServiceDeskService.rate(ctx, args);
  }

  @FieldResolver(() => ServiceClocks)
  clocks(@Root() r: ServiceRequest) {
    return { ...clocks(r), minutesLeft: ServiceDeskService.minutesLeft(r) };
  }

  @FieldResolver(() => [ServiceMessage], { description: 'The conversation, oldest first (internal notes for staff only)' })
  messages(@Root() r: ServiceRequest, @Ctx() ctx: RequestContext) {
    return ServiceDeskService.messages(ctx, r.id, !!ctx.actor);
  }

  @FieldResolver(() => [SlaEvent], { description: 'Warnings and breaches recorded, in the order they fell due' })
  slaEvents(@Root() r: ServiceRequest, @Ctx() ctx: RequestContext) {
    return ServiceDeskService.events(ctx, r.id);
  }
}

/** Business calendars (opening hours, holidays, make-up working days) that branch requests run on. */
@Resolver(() => BusinessCalendar)
export class BusinessCalendarResolver extends createWriteResolver({
  type: BusinessCalendar,
  plural: 'BusinessCalendars',
  filter: BusinessCalendarFilter,
  createArgs: CreateBusinessCalendarArgs,
  updateArgs: UpdateBusinessCalendarArgs,
  service: ServiceDeskService.calendars,
  read: Role.VIEWER,
  write: Role.PRODUCT_MANAGER,
}) {}

/** Branch visits: priority calling by tier and the dedicated window (优先叫号、专属窗口), with waiting times per tier. */
@Resolver(() => BranchTicket)
export class BranchQueueResolver {
  @AllowOrScope(Role.PRODUCT_MANAGER, ApiScope.SERVICE_WRITE)
  @Mutation(() => BranchTicket, { description: "Issue a queue ticket at a branch; an identified customer's tier gives its priority" })
  issueBranchTicket(
    @Ctx() ctx: RequestContext,
    @Arg('branchCode', () => String) branchCode: string,
    @Arg('customerId', () => ID, { nullable: true }) customerId?: string,
  ) {
    return BranchQueueService.issue(ctx, branchCode, customerId ?? null);
  }

  @Allow(Role.PRODUCT_MANAGER)
  @Mutation(() => BranchTicket, { nullable: true, description: 'A window calls its next ticket (null when nobody waits for it)' })
  callNextTicket(@Ctx() ctx: RequestContext, @Arg('branchCode', () => String) branchCode: string, @Arg('window', () => BranchWindow) window: BranchWindow) {
    return BranchQueueService.callNext(ctx, branchCode, window);
  }

  @Allow(Role.PRODUCT_MANAGER)
  @Mutation(() => BranchTicket, { description: 'The called customer was served (or, with served: false, did not come)' })
  finishTicket(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('served', () => Boolean) served: boolean) {
    return BranchQueueService.finish(ctx, id, served);
  }

  @Allow(Role.VIEWER)
  @Query(() => BranchQueue, { description: "Today's queue at a branch: who waits, in calling order, and how long each tier waited" })
  branchQueue(@Ctx() ctx: RequestContext, @Arg('branchCode', () => String) branchCode: string) {
    return BranchQueueService.queue(ctx, branchCode);
  }
}
