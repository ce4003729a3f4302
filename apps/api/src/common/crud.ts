import { Brackets, type EntityTarget, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { AuditAction } from './enums';
import { newId } from './persistence/columns';
import type { RequestContext } from './context';
import { recordAudit, type Redaction } from './audit';
import { badInput, conflict, notFound, staleVersion } from './errors';
import { MAX_PAGE_SIZE, type BaseFilter, type ListArgs } from './list';

export interface VersionedEntity extends ObjectLiteral {
  id: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

type Narrow<E extends ObjectLiteral> = (qb: SelectQueryBuilder<E>) => void;

/** A list filter of plain equalities: each of `fields` that the filter sets must equal the column of that name. */
export function equalityFilter<F extends object>(fields: readonly (keyof F & string)[]) {
  return (filter?: F) => (qb: SelectQueryBuilder<ObjectLiteral>) => {
    for (const field of fields) {
      const value = filter?.[field];
      if (value !== undefined && value !== null && value !== '') qb.andWhere(`e.${field} = :${field}`, { [field]: value });
    }
  };
}

/** Columns with a unique index in every table that has them (the id; code; email for users; external references). */
const UNIQUE_SORT_FIELDS = new Set(['id', 'code', 'email', 'externalRef']);

/** LIKE pattern escaping with '!' (a backslash means different things to MySQL and SQLite). */
export const escapeLike = (text: string) => text.replace(/[!%_]/g, (c) => `!${c}`);

/** Map the databases' own constraint errors to the client's codes, for races the pre-checks cannot see. */
export function translateDbError(error: unknown, typeName: string): never {
  const e = error as { code?: string; errno?: number; message?: string };
  const text = `${e.code ?? ''} ${e.message ?? ''}`;
  if (/ER_DUP_ENTRY|SQLITE_CONSTRAINT_UNIQUE|SQLITE_CONSTRAINT_PRIMARYKEY/.test(text)) {
    throw conflict(`A ${typeName} with the same code already exists`);
  }
  if (/ER_NO_REFERENCED_ROW/.test(text)) throw badInput([{ code: 'UNKNOWN_REFERENCE', message: 'A referenced record does not exist' }]);
  if (/ER_ROW_IS_REFERENCED|SQLITE_CONSTRAINT_FOREIGNKEY|FOREIGN KEY constraint failed/.test(text)) {
    // MySQL names the referencing table (`db`.`product`); SQLite names nothing.
    const table = /foreign key constraint fails \(`[^`]+`\.`([^`]+)`/i.exec(text)?.[1];
    const by = table ? `${table.replace(/_/g, ' ')} records` : 'other records';
    throw conflict(`This ${typeName} is still referenced by ${by}; remove those references first`);
  }
  throw error;
}

/**
 * The version really current after an `UPDATE … WHERE version = ?` matched nothing. On MySQL/MariaDB the transaction's
 * first read fixed a REPEATABLE READ snapshot that may predate the winning write, so the row is read with a locking read.
 */
export async function currentVersionOf(ctx: RequestContext, entity: EntityTarget<ObjectLiteral>, id: string, fallback: number): Promise<number> {
  const qb = ctx.manager.getRepository(entity).createQueryBuilder('e').select('e.version', 'version').where('e.id = :id', { id });
  if (ctx.dataSource.options.type !== 'better-sqlite3') qb.setLock('pessimistic_read');
  const row = await qb.getRawOne<{ version: number | string }>();
  return row ? Number(row.version) : fallback;
}

/**
 * One page of a list query (alias `e`): 0-based page, at most 100 rows, sorted by a whitelisted column (unknown
 * ones are refused, naming the allowed ones).
 */
export function pageOf<E extends ObjectLiteral>(
  qb: SelectQueryBuilder<E>,
  args: ListArgs,
  o: { typeName: string; sortable: readonly string[]; defaultSort?: string; defaultOrder?: 'ASC' | 'DESC' },
): SelectQueryBuilder<E> {
  const perPage = Math.min(args.perPage ?? 25, MAX_PAGE_SIZE);
  const sortField = args.sortField ?? o.defaultSort ?? 'code';
  // Every list sorts by id too: it is react-admin's default sort.
  if (sortField !== 'id' && !o.sortable.includes(sortField)) {
    throw badInput([
      { field: 'sortField', code: 'UNSORTABLE', message: `${o.typeName} lists sort by ${['id', ...o.sortable].join(', ')}, not "${sortField}"` },
    ]);
  }
  const order = (args.sortOrder ?? o.defaultOrder ?? 'ASC').toUpperCase() === 'DESC' ? 'DESC' : 'ASC';
  qb.orderBy(`e.${sortField}`, order);
  // A unique column orders the rows fully on its own, and then its index serves the page; others need the id as tiebreaker.
  if (!UNIQUE_SORT_FIELDS.has(sortField)) qb.addOrderBy('e.id', order);
  return qb.skip((args.page ?? 0) * perPage).take(perPage);
}

/**
 * The list/get/create/update/delete mechanics shared by every catalogue resource: 0-based pages capped
 * at 100, whitelisted sorting, free-text search, atomic optimistic-locked updates and an audit event per write.
 */
export class CrudRepository<E extends VersionedEntity> {
  constructor(
    readonly entity: EntityTarget<E>,
    readonly typeName: string,
    private readonly sortable: readonly string[],
    private readonly searchColumns: readonly string[],
    /** Personal-data fields, masked in the audit log. */
    private readonly redact: Redaction = {},
  ) {}

  repo(ctx: RequestContext) {
    return ctx.manager.getRepository(this.entity);
  }

  async get(ctx: RequestContext, id: string): Promise<E> {
    const found = await this.repo(ctx).findOneBy({ id } as never);
    if (!found) throw notFound(this.typeName, id);
    return found;
  }

  query(ctx: RequestContext, filter: BaseFilter | undefined, narrow?: Narrow<E>): SelectQueryBuilder<E> {
    const qb = this.repo(ctx).createQueryBuilder('e');
    if (filter?.ids) {
      if (filter.ids.length === 0) qb.andWhere('1 = 0');
      else qb.andWhere('e.id IN (:...ids)', { ids: filter.ids });
    }
    const q = filter?.q?.trim();
    if (q) {
      qb.andWhere(
        new Brackets((w) => {
          for (const column of this.searchColumns) w.orWhere(`e.${column} LIKE :q ESCAPE '!'`, { q: `%${escapeLike(q)}%` });
        }),
      );
    }
    narrow?.(qb);
    return qb;
  }

  /** One page; `order` is the sort when the client asks for none (react-admin may send a null sortField). */
  list(
    ctx: RequestContext,
    args: ListArgs,
    filter: BaseFilter | undefined,
    narrow?: Narrow<E>,
    order: { defaultSort?: string; defaultOrder?: 'ASC' | 'DESC' } = {},
  ): Promise<E[]> {
    return pageOf(this.query(ctx, filter, narrow), args, { typeName: this.typeName, sortable: this.sortable, ...order }).getMany();
  }

  count(ctx: RequestContext, filter: BaseFilter | undefined, narrow?: Narrow<E>): Promise<number> {
    return this.query(ctx, filter, narrow).getCount();
  }

  /** Insert and audit (with `related`, fields kept in other tables); call inside `inTransaction`. */
  async create(ctx: RequestContext, values: Partial<E>, related: object = {}): Promise<E> {
    const now = new Date();
    const record = this.repo(ctx).create({ ...values, id: newId(), createdAt: now, updatedAt: now } as never) as unknown as E;
    try {
      await this.repo(ctx).insert(record as never);
    } catch (e) {
      translateDbError(e, this.typeName);
    }
    const saved = await this.get(ctx, record.id);
    await recordAudit(ctx, AuditAction.CREATE, this.typeName, saved.id, null, { ...saved, ...related }, this.redact);
    return saved;
  }

  /**
   * One atomic `UPDATE … SET version = version + 1 WHERE id = ? AND version = ?`: a stale version changes
   * nothing and is refused with CONFLICT. Call inside `inTransaction`; returns the record before and after.
   */
  async update(
    ctx: RequestContext,
    id: string,
    version: number,
    values: Partial<E>,
    related?: { before: object; after: object },
  ): Promise<{ before: E; after: E }> {
    const before = await this.get(ctx, id);
    let affected: number | undefined;
    try {
      const result = await this.repo(ctx)
        .createQueryBuilder()
        .update()
        .set({ ...values, updatedAt: new Date() } as never)
        .where('id = :id AND version = :version', { id, version })
        .execute();
      affected = result.affected;
    } catch (e) {
      translateDbError(e, this.typeName);
    }
    if (!affected) throw staleVersion(this.typeName, id, await currentVersionOf(ctx, this.entity, id, before.version));
    const after = await this.get(ctx, id);
    await recordAudit(ctx, AuditAction.UPDATE, this.typeName, id, { ...before, ...related?.before }, { ...after, ...related?.after }, this.redact);
    return { before, after };
  }

  /** Bump the version of a record whose related rows changed (its entitlements, say), refusing a stale one. */
  async touch(ctx: RequestContext, id: string, version: number): Promise<E> {
    return (await this.update(ctx, id, version, {})).after;
  }

  /** Delete and audit; call inside `inTransaction`. Returns the deleted record, as react-admin expects. */
  async remove(ctx: RequestContext, id: string, related: object = {}): Promise<E> {
    const before = await this.get(ctx, id);
    try {
      await this.repo(ctx).delete({ id } as never);
    } catch (e) {
      translateDbError(e, this.typeName);
    }
    await recordAudit(ctx, AuditAction.DELETE, this.typeName, id, { ...before, ...related }, null, this.redact);
    return before;
  }
}

/**
 * The fields an update actually sends (undefined = leave unchanged), without id and version. A null
 * for a field the record cannot lack is refused, naming the field.
 */
export function changesFrom<A extends { id: string; version: number }>(args: A, required: readonly (keyof A & string)[]) {
  const problems = required.filter((f) => args[f] === null).map((f) => ({ field: f, code: 'REQUIRED', message: `${f} cannot be empty` }));
  if (problems.length > 0) throw badInput(problems);
  const { id: _id, version: _version, ...rest } = args;
  return Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)) as Partial<Omit<A, 'id' | 'version'>>;
}
