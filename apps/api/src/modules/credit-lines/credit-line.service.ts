import { In, IsNull, MoreThan } from 'typeorm';
import Decimal from 'decimal.js';
import {
  calendarDay,
  ChangeResource,
  creditLimitProposal,
  CreditRuleCondition,
  declaredFinancials,
  ProductType,
  TriggerKind,
  type CreditRule,
  type RuleViolation,
} from '@tierwise/domain';
import { actorEmail, inTransaction, systemContext, type RequestContext } from '../../common/context';
import { changesFrom, CrudRepository, equalityFilter } from '../../common/crud';
import { AppError, assertBatchSize, assertNoViolations, badInput, notFound } from '../../common/errors';
import { institutionTimeZone } from '../../common/institution';
import { logger } from '../../common/observability';
import type { ListArgs } from '../../common/list';
import { newId } from '../../common/persistence/columns';
import { insertIgnoringExisting } from '../../common/persistence/bulk-insert';
import { Customer } from '../customers';
import { fireEvent } from '../outreach';
import { Product } from '../products';
import { investorFacts } from '../risk-profile';
import { Tier } from '../tiers';
import { User } from '../users';
import { CreditLimitChange, CreditLimitChangeStatus, CreditLine, CreditLineRule, CreditLineStatus } from './credit-line.entity';
import type {
  CreateCreditLineRuleArgs,
  CreditConductInput,
  CreditLimitChangeFilter,
  CreditLineFilter,
  CreditLineRuleFilter,
  DecideLimitArgs,
  OpenCreditLineArgs,
  ProposeLimitArgs,
  UpdateCreditLineRuleArgs,
} from './credit-line.inputs';

const rules = new CrudRepository(CreditLineRule, 'CreditLineRule', ['code', 'name', 'priority', 'updatedAt'], ['code', 'name', 'nameEn']);
const lines = new CrudRepository(CreditLine, 'CreditLine', ['createdAt', 'updatedAt', 'creditLimit', 'status'], []);
const changes = new CrudRepository(CreditLimitChange, 'CreditLimitChange', ['createdAt', 'updatedAt', 'status', 'toLimit'], []);
const narrowLines = equalityFilter<CreditLineFilter>(['customerId', 'status']);
const narrowChanges = equalityFilter<CreditLimitChangeFilter>(['creditLineId', 'customerId', 'status']);

/** Lines reviewed a batch at a time. */
const REVIEW_BATCH = 500;
const money = /^\d{1,13}(\.\d{1,2})?$/;

async function ruleViolations(ctx: RequestContext, r: Partial<CreditLineRule>): Promise<RuleViolation[]> {
  const problems: RuleViolation[] = [];
  const change = r.changePercent === undefined ? null : new Decimal(r.changePercent);
  if (change && (change.isZero() || change.lt(-90) || change.gt(100)))
    problems.push({ field: 'changePercent', code: 'INVALID_CHANGE_PERCENT', message: 'The change is a percent from -90 to 100, not 0' });
  if (r.threshold !== undefined) {
    const t = new Decimal(r.threshold);
    if (r.condition !== CreditRuleCondition.INCOME_CHANGE && t.lt(0))
      problems.push({ field: 'threshold', code: 'INVALID_THRESHOLD', message: 'The threshold is 0 or more (only an income change may be negative: a fall)' });
    if ((r.condition === CreditRuleCondition.ON_TIME_MONTHS || r.condition === CreditRuleCondition.OVERDUE) && !t.isInteger())
      problems.push({ field: 'threshold', code: 'INVALID_THRESHOLD', message: 'Months and counts are whole numbers' });
  }
  for (const field of ['minLimit', 'maxLimit'] as const) {
    const v = r[field];
    if (v !== undefined && v !== null && (!money.test(v) || new Decimal(v).lte(0)))
      problems.push({ field, code: 'INVALID_AMOUNT', message: `${field} is a positive sum in yuan` });
  }
  if (r.minLimit && r.maxLimit && new Decimal(r.minLimit).gt(r.maxLimit))
    problems.push({ field: 'maxLimit', code: 'INVALID_BOUNDS', message: 'The upper bound is at least the lower one' });
  if (r.tierIds?.length) {
    const known = await ctx.manager.countBy(Tier, { id: In(r.tierIds) });
    if (known !== new Set(r.tierIds).size) problems.push({ field: 'tierIds', code: 'UNKNOWN_TIER', message: 'Every tier named must exist' });
  }
  return problems;
}

const asRule = (r: CreditLineRule): CreditRule => ({
  id: r.id,
  code: r.code,
  condition: r.condition,
  threshold: new Decimal(r.threshold).toString(),
  tierIds: r.tierIds.filter(Boolean),
  changePercent: new Decimal(r.changePercent).toString(), // "15", as the rule was written, in the reason's parameters
  minLimit: r.minLimit,
  maxLimit: r.maxLimit,
  priority: r.priority,
});

/** The review period a moment falls in: its calendar month in the institution's time zone. */
export const reviewPeriod = (now: Date) => calendarDay(now, institutionTimeZone()).slice(0, 7);

async function incomeOf(ctx: RequestContext, customer: Customer, now: Date): Promise<string | null> {
  return declaredFinancials((await investorFacts(ctx, customer)).declarations, now).income;
}

/** A checker decides a credit-limit change: someone holding the credit checker permission, never its proposer. */
async function assertChecker(tx: RequestContext, change: CreditLimitChange) {
  const me = tx.actor!;
  if (change.proposedById && change.proposedById === me.id)
    throw new AppError('FORBIDDEN', 'You proposed this change: another person must decide it (four eyes)', { reason: 'SELF_APPROVAL' });
  const user = await tx.manager.findOne(User, { where: { id: me.id }, select: { id: true, approves: true } });
  if (!user?.approves?.includes(ChangeResource.CREDIT_LINE_RULE))
    throw new AppError('FORBIDDEN', 'Deciding credit-limit changes needs the checker permission for CREDIT_LINE_RULE: an administrator grants it', {
      reason: 'NOT_A_CHECKER',
    });
}

async function pending(tx: RequestContext, id: string, version: number) {
  const change = await changes.get(tx, id);
  if (change.status !== CreditLimitChangeStatus.PROPOSED)
    throw badInput([{ field: 'id', code: 'NOT_PROPOSED', message: `The change is ${change.status}: only a proposed change is decided` }]);
  if (change.version !== version) await changes.touch(tx, id, version); // CONFLICT with the current version
  return change;
}

/**
 * Credit lines whose limits adjust: product managers' rules (under four eyes) are applied by a review job once per
 * month to every active line; what they propose (and what a person proposes) waits for a checker, and once applied the
 * customer is told through outreach, consent and the contact policy deciding as for any message.
 */
export const CreditLineService = {
  rules: {
    list: (ctx: RequestContext, args: ListArgs, filter?: CreditLineRuleFilter) => rules.list(ctx, args, filter, undefined, { defaultSort: 'priority' }),
    count: (ctx: RequestContext, filter?: CreditLineRuleFilter) => rules.count(ctx, filter),
    get: (ctx: RequestContext, id: string) => rules.get(ctx, id),
    create: (ctx: RequestContext, args: CreateCreditLineRuleArgs) =>
      inTransaction(ctx, async (tx) => {
        const values = {
          ...args,
          threshold: args.threshold ?? '0',
          tierIds: args.tierIds ?? [],
          minLimit: args.minLimit ?? null,
          maxLimit: args.maxLimit ?? null,
          priority: args.priority ?? 100,
          active: args.active ?? true,
          nameEn: args.nameEn ?? null,
        };
        assertNoViolations(await ruleViolations(tx, values));
        return rules.create(tx, values);
      }),
    update: (ctx: RequestContext, args: UpdateCreditLineRuleArgs) =>
      inTransaction(ctx, async (tx) => {
        const current = await rules.get(tx, args.id);
        const edit = changesFrom(args, ['code', 'name', 'condition', 'threshold', 'tierIds', 'changePercent', 'priority', 'active']);
        const next = {
          ...current,
          ...edit,
          ...('minLimit' in args ? { minLimit: args.minLimit ?? null } : {}),
          ...('maxLimit' in args ? { maxLimit: args.maxLimit ?? null } : {}),
        };
        assertNoViolations(await ruleViolations(tx, next));
        const { id: _id, version: _v, createdAt: _c, updatedAt: _u, ...values } = next;
        return (await rules.update(tx, args.id, args.version, { ...values, nameEn: args.nameEn === undefined ? current.nameEn : args.nameEn })).after;
      }),
    delete: (ctx: RequestContext, id: string) => inTransaction(ctx, (tx) => rules.remove(tx, id)),
  },

  list: (ctx: RequestContext, args: ListArgs, filter?: CreditLineFilter) =>
    lines.list(ctx, args, filter, narrowLines(filter), { defaultSort: 'createdAt', defaultOrder: 'DESC' }),
  count: (ctx: RequestContext, filter?: CreditLineFilter) => lines.count(ctx, filter, narrowLines(filter)),
  get: (ctx: RequestContext, id: string) => lines.get(ctx, id),
  ofCustomer: (ctx: RequestContext, customerId: string) => ctx.manager.find(CreditLine, { where: { customerId }, order: { createdAt: 'ASC' }, take: 20 }),
  historyOf: (ctx: RequestContext, creditLineId: string) =>
    ctx.manager.find(CreditLimitChange, { where: { creditLineId }, order: { createdAt: 'DESC' }, take: 100 }),

  /** Open a credit line (a CREDIT_LINE product) for a customer at a limit; the income declared now is its review basis. */
  open: (ctx: RequestContext, args: OpenCreditLineArgs, now = new Date()) =>
    inTransaction(ctx, async (tx) => {
      const customer = await tx.manager.findOneBy(Customer, { id: args.customerId });
      if (!customer) throw notFound('Customer', args.customerId);
      const product = await tx.manager.findOneBy(Product, { id: args.productId });
      if (!product) throw notFound('Product', args.productId);
      assertNoViolations([
        ...(product.type === ProductType.CREDIT_LINE
          ? []
          : [{ field: 'productId', code: 'WRONG_PRODUCT_KIND', message: `${product.code} is not a credit line` }]),
        ...(money.test(args.creditLimit) && new Decimal(args.creditLimit).gt(0)
          ? []
          : [{ field: 'creditLimit', code: 'INVALID_AMOUNT', message: 'The limit is a positive sum in yuan' }]),
      ]);
      return lines.create(tx, {
        customerId: customer.id,
        productId: product.id,
        creditLimit: args.creditLimit,
        status: CreditLineStatus.ACTIVE,
        onTimeMonths: 0,
        overdueLast12: 0,
        incomeAtReview: await incomeOf(tx, customer, now),
        conductAsOf: null,
      });
    }),

  /** The core system's repayment figures, up to 1,000 lines at once (all or none). */
  recordConduct: (ctx: RequestContext, items: CreditConductInput[], now = new Date()) =>
    inTransaction(ctx, async (tx) => {
      assertBatchSize(items);
      const known = new Set(
        (await tx.manager.find(CreditLine, { select: { id: true }, where: { id: In(items.map((i) => i.creditLineId)) } })).map((l) => l.id),
      );
      const unknown = items.findIndex((i) => !known.has(i.creditLineId));
      if (unknown >= 0) throw badInput([{ field: `items.${unknown}.creditLineId`, code: 'NOT_FOUND', message: 'No such credit line' }]);
      for (const i of items)
        await tx.manager.update(CreditLine, { id: i.creditLineId }, { onTimeMonths: i.onTimeMonths, overdueLast12: i.overdueLast12, conductAsOf: now });
      return items.length;
    }),

  changes: {
    list: (ctx: RequestContext, args: ListArgs, filter?: CreditLimitChangeFilter) =>
      changes.list(ctx, args, filter, narrowChanges(filter), { defaultSort: 'createdAt', defaultOrder: 'DESC' }),
    count: (ctx: RequestContext, filter?: CreditLimitChangeFilter) => changes.count(ctx, filter, narrowChanges(filter)),
    get: (ctx: RequestContext, id: string) => changes.get(ctx, id),
  },

  /** A person proposes a limit (a checker other than them decides); one open proposal per line at a time. */
  propose: (ctx: RequestContext, args: ProposeLimitArgs) =>
    inTransaction(ctx, async (tx) => {
      const line = await lines.get(tx, args.creditLineId);
      assertNoViolations(
        money.test(args.toLimit) && new Decimal(args.toLimit).gt(0) && !new Decimal(args.toLimit).eq(line.creditLimit)
          ? []
          : [{ field: 'toLimit', code: 'INVALID_AMOUNT', message: `The new limit is a positive sum other than the current ${line.creditLimit}` }],
      );
      if (await tx.manager.countBy(CreditLimitChange, { creditLineId: line.id, status: CreditLimitChangeStatus.PROPOSED }))
        throw new AppError('CONFLICT', 'A change of this line already waits for a decision: decide it first');
      const id = newId();
      return changes.create(tx, {
        creditLineId: line.id,
        customerId: line.customerId,
        period: `manual:${id}`,
        ruleId: null,
        fromLimit: line.creditLimit,
        toLimit: new Decimal(args.toLimit).toFixed(2),
        reason: { code: 'MANUAL', params: { note: args.note } },
        status: CreditLimitChangeStatus.PROPOSED,
        proposedBy: actorEmail(tx),
        proposedById: tx.actor?.id ?? null,
        decidedBy: null,
        decidedAt: null,
        decisionNote: null,
        notifiedAt: null,
      });
    }),

  /**
   * A checker approves: the line takes the new limit (refused as CONFLICT if its limit moved since the proposal), its
   * income basis is the income declared now, and the customer is told once the change has committed.
   */
  async approve(ctx: RequestContext, args: DecideLimitArgs, now = new Date()) {
    const applied = await inTransaction(ctx, async (tx) => {
      const change = await pending(tx, args.id, args.version);
      await assertChecker(tx, change);
      const line = await lines.get(tx, change.creditLineId);
      if (!new Decimal(line.creditLimit).eq(change.fromLimit))
        throw new AppError('CONFLICT', `The line's limit is ${line.creditLimit} now, not the ${change.fromLimit} this change was proposed from: reject it`);
      const customer = await tx.manager.findOneBy(Customer, { id: line.customerId });
      await lines.update(tx, line.id, line.version, {
        creditLimit: change.toLimit,
        incomeAtReview: customer ? await incomeOf(tx, customer, now) : line.incomeAtReview,
      });
      return (
        await changes.update(tx, change.id, args.version, {
          status: CreditLimitChangeStatus.APPLIED,
          decidedBy: actorEmail(tx),
          decidedAt: now,
          decisionNote: args.note ?? null,
        })
      ).after;
    });
    // The change stands once committed; a notification that fails now is sent by the next review (its sweep).
    await CreditLineService.notify(ctx, [applied], now).catch((error: unknown) =>
      logger.warn({ err: error, creditLimitChangeId: applied.id }, 'Telling the customer of a credit-limit change failed; the review retries'),
    );
    return changes.get(ctx, applied.id);
  },

  reject: (ctx: RequestContext, args: DecideLimitArgs, now = new Date()) =>
    inTransaction(ctx, async (tx) => {
      const change = await pending(tx, args.id, args.version);
      await assertChecker(tx, change);
      return (
        await changes.update(tx, change.id, args.version, {
          status: CreditLimitChangeStatus.REJECTED,
          decidedBy: actorEmail(tx),
          decidedAt: now,
          decisionNote: args.note ?? null,
        })
      ).after;
    }),

  /** Tell customers of applied changes (once each: the message key is the change's), and mark them told. */
  async notify(ctx: RequestContext, applied: CreditLimitChange[], now = new Date()): Promise<number> {
    if (!applied.length) return 0;
    const sent = await fireEvent(
      ctx.dataSource,
      TriggerKind.CREDIT_LIMIT,
      applied.map((c) => ({
        id: c.id,
        customerId: c.customerId,
        amount: c.toLimit,
        basis: { creditLimitChangeId: c.id, fromLimit: c.fromLimit, toLimit: c.toLimit, reason: c.reason.code },
      })),
      now,
    );
    await ctx.dataSource.manager.update(CreditLimitChange, { id: In(applied.map((c) => c.id)), notifiedAt: IsNull() }, { notifiedAt: now });
    return sent;
  },

  /**
   * The monthly review: every active line, a batch at a time, against the active rules; what they propose is recorded
   * once per line and period (a second run in the month adds nothing: the period is part of a unique key), never beside
   * a change still waiting. Applied changes not yet told (a failed notification) are told again. Answers how many it proposed.
   */
  async review(ctx: RequestContext, now = new Date()): Promise<number> {
    const m = ctx.dataSource.manager;
    const period = reviewPeriod(now);
    const active = (await m.findBy(CreditLineRule, { active: true })).map(asRule);
    let proposed = 0;
    let after = '';
    if (active.length)
      for (;;) {
        const batch = await m.find(CreditLine, { where: { status: CreditLineStatus.ACTIVE, id: MoreThan(after) }, order: { id: 'ASC' }, take: REVIEW_BATCH });
        if (!batch.length) break;
        after = batch[batch.length - 1].id;
        const ids = batch.map((l) => l.id);
        const busy = new Set(
          (
            await m.find(CreditLimitChange, {
              select: { id: true, creditLineId: true },
              where: [
                { creditLineId: In(ids), period },
                { creditLineId: In(ids), status: CreditLimitChangeStatus.PROPOSED },
              ],
            })
          ).map((c) => c.creditLineId),
        );
        const todo = batch.filter((l) => !busy.has(l.id));
        const customers = new Map((todo.length ? await m.findBy(Customer, { id: In([...new Set(todo.map((l) => l.customerId))]) }) : []).map((c) => [c.id, c]));
        const incomes = new Map(await Promise.all([...customers.values()].map(async (c) => [c.id, await incomeOf(ctx, c, now)] as const)));
        const rows: Partial<CreditLimitChange>[] = [];
        for (const l of todo) {
          const customer = customers.get(l.customerId);
          if (!customer) continue;
          const p = creditLimitProposal(
            {
              limit: l.creditLimit,
              tierId: customer.tierId,
              onTimeMonths: l.onTimeMonths,
              overdueLast12: l.overdueLast12,
              income: incomes.get(customer.id) ?? null,
              incomeAtReview: l.incomeAtReview,
            },
            active,
          );
          if (!p) continue;
          rows.push({
            id: newId(),
            version: 1,
            createdAt: now,
            updatedAt: now,
            creditLineId: l.id,
            customerId: l.customerId,
            period,
            ruleId: p.ruleId,
            fromLimit: p.fromLimit,
            toLimit: p.toLimit,
            reason: p.reason,
            status: CreditLimitChangeStatus.PROPOSED,
            proposedBy: actorEmail(ctx),
            proposedById: null,
            decidedBy: null,
            decidedAt: null,
            decisionNote: null,
            notifiedAt: null,
          });
        }
        // Two reviews at once (two workers) propose the same rows: the unique (line, period) keeps one.
        await insertIgnoringExisting(m, CreditLimitChange, rows);
        proposed += rows.length;
      }
    const untold = await m.find(CreditLimitChange, {
      where: { status: CreditLimitChangeStatus.APPLIED, notifiedAt: IsNull(), decidedAt: MoreThan(new Date(now.getTime() - 7 * 86_400_000)) },
      take: 1000,
    });
    await CreditLineService.notify(ctx, untold, now);
    return proposed;
  },

  /** The job's entry: the review in the system's name. */
  reviewAll: (ds: RequestContext['dataSource'], now = new Date()) => CreditLineService.review(systemContext(ds, 'credit-review'), now),
};
