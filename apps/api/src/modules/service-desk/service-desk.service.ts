import { In, Not, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import {
  calendarViolations,
  DEFAULT_BUSINESS_CALENDAR,
  DEFAULT_WARNING_SHARES,
  pausesFrom,
  pinPolicy,
  ServiceRequestStatus,
  serviceTransitionViolation,
  slaDeadline,
  workingMinutesBetween,
  type BusinessCalendar as Calendar,
} from '@tierwise/domain';
import { actorEmail, inTransaction, isUniqueViolation, type RequestContext } from '../../common/context';
import { changesFrom, CrudRepository, equalityFilter } from '../../common/crud';
import { Role } from '../../common/enums';
import { assertNoViolations, badInput, notFound } from '../../common/errors';
import type { ListArgs } from '../../common/list';
import { newId } from '../../common/persistence/columns';
import { Customer } from '../customers';
import { Tier } from '../tiers';
import { User } from '../users';
import { BusinessCalendar, ServiceMessage, ServicePriority, ServiceRequest, SlaEvent, SlaMetric } from './service-desk.entity';
import type {
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

/** The calendar branch requests run on (its code); the default hours until operators save one. */
export const BRANCH_CALENDAR = 'BRANCH';

const requests = new CrudRepository(ServiceRequest, 'ServiceRequest', ['createdAt', 'updatedAt', 'status', 'priority', 'dueOrder'], ['description']);

/** No clock runs: sorted after every request that has one. */
const NOTHING_DUE = new Date('9999-12-31T00:00:00.000Z');
const calendars = new CrudRepository(BusinessCalendar, 'BusinessCalendar', ['code', 'name', 'createdAt'], ['code', 'name', 'nameEn']);
const narrow = equalityFilter<ServiceRequestFilter>(['status', 'customerId', 'assigneeId']);
const CLOSED = [ServiceRequestStatus.RESOLVED, ServiceRequestStatus.CLOSED];

const asCalendar = (r: Pick<BusinessCalendar, 'timeZone' | 'weekdays' | 'holidays' | 'workdays'>): Calendar => ({
  timeZone: r.timeZone,
  weekdays: r.weekdays as Calendar['weekdays'],
  holidays: r.holidays,
  workdays: r.workdays,
});

function checkCalendar(values: Pick<BusinessCalendar, 'timeZone' | 'weekdays' | 'holidays' | 'workdays'>) {
  const problems = calendarViolations(asCalendar(values));
  try {
    new Intl.DateTimeFormat('en', { timeZone: values.timeZone });
  } catch {
    problems.push({ field: 'timeZone', code: 'UNKNOWN_TIME_ZONE', message: `${values.timeZone} is not a time zone (e.g. Asia/Shanghai)` });
  }
  const days = Object.keys(values.weekdays ?? {});
  if (days.some((d) => !['1', '2', '3', '4', '5', '6', '7'].includes(d))) {
    problems.push({ field: 'weekdays', code: 'BAD_WEEKDAY', message: 'weekdays are keyed 1 (Monday) to 7 (Sunday)' });
  }
  assertNoViolations(problems);
}

/** The filter's equalities, open requests only, the breach list (a breach recorded). */
const narrowRequests = (ctx: RequestContext, filter?: ServiceRequestFilter) => (qb: SelectQueryBuilder<ObjectLiteral>) => {
  narrow(filter)(qb);
  // An advisor sees the requests of their own portfolio only.
  if (ctx.actor?.role === Role.ADVISOR) qb.andWhere('e.customerId IN (SELECT c.id FROM customer c WHERE c.advisorId = :me)', { me: ctx.actor.id });
  if (filter?.open) qb.andWhere('e.status NOT IN (:...closed)', { closed: CLOSED });
  if (filter?.breached) qb.andWhere('EXISTS (SELECT 1 FROM sla_event b WHERE b.requestId = e.id AND b.percent >= 100)');
};

/** Warnings at these shares of a target (SLA_WARNING_SHARES, e.g. "0.5,0.8"; the default 50% and 80%), pinned per request. */
export function warningShares(): number[] {
  const configured = (process.env.SLA_WARNING_SHARES ?? '')
    .split(',')
    .map((v) => Number(v.trim()))
    .filter((v) => v > 0 && v < 1);
  return configured.length ? [...new Set(configured)].sort((a, b) => a - b) : [...DEFAULT_WARNING_SHARES];
}

const pausesOf = (r: ServiceRequest) => pausesFrom(r.history.map((h) => ({ status: h.status, at: new Date(h.at) })));

/** When each clock of a request falls due (null once met, or while paused). */
export function clocks(r: ServiceRequest) {
  const start = r.createdAt;
  const pauses = pausesOf(r);
  return {
    firstResponseDueAt: r.firstResponseAt ? null : slaDeadline(start, r.policy.firstResponseMinutes, r.policy.calendar, pauses),
    resolutionDueAt: r.resolvedAt || r.closedAt ? null : slaDeadline(start, r.policy.resolutionMinutes, r.policy.calendar, pauses),
  };
}

/** The instant the request's next running clock falls due (null when none runs). */
function nextDueAt(r: ServiceRequest): Date | null {
  const { firstResponseDueAt, resolutionDueAt } = clocks(r);
  return [firstResponseDueAt, resolutionDueAt].filter((d): d is Date => !!d).sort((a, b) => a.getTime() - b.getTime())[0] ?? null;
}

const dueOrderOf = (r: ServiceRequest): Date => nextDueAt(r) ?? NOTHING_DUE;

/** Service requests with their clocks, business calendars, and the scheduled check of warnings and breaches. */
/** A staff user's step marks the request as handled by a person (the self-service rate counts the others). */
const byPerson = (tx: RequestContext) => (tx.actor ? { handledByPerson: true } : {});

export const ServiceDeskService = {
  list: (ctx: RequestContext, args: ListArgs, filter?: ServiceRequestFilter) =>
    requests.list(ctx, args, filter, narrowRequests(ctx, filter), { defaultSort: 'createdAt', defaultOrder: 'DESC' }),
  count: (ctx: RequestContext, filter?: ServiceRequestFilter) => requests.count(ctx, filter, narrowRequests(ctx, filter)),
  get: (ctx: RequestContext, id: string) => requests.get(ctx, id),

  /** Open a request: the policy pinned now — the tier's first-response time, the category's resolution target, the calendar. */
  create: (ctx: RequestContext, args: CreateServiceRequestArgs, now = new Date()) =>
    inTransaction(ctx, async (tx) => {
      const customer = await tx.manager.findOneBy(Customer, { id: args.customerId });
      if (!customer) throw notFound('Customer', args.customerId);
      const tier = customer.tierId ? await tx.manager.findOneBy(Tier, { id: customer.tierId }) : null;
      const branch = await tx.manager.findOneBy(BusinessCalendar, { code: BRANCH_CALENDAR });
      const policy = pinPolicy(
        tier?.responseSlaMinutes ?? 120,
        args.category,
        args.channel,
        branch ? asCalendar(branch) : DEFAULT_BUSINESS_CALENDAR,
        warningShares(),
      );
      const values = {
        customerId: customer.id,
        tierId: customer.tierId,
        category: args.category,
        channel: args.channel,
        priority: args.priority ?? ServicePriority.NORMAL,
        description: args.description,
        status: ServiceRequestStatus.NEW,
        assigneeId: null,
        policy,
        history: [{ status: ServiceRequestStatus.NEW, at: now.toISOString() }],
        firstResponseAt: null,
        resolvedAt: null,
        closedAt: null,
        satisfaction: null,
        createdBy: actorEmail(tx),
        handledByPerson: !!tx.actor,
      };
      return requests.create(tx, { ...values, dueOrder: dueOrderOf({ ...values, createdAt: now } as ServiceRequest) });
    }),

  /** Assign (or change the priority): the clocks and their pauses are untouched. */
  assign: (ctx: RequestContext, args: AssignServiceRequestArgs, now = new Date()) =>
    inTransaction(ctx, async (tx) => {
      const r = await requests.get(tx, args.id);
      if (CLOSED.includes(r.status)) throw badInput([{ field: 'id', code: 'REQUEST_RESOLVED', message: `A ${r.status} request is not assigned any more` }]);
      if (args.assigneeId && !(await tx.manager.existsBy(User, { id: args.assigneeId }))) throw notFound('User', args.assigneeId);
      const changes: Partial<ServiceRequest> = { ...changesFrom(args, ['priority']) } as Partial<ServiceRequest>;
      if (args.assigneeId !== undefined) changes.assigneeId = args.assigneeId;
      if (args.assigneeId && r.status === ServiceRequestStatus.NEW) {
        changes.status = ServiceRequestStatus.ASSIGNED;
        changes.history = [...r.history, { status: ServiceRequestStatus.ASSIGNED, at: now.toISOString() }];
      }
      return (await requests.update(tx, r.id, args.version, { ...changes, ...byPerson(tx) })).after;
    }),

  /** Move a request on (waiting for the customer pauses its clocks; resolving stops the resolution clock). */
  setStatus: (ctx: RequestContext, args: SetServiceStatusArgs, now = new Date()) =>
    inTransaction(ctx, async (tx) => {
      const r = await requests.get(tx, args.id);
      const violation = serviceTransitionViolation(r.status, args.status);
      if (violation) throw badInput([violation]);
      const reopened = r.status === ServiceRequestStatus.RESOLVED && args.status === ServiceRequestStatus.IN_PROGRESS;
      const changes = {
        status: args.status,
        history: [...r.history, { status: args.status, at: now.toISOString() }],
        resolvedAt: args.status === ServiceRequestStatus.RESOLVED ? now : reopened ? null : r.resolvedAt,
        closedAt: args.status === ServiceRequestStatus.CLOSED ? now : r.closedAt,
      };
      return (await requests.update(tx, r.id, args.version, { ...changes, dueOrder: dueOrderOf({ ...r, ...changes }), ...byPerson(tx) })).after;
    }),

  /** A reply to the customer (the first one meets the first-response clock) or an internal note. */
  reply: (ctx: RequestContext, args: ReplyArgs, now = new Date()) =>
    inTransaction(ctx, async (tx) => {
      const r = await requests.get(tx, args.id);
      if (r.status === ServiceRequestStatus.CLOSED)
        throw badInput([{ field: 'id', code: 'REQUEST_CLOSED', message: 'A closed request takes no more messages' }]);
      const message = tx.manager.create(ServiceMessage, {
        id: newId(),
        requestId: r.id,
        internal: !!args.internal,
        body: args.body,
        author: actorEmail(tx),
        createdAt: now,
      });
      await tx.manager.insert(ServiceMessage, message);
      if (!args.internal && !r.firstResponseAt && tx.actor) {
        const pauses = pausesOf(r);
        const dueAt = slaDeadline(r.createdAt, r.policy.firstResponseMinutes, r.policy.calendar, pauses);
        await tx.manager.update(
          ServiceRequest,
          { id: r.id },
          {
            firstResponseAt: now,
            firstResponseMinutes: workingMinutesBetween(r.createdAt, now, r.policy.calendar, pauses),
            firstResponseOnTime: dueAt === null || now <= dueAt,
            dueOrder: dueOrderOf({ ...r, firstResponseAt: now }),
          },
        );
      }
      if (tx.actor && !r.handledByPerson) await tx.manager.update(ServiceRequest, { id: r.id }, { handledByPerson: true });
      return message;
    }),

  /** The customer's rating once it is resolved. */
  rate: (ctx: RequestContext, args: RateArgs) =>
    inTransaction(ctx, async (tx) => {
      const r = await requests.get(tx, args.id);
      if (!CLOSED.includes(r.status)) throw badInput([{ field: 'id', code: 'NOT_RESOLVED', message: 'A request is rated once it is resolved' }]);
      return (await requests.update(tx, r.id, r.version, { satisfaction: args.rating })).after;
    }),

  messages: (ctx: RequestContext, requestId: string, staff: boolean) =>
    ctx.manager.find(ServiceMessage, { where: { requestId, ...(staff ? {} : { internal: false }) }, order: { createdAt: 'ASC' } }),
  events: (ctx: RequestContext, requestId: string) => ctx.manager.find(SlaEvent, { where: { requestId }, order: { dueAt: 'ASC' } }),

  /** Working minutes left on the next clock (negative once breached; null when none runs). */
  minutesLeft(r: ServiceRequest, now = new Date()): number | null {
    const next = nextDueAt(r);
    return next ? workingMinutesBetween(now, next, r.policy.calendar, pausesOf(r)) : null;
  },

  /**
   * The scheduled check: each warning (50%, 80%) and the breach of each running clock, recorded once — a unique
   * (request, metric, share) row, so two processes, or a retry, record it once — telling the assignee, and on a breach
   * their manager (the administrators when they have none). What is recorded is read first, so a run writes only news.
   */
  async checkClocks(ctx: RequestContext, now = new Date()): Promise<number> {
    const open = await ctx.manager.find(ServiceRequest, { where: { status: Not(In(CLOSED)) }, take: 2000, order: { createdAt: 'ASC' } });
    if (!open.length) return 0;
    const admins = (await ctx.manager.find(User, { where: { role: Role.ADMIN }, select: { email: true } })).map((u) => u.email);
    const staff = await ctx.manager.find(User, {
      where: { id: In([...new Set(open.flatMap((r) => (r.assigneeId ? [r.assigneeId] : [])))]) },
      select: { id: true, email: true, managerId: true },
    });
    const managers = new Map(
      (await ctx.manager.find(User, { where: { id: In(staff.flatMap((u) => (u.managerId ? [u.managerId] : []))) }, select: { id: true, email: true } })).map(
        (u) => [u.id, u.email],
      ),
    );
    const assignees = new Map(staff.map((u) => [u.id, { email: u.email, manager: u.managerId ? managers.get(u.managerId) : undefined }]));
    // What is recorded already is skipped without a write (the unique row still settles a race between processes).
    const recordedAlready = new Set(
      (await ctx.manager.find(SlaEvent, { where: { requestId: In(open.map((r) => r.id)) }, select: { requestId: true, metric: true, percent: true } })).map(
        (e) => `${e.requestId}:${e.metric}:${e.percent}`,
      ),
    );
    let recorded = 0;
    for (const r of open) {
      const pauses = pausesOf(r);
      const metrics: [SlaMetric, number, boolean][] = [
        [SlaMetric.FIRST_RESPONSE, r.policy.firstResponseMinutes, !r.firstResponseAt],
        [SlaMetric.RESOLUTION, r.policy.resolutionMinutes, true],
      ];
      for (const [metric, minutes, running] of metrics) {
        if (!running) continue;
        for (const share of [...r.policy.warningShares, 1]) {
          if (recordedAlready.has(`${r.id}:${metric}:${Math.round(share * 100)}`)) continue;
          const dueAt = slaDeadline(r.createdAt, Math.ceil(minutes * share), r.policy.calendar, pauses);
          if (!dueAt || dueAt > now) continue;
          const assignee = r.assigneeId ? assignees.get(r.assigneeId) : undefined;
          // A breach goes up: to the assignee's manager, or to the administrators when there is none.
          const up = share >= 1 ? (assignee?.manager ? [assignee.manager] : admins) : [];
          const notify = [...new Set([...(assignee ? [assignee.email] : []), ...up])];
          try {
            await inTransaction(ctx, (tx) =>
              tx.manager.insert(SlaEvent, { id: newId(), requestId: r.id, metric, percent: Math.round(share * 100), dueAt, recordedAt: now, notify }),
            );
            recorded++;
          } catch (error) {
            if (!isUniqueViolation(error)) throw error; // recorded already, by this process or another
          }
        }
      }
    }
    return recorded;
  },

  calendars: {
    list: (ctx: RequestContext, args: ListArgs, filter?: BusinessCalendarFilter) => calendars.list(ctx, args, filter, undefined, { defaultSort: 'code' }),
    count: (ctx: RequestContext, filter?: BusinessCalendarFilter) => calendars.count(ctx, filter),
    get: (ctx: RequestContext, id: string) => calendars.get(ctx, id),
    create: (ctx: RequestContext, args: CreateBusinessCalendarArgs) =>
      inTransaction(ctx, async (tx) => {
        const values = {
          ...args,
          timeZone: args.timeZone ?? DEFAULT_BUSINESS_CALENDAR.timeZone,
          weekdays: args.weekdays ?? (DEFAULT_BUSINESS_CALENDAR.weekdays as unknown as Record<string, null>),
          holidays: args.holidays ?? [],
          workdays: args.workdays ?? [],
        };
        checkCalendar(values);
        return calendars.create(tx, values);
      }),
    update: (ctx: RequestContext, args: UpdateBusinessCalendarArgs) =>
      inTransaction(ctx, async (tx) => {
        const current = await calendars.get(tx, args.id);
        const changes = changesFrom(args, ['code', 'name', 'timeZone', 'weekdays', 'holidays', 'workdays']);
        checkCalendar({ ...current, ...changes } as BusinessCalendar);
        return (await calendars.update(tx, args.id, args.version, changes)).after;
      }),
  },
};
