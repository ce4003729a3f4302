import type { DataSource, EntityManager } from 'typeorm';
import { Role } from './enums';
import { createLoaders, type Loaders } from './loaders';

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
  loaders: Loaders;
  ip: string;
}

let sqliteWriteQueue: Promise<unknown> = Promise.resolve();

/**
 * Run `work` in one transaction, or in the caller's if one is open (services compose). SQLite has one
 * connection, so its write transactions are queued.
 */
export async function inTransaction<T>(ctx: RequestContext, work: (tx: RequestContext) => Promise<T>): Promise<T> {
  if (ctx.manager.queryRunner?.isTransactionActive) return work(ctx);
  const run = () => ctx.dataSource.transaction((manager) => work({ ...ctx, manager }));
  if (ctx.dataSource.options.type !== 'better-sqlite3') return run();
  const result = sqliteWriteQueue.then(run, run);
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
  return { actor: { id: job, email: `${job}@tierwise.local`, role: Role.ADMIN }, dataSource, manager: dataSource.manager, loaders: createLoaders(dataSource), ip };
}
