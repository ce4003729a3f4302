import { In, IsNull, LessThanOrEqual } from 'typeorm';
import {
  approvalRefusal,
  ChangeOperation,
  ChangeRequestStatus,
  ChangeResource,
  changeTransitionViolation,
  fieldDiff,
  OPEN_CHANGE_STATUSES,
} from '@tierwise/domain';
import { recordAudit } from '../../common/audit';
import { inTransaction, type RequestContext } from '../../common/context';
import { pageOf } from '../../common/crud';
import { AuditAction, Role } from '../../common/enums';
import { AppError, badInput, conflict, forbidden, notFound } from '../../common/errors';
import type { ListArgs } from '../../common/list';
import { newId } from '../../common/persistence/columns';
import { User } from '../users';
import { changeSpec, deserializeArgs, serializeArgs, type ChangeSpec } from './change-registry';
import { ChangeRequest, ChangeTarget, FourEyesSetting, type ChangeTargetDiff } from './change-request.entity';
import type { ChangeArgs, ChangeDecisionArgs, ChangeRequestFilter, RejectChangeArgs } from './change-request.inputs';

/** Thrown inside a dry run to roll its writes back and carry its answer out. */
class DryRun {
  constructor(readonly result: unknown) {}
}

/** Thrown while applying when a record the change concerns moved on since it was made. */
class Superseded extends Error {}

/** A held create's answer carries the request it made (its `pendingChanges`). */
export const HELD_CHANGE = Symbol('heldChange');

/** Run a write in a transaction that is always rolled back: every rule and constraint checks it; nothing stays. */
async function dryRun(ctx: RequestContext, write: (tx: RequestContext) => Promise<unknown>): Promise<unknown> {
  try {
    await inTransaction(ctx, async (tx) => {
      throw new DryRun(await write(tx));
    });
  } catch (e) {
    if (e instanceof DryRun) return e.result;
    throw e;
  }
  throw new Error('unreachable: a dry run always rolls back');
}

function actorOf(ctx: RequestContext) {
  if (!ctx.actor) throw forbidden('a signed-in user (changes under four eyes have a maker)');
  return ctx.actor;
}

async function approvesOf(ctx: RequestContext, userId: string): Promise<ChangeResource[]> {
  return (await ctx.manager.findOne(User, { where: { id: userId }, select: { id: true, approves: true } }))?.approves ?? [];
}

async function load(ctx: RequestContext, id: string): Promise<ChangeRequest> {
  const request = await ctx.manager.findOneBy(ChangeRequest, { id });
  if (!request) throw notFound('ChangeRequest', id);
  return request;
}

/** Move a request to `status` if it is still at `version` (and the lifecycle allows it), audited with `action`. */
async function move(
  tx: RequestContext,
  request: ChangeRequest,
  version: number,
  status: ChangeRequestStatus,
  action: AuditAction,
  changes: Partial<ChangeRequest> = {},
) {
  const violation = changeTransitionViolation(request.status, status);
  if (violation) throw badInput([violation]);
  const now = new Date();
  const done = await tx.manager.update(ChangeRequest, { id: request.id, version }, { ...changes, status, version: version + 1, updatedAt: now } as never);
  if (!done.affected) {
    throw conflict(`Change request ${request.id} was changed meanwhile (now version ${request.version}); reload it`, { currentVersion: request.version });
  }
  await recordAudit(tx, action, 'ChangeRequest', request.id, { status: request.status }, { status, ...changes });
  return load(tx, request.id);
}

/** The versions a request was made against that are no longer current: the record was changed meanwhile. */
async function staleTargets(ctx: RequestContext, spec: ChangeSpec, request: ChangeRequest): Promise<string[]> {
  const targets = await ctx.manager.findBy(ChangeTarget, { changeRequestId: request.id });
  const stale: string[] = [];
  for (const t of targets) if ((await spec.currentVersion(ctx, t.recordId)) !== t.baseVersion) stale.push(t.recordId);
  return stale;
}

async function markSuperseded(ctx: RequestContext, request: ChangeRequest, recordIds: string[]) {
  await inTransaction(ctx, async (tx) => {
    const fresh = await load(tx, request.id);
    if (!OPEN_CHANGE_STATUSES.includes(fresh.status)) return;
    await move(tx, fresh, fresh.version, ChangeRequestStatus.SUPERSEDED, AuditAction.UPDATE, {
      outcome: `Changed meanwhile: ${recordIds.join(', ')}`,
    });
  });
}

/** A checker decides: FORBIDDEN for the maker (`selfMessage`) and for anyone without the resource's permission. */
async function assertMayDecide(ctx: RequestContext, request: ChangeRequest, checkerId: string, selfMessage: string) {
  const refusal = approvalRefusal(request, { id: checkerId, approves: await approvesOf(ctx, checkerId) });
  if (refusal === 'SELF_APPROVAL') throw new AppError('FORBIDDEN', selfMessage, { reason: refusal });
  if (refusal) {
    throw new AppError('FORBIDDEN', `Deciding ${request.resource} changes needs the checker permission for ${request.resource}: an administrator grants it`, {
      reason: refusal,
    });
  }
}

const isOn = async (ctx: RequestContext, resource: ChangeResource) => (await ctx.manager.findOneBy(FourEyesSetting, { resource }))?.enabled ?? true;

/**
 * Four eyes: writes of the catalogue held as change requests until a second person approves them, then applied at
 * their effective instant — by the same code as the direct write, exactly once.
 */
export const ChangeRequestService = {
  isOn,

  /**
   * A covered write: straight through when the institution turned four eyes off for its resource; otherwise checked
   * by a dry run (every rule, constraint and version, rolled back) and stored as a change request with its diff.
   */
  async write(ctx: RequestContext, mutation: string, args: object, change: ChangeArgs = {}): Promise<unknown> {
    const spec = changeSpec(mutation);
    if (!(await isOn(ctx, spec.resource))) {
      // Applied at once: a date to apply it at, or a draft, would be silently dropped.
      if (change.changeEffectiveFrom || change.changeDraft) {
        throw badInput([
          {
            field: change.changeEffectiveFrom ? 'changeEffectiveFrom' : 'changeDraft',
            code: 'FOUR_EYES_OFF',
            message: `Four eyes is off for ${spec.resource}: changes apply at once, so they cannot be dated or kept as drafts`,
          },
        ]);
      }
      return spec.run(ctx, args);
    }
    const maker = actorOf(ctx);
    const now = new Date();
    if (change.changeEffectiveFrom && change.changeEffectiveFrom.getTime() < now.getTime() - 60_000) {
      throw badInput([
        {
          field: 'changeEffectiveFrom',
          code: 'EFFECTIVE_IN_THE_PAST',
          message: 'A change takes effect now or later: leave the date out, or choose a later one',
        },
      ]);
    }
    const targets = await spec.targets(ctx, args);
    const result = await dryRun(ctx, (tx) => spec.run(tx, args));
    const diff: ChangeTargetDiff[] = targets.length
      ? targets.map((t) => ({ recordId: t.recordId, label: t.label, baseVersion: t.version, changes: fieldDiff(t.before, spec.proposed(args, t)) }))
      : [{ recordId: null, label: spec.label?.(args) ?? mutation, baseVersion: null, changes: fieldDiff(null, spec.proposed(args, null)) }];
    if (spec.operation !== ChangeOperation.CREATE && spec.operation !== ChangeOperation.DELETE && diff.every((d) => d.changes.length === 0)) {
      throw badInput([{ code: 'NO_CHANGE', message: 'Nothing would change: the record already has these values' }]);
    }
    const draft = !!change.changeDraft;
    const request = await inTransaction(ctx, async (tx) => {
      const row = tx.manager.create(ChangeRequest, {
        id: newId(),
        resource: spec.resource,
        operation: spec.operation,
        mutation,
        summary: diff
          .map((d) => d.label)
          .join(', ')
          .slice(0, 500),
        status: draft ? ChangeRequestStatus.DRAFT : ChangeRequestStatus.SUBMITTED,
        args: serializeArgs(args),
        diff,
        note: change.changeNote ?? null,
        effectiveFrom: change.changeEffectiveFrom ?? null,
        makerId: maker.id,
        makerEmail: maker.email,
        submittedAt: draft ? null : now,
        checkerId: null,
        checkerEmail: null,
        decidedAt: null,
        rejectionReason: null,
        appliedAt: null,
        resultRecordId: null,
        outcome: null,
        createdAt: now,
        updatedAt: now,
        version: 1,
      });
      await tx.manager.insert(ChangeRequest, row as never);
      if (targets.length)
        await tx.manager.insert(
          ChangeTarget,
          targets.map((t) => ({ changeRequestId: row.id, recordId: t.recordId, baseVersion: t.version })),
        );
      await recordAudit(tx, draft ? AuditAction.CREATE : AuditAction.SUBMIT, 'ChangeRequest', row.id, null, {
        mutation,
        summary: row.summary,
        effectiveFrom: row.effectiveFrom,
      });
      return row;
    });
    const answer = await spec.held(ctx, args, result);
    for (const record of Array.isArray(answer) ? answer : [answer]) if (record && typeof record === 'object') Object.assign(record, { [HELD_CHANGE]: request });
    return answer;
  },

  list: (ctx: RequestContext, args: ListArgs, filter?: ChangeRequestFilter) =>
    ChangeRequestService.matching(ctx, filter).then((qb) =>
      pageOf(qb, args, {
        typeName: 'ChangeRequest',
        sortable: ['createdAt', 'updatedAt', 'effectiveFrom', 'status'],
        defaultSort: 'createdAt',
        defaultOrder: 'DESC',
      }).getMany(),
    ),
  count: async (ctx: RequestContext, filter?: ChangeRequestFilter) => (await ChangeRequestService.matching(ctx, filter)).getCount(),
  get: (ctx: RequestContext, id: string) => load(ctx, id),

  async matching(ctx: RequestContext, filter: ChangeRequestFilter = {}) {
    const qb = ctx.manager.getRepository(ChangeRequest).createQueryBuilder('e');
    if (filter.ids) qb.andWhere(filter.ids.length ? 'e.id IN (:...ids)' : '1 = 0', { ids: filter.ids });
    if (filter.status) qb.andWhere('e.status = :status', { status: filter.status });
    if (filter.resource) qb.andWhere('e.resource = :resource', { resource: filter.resource });
    if (filter.open) qb.andWhere('e.status IN (:...open)', { open: OPEN_CHANGE_STATUSES });
    if (filter.q?.trim()) qb.andWhere('e.summary LIKE :q', { q: `%${filter.q.trim().replace(/[%_!]/g, '!$&')}%` });
    if (filter.recordId) {
      qb.andWhere(
        '(EXISTS (SELECT 1 FROM change_request_target t WHERE t.changeRequestId = e.id AND t.recordId = :recordId) OR e.resultRecordId = :recordId)',
        {
          recordId: filter.recordId,
        },
      );
    }
    const me = ctx.actor?.id ?? '';
    if (filter.mine) qb.andWhere('e.makerId = :me', { me });
    if (filter.awaitingMe) {
      const approves = ctx.actor ? await approvesOf(ctx, me) : [];
      qb.andWhere('e.status = :submitted AND e.makerId <> :me', { submitted: ChangeRequestStatus.SUBMITTED, me });
      qb.andWhere(approves.length ? 'e.resource IN (:...approves)' : '1 = 0', { approves });
    }
    return qb;
  },

  /** Open requests of each record (for its page), through one query per batch. */
  openFor: async (ctx: RequestContext, recordIds: readonly string[]) => {
    const rows = recordIds.length
      ? await ctx.manager
          .getRepository(ChangeRequest)
          .createQueryBuilder('e')
          .innerJoin(ChangeTarget, 't', 't.changeRequestId = e.id')
          .addSelect('t.recordId', 'targetId')
          .where('t.recordId IN (:...ids) AND e.status IN (:...open)', { ids: [...recordIds], open: OPEN_CHANGE_STATUSES })
          .orderBy('e.createdAt', 'ASC')
          .getRawAndEntities()
      : { raw: [], entities: [] };
    const byId = new Map(rows.entities.map((e) => [e.id, e]));
    const out = new Map<string, ChangeRequest[]>(recordIds.map((id) => [id, []]));
    for (const r of rows.raw as { e_id: string; targetId: string }[]) out.get(r.targetId)?.push(byId.get(r.e_id)!);
    return recordIds.map((id) => out.get(id)!);
  },

  /** The maker sends a draft for approval (the records must not have changed since). */
  submit: (ctx: RequestContext, args: ChangeDecisionArgs) =>
    inTransaction(ctx, async (tx) => {
      const request = await load(tx, args.id);
      if (request.makerId !== actorOf(tx).id) throw forbidden('the maker of the change');
      return move(tx, request, args.version, ChangeRequestStatus.SUBMITTED, AuditAction.SUBMIT, { submittedAt: new Date() });
    }),

  /**
   * A checker approves: someone holding the permission for the resource, never the maker (administrators included).
   * A change made against versions that are no longer current is superseded and refused with CONFLICT. Due now, it
   * applies at once; otherwise the schedule applies it at its effective instant.
   */
  async approve(ctx: RequestContext, args: ChangeDecisionArgs): Promise<ChangeRequest> {
    const checker = actorOf(ctx);
    const request = await load(ctx, args.id);
    const spec = changeSpec(request.mutation);
    await assertMayDecide(ctx, request, checker.id, 'You made this change: another person must approve it (four eyes)');
    if (request.status === ChangeRequestStatus.SUPERSEDED) {
      throw conflict(`This change was superseded (${request.outcome ?? 'the record changed meanwhile'}): make it again on the current version`);
    }
    if (request.status === ChangeRequestStatus.SUBMITTED) {
      const stale = await staleTargets(ctx, spec, request);
      if (stale.length) {
        await markSuperseded(ctx, request, stale);
        throw conflict('The record was changed after this change was made: it is superseded; make the change again on the current version', { stale });
      }
    }
    const approved = await inTransaction(ctx, async (tx) => {
      const fresh = await load(tx, args.id);
      return move(tx, fresh, args.version, ChangeRequestStatus.APPROVED, AuditAction.APPROVE, {
        checkerId: checker.id,
        checkerEmail: checker.email,
        decidedAt: new Date(),
      });
    });
    if (!approved.effectiveFrom || approved.effectiveFrom.getTime() <= Date.now()) await ChangeRequestService.apply(ctx, approved.id);
    return load(ctx, approved.id);
  },

  /** A checker rejects, saying why; the request stays, with its diff and the reason. */
  async reject(ctx: RequestContext, args: RejectChangeArgs): Promise<ChangeRequest> {
    const checker = actorOf(ctx);
    const request = await load(ctx, args.id);
    await assertMayDecide(ctx, request, checker.id, 'You made this change: cancel it instead, or let a checker decide');
    return inTransaction(ctx, (tx) =>
      move(tx, request, args.version, ChangeRequestStatus.REJECTED, AuditAction.REJECT, {
        checkerId: checker.id,
        checkerEmail: checker.email,
        decidedAt: new Date(),
        rejectionReason: args.reason.trim(),
      }),
    );
  },

  /** The maker withdraws a change not yet applied. */
  cancel: (ctx: RequestContext, args: ChangeDecisionArgs) =>
    inTransaction(ctx, async (tx) => {
      const request = await load(tx, args.id);
      if (request.makerId !== actorOf(tx).id) throw forbidden('the maker of the change');
      return move(tx, request, args.version, ChangeRequestStatus.CANCELLED, AuditAction.CANCEL);
    }),

  /**
   * Apply one approved request, exactly once: its status moves to APPLIED in the same transaction as the write, only
   * if it is still APPROVED — a second process (or a retry) finds nothing to do. A record changed meanwhile supersedes
   * it; a write the rules now refuse leaves it FAILED with the reason.
   */
  async apply(ctx: RequestContext, id: string, now = new Date()): Promise<'APPLIED' | 'SKIPPED' | 'SUPERSEDED' | 'FAILED'> {
    const request = await load(ctx, id);
    if (request.status !== ChangeRequestStatus.APPROVED) return 'SKIPPED';
    const spec = changeSpec(request.mutation);
    const args = deserializeArgs<object>(request.args);
    const NOTHING = Symbol('nothing');
    try {
      const result = await inTransaction(ctx, async (tx) => {
        const flipped = await tx.manager.update(
          ChangeRequest,
          { id, status: ChangeRequestStatus.APPROVED, version: request.version },
          { status: ChangeRequestStatus.APPLIED, appliedAt: now, version: request.version + 1, updatedAt: now },
        );
        if (!flipped.affected) return NOTHING;
        const stale = await staleTargets(tx, spec, request);
        if (stale.length) throw new Superseded(`Changed meanwhile: ${stale.join(', ')}`);
        const applier: RequestContext = {
          ...tx,
          actor: { id: request.makerId, email: `${request.makerEmail} (approved by ${request.checkerEmail})`.slice(0, 200), role: Role.ADMIN },
        };
        const out = await spec.run(applier, args);
        const createdId = spec.operation === ChangeOperation.CREATE ? ((out as { id?: string } | null)?.id ?? null) : null;
        if (createdId) await tx.manager.update(ChangeRequest, { id }, { resultRecordId: createdId });
        // Other open changes of the same records were made against versions this one replaces.
        const targets = (await tx.manager.findBy(ChangeTarget, { changeRequestId: id })).map((t) => t.recordId);
        if (targets.length) {
          const others = await tx.manager
            .getRepository(ChangeTarget)
            .createQueryBuilder('t')
            .innerJoin(ChangeRequest, 'e', 'e.id = t.changeRequestId')
            .where('t.recordId IN (:...targets) AND e.id <> :id AND e.status IN (:...open)', { targets, id, open: OPEN_CHANGE_STATUSES })
            .select('DISTINCT t.changeRequestId', 'id')
            .getRawMany<{ id: string }>();
          if (others.length) {
            await tx.manager.update(
              ChangeRequest,
              { id: In(others.map((o) => o.id)) },
              { status: ChangeRequestStatus.SUPERSEDED, outcome: `Superseded by change ${id}`, updatedAt: now },
            );
          }
        }
        await recordAudit(
          tx,
          AuditAction.APPLY,
          'ChangeRequest',
          id,
          { status: ChangeRequestStatus.APPROVED },
          { status: ChangeRequestStatus.APPLIED, resultRecordId: createdId },
        );
        return out;
      });
      if (result === NOTHING) return 'SKIPPED';
      await spec.afterApply?.(ctx, args, result);
      return 'APPLIED';
    } catch (error) {
      const superseded = error instanceof Superseded;
      if (!superseded && !(error instanceof AppError)) throw error; // not the change's fault: the next run tries again
      const outcome = superseded ? error.message : error.message.slice(0, 1000);
      const status = superseded ? ChangeRequestStatus.SUPERSEDED : ChangeRequestStatus.FAILED;
      await inTransaction(ctx, async (tx) => {
        const done = await tx.manager.update(
          ChangeRequest,
          { id, status: ChangeRequestStatus.APPROVED },
          { status, outcome, updatedAt: now, version: request.version + 1 },
        );
        if (done.affected) await recordAudit(tx, AuditAction.UPDATE, 'ChangeRequest', id, { status: ChangeRequestStatus.APPROVED }, { status, outcome });
      });
      return superseded ? 'SUPERSEDED' : 'FAILED';
    }
  },

  /** The scheduled job: apply every approved request whose effective instant has come (idempotent, see `apply`). */
  async applyDue(ctx: RequestContext, now = new Date()): Promise<number> {
    const due = await ctx.manager.find(ChangeRequest, {
      select: { id: true },
      where: [
        { status: ChangeRequestStatus.APPROVED, effectiveFrom: IsNull() },
        { status: ChangeRequestStatus.APPROVED, effectiveFrom: LessThanOrEqual(now) },
      ],
      order: { effectiveFrom: 'ASC' },
      take: 100,
    });
    let applied = 0;
    for (const { id } of due) if ((await ChangeRequestService.apply(ctx, id, now)) === 'APPLIED') applied++;
    return applied;
  },

  /** Four eyes per resource (on unless turned off). */
  settings: async (ctx: RequestContext) => {
    const rows = new Map((await ctx.manager.find(FourEyesSetting)).map((r) => [r.resource, r]));
    return Object.values(ChangeResource).map((resource) => rows.get(resource) ?? { resource, enabled: true, updatedBy: null, updatedAt: null });
  },

  /** Turn four eyes on or off for a resource (administrators; audited). Changes already held keep their course. */
  setEnabled: (ctx: RequestContext, resource: ChangeResource, enabled: boolean) =>
    inTransaction(ctx, async (tx) => {
      const before = await tx.manager.findOneBy(FourEyesSetting, { resource });
      const row = { resource, enabled, updatedBy: actorOf(tx).email, updatedAt: new Date() };
      await tx.manager.save(FourEyesSetting, row);
      await recordAudit(tx, AuditAction.UPDATE, 'FourEyesSetting', resource, { enabled: before?.enabled ?? true }, { enabled });
      return row;
    }),
};
