import type { DataSource, EntityManager } from 'typeorm';
import { Role } from './enums';
import { LoaderCache } from './persistence/loaders';

export interface Actor {
  id: string;
  email: string;
  role: Role;
}

/** A caller with an API key: a partner institution, or (partnerId null) one of the institution's own systems. */
export interface PartnerCaller {
  clientId: string;
  partnerId: string | null;
  scopes: string[];
  pointsPerMinute: number;
  keyPrefix: string;
}

/**
 * Everything a request carries: who acts, and the EntityManager to use. Services take it first;
 * inside `inTransaction` the manager is the transaction's, so a whole mutation commits or rolls back together.
 */
export interface RequestContext {
  actor: Actor | null;
  /** Set instead of `actor` when a partner calls with an API key. */
  partner?: PartnerCaller | null;
  /** Why the credentials sent were refused (an expired key, say), for the UNAUTHENTICATED message. */
  authProblem?: string;
  dataSource: DataSource;
  manager: EntityManager;
  loaders: LoaderCache;
  ip: string;
  /** The request's id (X-Request-Id), in the log line and the response header. */
  requestId?: string;
}

let sqliteWriteQueue: Promise<unknown> = Promise.resolve();

/**
 * MySQL/MariaDB's deadlock (1213) and lock-wait timeout (1205), or SQLite's busy database (another process — the API
 * and its workers share the file — holds the write lock past the busy timeout, or committed after this transaction's
 * snapshot: `SQLITE_BUSY_SNAPSHOT`, which no busy timeout waits out): the transaction was rolled back and may simply
 * be run again.
 */
export function isTransientLockError(error: unknown): boolean {
  const e = error as { errno?: number; code?: string; driverError?: { errno?: number; code?: string } };
  const errno = e?.errno ?? e?.driverError?.errno;
  const code = e?.code ?? e?.driverError?.code;
  return errno === 1213 || errno === 1205 || (typeof code === 'string' && /^SQLITE_(BUSY|LOCKED)(_|$)/.test(code));
}

/**
 * A unique key taken by a concurrent transaction. An upsert that read "absent" and then lost the race to insert is run
 * again: its next attempt reads the row the winner committed and updates it.
 */
export function isDuplicateKeyError(error: unknown): boolean {
  const e = error as { errno?: number; code?: string };
  return e?.errno === 1062 || e?.code === 'ER_DUP_ENTRY';
}

/** A unique key already taken, on either database (an idempotent job's effect recorded already). */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; message?: string; driverError?: { code?: string } };
  return (
    isDuplicateKeyError(error) ||
    /SQLITE_CONSTRAINT_(UNIQUE|PRIMARYKEY)/.test(`${e?.code ?? ''} ${e?.driverError?.code ?? ''}`) ||
    /UNIQUE constraint failed/.test(e?.message ?? '')
  );
}

/** How many times a transaction that lost a deadlock is run again before the error is let through. */
export const TRANSACTION_ATTEMPTS = 6;

/**
 * Run `work` in one transaction, or in the caller's if one is open (services compose). A deadlock or lock-wait
 * timeout on MySQL/MariaDB rolls the whole transaction back, and it is run again (a bounded number of times, with a
 * short random pause), so no client sees one; with `retryDuplicateKeys` (upserts by a natural key) so is a lost race to
 * insert the same key. SQLite has one connection, so its write transactions are queued (and run again when another process held the file).
 */
export async function inTransaction<T>(
  ctx: RequestContext,
  work: (tx: RequestContext) => Promise<T>,
  options: { retryDuplicateKeys?: boolean } = {},
): Promise<T> {
  if (ctx.manager.queryRunner?.isTransactionActive) return work(ctx);
  const once = () => ctx.dataSource.transaction((manager) => work({ ...ctx, manager }));
  const withRetries = async () => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await once();
      } catch (error) {
        const retry = isTransientLockError(error) || (options.retryDuplicateKeys && isDuplicateKeyError(error));
        if (attempt >= TRANSACTION_ATTEMPTS || !retry) throw error;
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
      }
    }
  };
  if (ctx.dataSource.options.type !== 'better-sqlite3') return withRetries();
  const result = sqliteWriteQueue.then(withRetries, withRetries);
  sqliteWriteQueue = result.catch(() => undefined);
  return result;
}

/** Who is acting, for the records: the signed-in user's email, or the API key's public prefix. */
export function actorEmail(ctx: RequestContext): string {
  if (ctx.actor) return ctx.actor.email;
  if (ctx.partner) return `api key tw_${ctx.partner.keyPrefix}`;
  throw new Error('actorEmail called without an actor: the resolver must be guarded');
}

/**
 * The context of work the system does itself (seeding, imports, re-tiering, evaluations): an admin-level actor named
 * for the job, so that its writes are audited under that name.
 */
export function systemContext(dataSource: DataSource, job: string, ip = 'local'): RequestContext {
  return {
    actor: { id: job, email: `${job}@tierwise.local`, role: Role.ADMIN },
    dataSource,
    manager: dataSource.manager,
    loaders: new LoaderCache(() => dataSource),
    ip,
  };
}
