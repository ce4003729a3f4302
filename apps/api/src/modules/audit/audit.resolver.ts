import { Arg, Args, Ctx, Field, ID, InputType, Query, Resolver, GraphQLISODateTime } from 'type-graphql';
import { IsEnum, IsOptional, MaxLength } from 'class-validator';
import { Allow } from '../../common/auth';
import type { RequestContext } from '../../common/context';
import { AuditAction, Role } from '../../common/enums';
import { badInput, notFound } from '../../common/errors';
import { ListArgs, ListMetadata, MAX_PAGE_SIZE } from '../../common/list';
import { AuditEvent } from './audit-event.entity';

@InputType('AuditEventFilter')
export class AuditEventFilter {
  @Field(() => [ID], { nullable: true }) @IsOptional() @MaxLength(36, { each: true })
  ids?: string[];

  @Field(() => String, { nullable: true, description: 'e.g. Product' }) @IsOptional() @MaxLength(40)
  entityType?: string;

  @Field(() => ID, { nullable: true }) @IsOptional() @MaxLength(36)
  entityId?: string;

  @Field(() => String, { nullable: true, description: "The acting user's email" }) @IsOptional() @MaxLength(200)
  actor?: string;

  @Field(() => AuditAction, { nullable: true }) @IsOptional() @IsEnum(AuditAction)
  action?: AuditAction;

  @Field(() => GraphQLISODateTime, { nullable: true })
  occurredFrom?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  occurredTo?: Date;
}

function query(ctx: RequestContext, filter?: AuditEventFilter) {
  const qb = ctx.manager.getRepository(AuditEvent).createQueryBuilder('a');
  if (filter?.ids) qb.andWhere(filter.ids.length ? 'a.id IN (:...ids)' : '1 = 0', { ids: filter.ids });
  if (filter?.entityType) qb.andWhere('a.entityType = :entityType', { entityType: filter.entityType });
  if (filter?.entityId) qb.andWhere('a.entityId = :entityId', { entityId: filter.entityId });
  if (filter?.actor) qb.andWhere('a.actor = :actor', { actor: filter.actor.trim().toLowerCase() });
  if (filter?.action) qb.andWhere('a.action = :action', { action: filter.action });
  if (filter?.occurredFrom) qb.andWhere('a.occurredAt >= :from', { from: filter.occurredFrom });
  if (filter?.occurredTo) qb.andWhere('a.occurredAt < :to', { to: filter.occurredTo });
  return qb;
}

const SORTABLE = ['occurredAt', 'actor', 'entityType', 'action'];

/** The audit log: read-only, newest first by default. There is no mutation: events are only appended by writes. */
@Resolver(() => AuditEvent)
export class AuditEventResolver {
  @Allow(Role.VIEWER)
  @Query(() => [AuditEvent], { name: 'allAuditEvents' })
  all(@Ctx() ctx: RequestContext, @Args(() => ListArgs) args: ListArgs, @Arg('filter', () => AuditEventFilter, { nullable: true }) filter?: AuditEventFilter) {
    const sortField = args.sortField ?? 'occurredAt';
    if (!SORTABLE.includes(sortField)) throw badInput([{ field: 'sortField', code: 'UNSORTABLE', message: `Audit events sort by ${SORTABLE.join(', ')}` }]);
    const order = (args.sortOrder ?? 'DESC').toUpperCase() === 'ASC' ? 'ASC' : 'DESC';
    const perPage = Math.min(args.perPage ?? 25, MAX_PAGE_SIZE);
    return query(ctx, filter).orderBy(`a.${sortField}`, order).addOrderBy('a.id', order).skip((args.page ?? 0) * perPage).take(perPage).getMany();
  }

  @Allow(Role.VIEWER)
  @Query(() => ListMetadata, { name: '_allAuditEventsMeta' })
  async meta(@Ctx() ctx: RequestContext, @Args(() => ListArgs) _args: ListArgs, @Arg('filter', () => AuditEventFilter, { nullable: true }) filter?: AuditEventFilter) {
    return { count: await query(ctx, filter).getCount() };
  }

  @Allow(Role.VIEWER)
  @Query(() => AuditEvent, { name: 'AuditEvent' })
  async one(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    const event = await ctx.manager.findOneBy(AuditEvent, { id });
    if (!event) throw notFound('AuditEvent', id);
    return event;
  }
}
