import type { RequestContext } from '../../common/context';
import { badInput, notFound } from '../../common/errors';
import { MAX_PAGE_SIZE, type ListArgs } from '../../common/list';
import { AuditEvent } from './audit-event.entity';
import type { AuditEventFilter } from './audit.inputs';

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

/** The audit log: read-only, newest first by default. Events are only ever appended, by the writes they record. */
export const AuditService = {
  list(ctx: RequestContext, args: ListArgs, filter?: AuditEventFilter) {
    const sortField = args.sortField ?? 'occurredAt';
    if (!SORTABLE.includes(sortField)) throw badInput([{ field: 'sortField', code: 'UNSORTABLE', message: `Audit events sort by ${SORTABLE.join(', ')}` }]);
    const order = (args.sortOrder ?? 'DESC').toUpperCase() === 'ASC' ? 'ASC' : 'DESC';
    const perPage = Math.min(args.perPage ?? 25, MAX_PAGE_SIZE);
    return query(ctx, filter).orderBy(`a.${sortField}`, order).addOrderBy('a.id', order).skip((args.page ?? 0) * perPage).take(perPage).getMany();
  },
  count: (ctx: RequestContext, filter?: AuditEventFilter) => query(ctx, filter).getCount(),
  async get(ctx: RequestContext, id: string) {
    const event = await ctx.manager.findOneBy(AuditEvent, { id });
    if (!event) throw notFound('AuditEvent', id);
    return event;
  },
};
