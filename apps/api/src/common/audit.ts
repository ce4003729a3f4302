import { AuditAction } from './enums';
import { newId } from '../database/columns';
import { actorEmail, type RequestContext } from './context';
import { AuditEvent, type AuditChanges } from '../modules/audit/audit-event.entity';

const IGNORED = new Set(['createdAt', 'updatedAt', 'version', 'passwordHash']);

const comparable = (v: unknown): unknown => (v instanceof Date ? v.toISOString() : v === undefined ? null : v);

/** The fields that differ between two versions of a record (either side may be absent). */
export function diffRecords(before: object | null, after: object | null): AuditChanges {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const changes: AuditChanges = {};
  for (const field of new Set([...Object.keys(b), ...Object.keys(a)])) {
    if (IGNORED.has(field)) continue;
    const from = comparable(b[field]);
    const to = comparable(a[field]);
    if (typeof from === 'object' && from !== null) {
      if (JSON.stringify(from) === JSON.stringify(to)) continue;
    } else if (from === to) continue;
    changes[field] = { before: before ? from : null, after: after ? to : null };
  }
  return changes;
}

/** Append an audit event in the caller's transaction; the change and its record commit together. */
export async function recordAudit(
  ctx: RequestContext, action: AuditAction, entityType: string, entityId: string, before: object | null, after: object | null,
): Promise<void> {
  const changes = diffRecords(before, after);
  if (action === AuditAction.UPDATE && Object.keys(changes).length === 0) return;
  await ctx.manager.insert(AuditEvent, { id: newId(), occurredAt: new Date(), actor: actorEmail(ctx), action, entityType, entityId, changes: changes as never });
}
