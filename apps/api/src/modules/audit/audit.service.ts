import type { RequestContext } from '../../common/context';
import { pageOf } from '../../common/crud';
import { notFound } from '../../common/errors';
import type { ListArgs } from '../../common/list';
import { AuditEvent } from '../../common/audit-event.entity';
import type { AuditEventFilter } from './audit.inputs';

function query(ctx: RequestContext, filter?: AuditEventFilter) {
  const qb = ctx.manager.getRepository(AuditEvent).createQueryBuilder('e');
  if (filter?.ids) qb.andWhere(filter.ids.length ? 'e.id IN (:...ids)' : '1 = 0', { ids: filter.ids });
  if (filter?.entityType) qb.andWhere('e.entityType = :entityType', { entityType: filter.entityType });
  if (filter?.entityId) qb.andWhere('e.entityId = :entityId', { entityId: filter.entityId });
  if (filter?.actor) qb.andWhere('e.actor = :actor', { actor: filter.actor.trim().toLowerCase() });
  if (filter?.action) qb.andWhere('e.action = :action', { action: filter.action });
  if (filter?.occurredFrom) qb.andWhere('e.occurredAt >= :from', { from: filter.occurredFrom });
  if (filter?.occurredTo) qb.andWhere('e.occurredAt < :to', { to: filter.occurredTo });
  return qb;
}

const SORTABLE = ['occurredAt', 'actor', 'entityType', 'action'];

/** The audit log: read-only, newest first by default. Events are only ever appended, by the writes they record. */
export const AuditService = {
  list: (ctx: RequestContext, args: ListArgs, filter?: AuditEventFilter) =>
    pageOf(query(ctx, filter), args, { typeName: 'AuditEvent', sortable: SORTABLE, defaultSort: 'occurredAt', defaultOrder: 'DESC' }).getMany(),
  count: (ctx: RequestContext, filter?: AuditEventFilter) => query(ctx, filter).getCount(),
  async get(ctx: RequestContext, id: string) {
    const event = await ctx.manager.findOneBy(AuditEvent, { id });
    if (!event) throw notFound('AuditEvent', id);
    return event;
  },
};
