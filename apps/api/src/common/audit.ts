import { AuditAction } from './enums';
import { newId } from './persistence/columns';
import { insertRows } from './persistence/bulk-insert';
import { actorEmail, type RequestContext } from './context';
import { AuditEvent, type AuditChanges } from './audit-event.entity';

const IGNORED = new Set(['createdAt', 'updatedAt', 'version', 'passwordHash']);

const comparable = (v: unknown): unknown => (v instanceof Date ? v.toISOString() : v === undefined ? null : v);

/** How a personal-data field appears in the audit log (masked): the change is recorded, the value is not. */
export type Redaction = Record<string, (value: string | null) => string | null>;

/** The fields that differ between two versions of a record (either side may be absent); redacted fields are masked. */
export function diffRecords(before: object | null, after: object | null, redact: Redaction = {}): AuditChanges {
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
    const show = (v: unknown) => (redact[field] && typeof v === 'string' ? redact[field](v) : v);
    changes[field] = { before: before ? show(from) : null, after: after ? show(to) : null };
  }
  return changes;
}

/** The audit event of a change (null for an update that changed nothing). */
export function auditEvent(
  ctx: RequestContext,
  action: AuditAction,
  entityType: string,
  entityId: string,
  before: object | null,
  after: object | null,
  redact?: Redaction,
): Partial<AuditEvent> | null {
  const changes = diffRecords(before, after, redact);
  if (action === AuditAction.UPDATE && Object.keys(changes).length === 0) return null;
  return { id: newId(), occurredAt: new Date(), actor: actorEmail(ctx), action, entityType, entityId, changes: changes as never };
}

/** Append an audit event in the caller's transaction; the change and its record commit together. */
export async function recordAudit(
  ctx: RequestContext,
  action: AuditAction,
  entityType: string,
  entityId: string,
  before: object | null,
  after: object | null,
  redact?: Redaction,
): Promise<void> {
  const event = auditEvent(ctx, action, entityType, entityId, before, after, redact);
  if (event) await ctx.manager.insert(AuditEvent, event as never);
}

/** Append many audit events in the caller's transaction, in multi-row statements (a batch import's). */
export async function recordAudits(ctx: RequestContext, events: readonly (Partial<AuditEvent> | null)[]): Promise<void> {
  await insertRows(
    ctx.manager,
    AuditEvent,
    events.filter((e): e is Partial<AuditEvent> => e !== null),
    { chunk: 500 },
  );
}
