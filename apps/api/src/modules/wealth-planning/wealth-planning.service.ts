import { In, LessThan } from 'typeorm';
import Decimal from 'decimal.js';
import {
  allocationByRisk,
  combinedSchedule,
  effectiveProduct,
  highestRiskRank,
  loanTermsViolations,
  orderGate,
  OrderStatus,
  planLineViolations,
  productRole,
  ProductStatus,
  ProductType,
  projectProposal,
  PROPOSAL_VALID_DAYS,
  ProposalKind,
  ProposalStatus,
  proposalTransitionViolation,
  suggestDraft,
  suitability,
  termMonthsOf,
  type DraftCandidate,
  type RuleViolation,
} from '@tierwise/domain';
import { actorEmail, inTransaction, type RequestContext } from '../../common/context';
import { CrudRepository, equalityFilter } from '../../common/crud';
import { assertNoViolations, badInput, notFound } from '../../common/errors';
import type { ListArgs } from '../../common/list';
import { newId } from '../../common/persistence/columns';
import { Customer } from '../customers';
import { CustomerNeed } from '../needs';
import { OrderService } from '../orders';
import { Product, suitabilityProduct } from '../products';
import { investorFacts, suitabilityPolicy } from '../risk-profile';
import { CustomerGoal, GoalSource, type LineCheckRecord, type LoanPart, Proposal, ProposalLine } from './wealth-planning.entity';
import { PlanningErrors } from './wealth-planning.errors';
import type {
  AcceptProposalArgs,
  CreateGoalArgs,
  CustomerGoalFilter,
  DeclineProposalArgs,
  DraftLoanProposalArgs,
  DraftProposalArgs,
  LineCheckArgs,
  LoanPartInput,
  ProposalFilter,
  ProposalLineInput,
  ProposalVersionArgs,
  SetLoanPartsArgs,
  SetProposalLinesArgs,
  UpdateGoalArgs,
} from './wealth-planning.inputs';

const goals = new CrudRepository(CustomerGoal, 'CustomerGoal', ['createdAt', 'updatedAt', 'priority', 'horizonYears', 'targetAmount'], ['note']);
const proposals = new CrudRepository(Proposal, 'Proposal', ['createdAt', 'updatedAt', 'status', 'revision'], []);
const narrowGoals = equalityFilter<CustomerGoalFilter>(['customerId', 'kind']);
const narrowProposals = equalityFilter<ProposalFilter>(['customerId', 'goalId', 'status']);

const DEFAULT_INFLATION = '2';
/** What a loan proposal's parts borrow from: loans, mortgages, and a personal credit line drawn in instalments (the consumer part). */
const LOAN_TYPES: ReadonlySet<ProductType> = new Set([ProductType.LOAN, ProductType.MORTGAGE, ProductType.CREDIT_LINE]);
const positive = (field: string, value: string): RuleViolation[] =>
  new Decimal(value).gt(0) ? [] : [{ field, code: 'INVALID_AMOUNT', message: `${field} is a positive sum in yuan` }];

async function customerOf(ctx: RequestContext, id: string) {
  const customer = await ctx.manager.findOneBy(Customer, { id });
  if (!customer) throw notFound('Customer', id);
  return customer;
}

/** What the checks of one customer's lines share: the suitability facts, read once. */
async function checker(ctx: RequestContext, customer: Customer, horizonYears: number, now: Date) {
  const facts = await investorFacts(ctx, customer);
  const policy = suitabilityPolicy();
  return {
    facts,
    customerRank: highestRiskRank(facts, now, policy),
    async check(product: Product, amount: string): Promise<LineCheckRecord> {
      const asRules = await suitabilityProduct(ctx, product);
      const decision = suitability(facts, asRules, now, policy);
      const gate = orderGate(facts, decision);
      const violations = planLineViolations(
        amount,
        { minInvestment: product.minInvestment, termDays: product.termDays, isPrivateFund: effectiveProduct(asRules, now).privatePlacement },
        horizonYears,
      );
      return { allowed: decision.allowed, gate: gate.outcome, reasons: decision.reasons, violations, decidedAt: now.toISOString() };
    },
  };
}

/** A line may be presented unless the decision refuses it or a plan rule is broken (above the level, C2–C5, it goes with the warning). */
const lineBlocked = (c: LineCheckRecord) => c.gate === 'REFUSED' || c.violations.length > 0;

async function loadProducts(ctx: RequestContext, ids: string[]) {
  const found = await ctx.manager.findBy(Product, { id: In([...new Set(ids)]) });
  const byId = new Map(found.map((p) => [p.id, p]));
  const missing = ids.find((id) => !byId.has(id));
  if (missing) throw notFound('Product', missing);
  return byId;
}

async function buildLines(ctx: RequestContext, proposal: Proposal, goal: CustomerGoal, inputs: ProposalLineInput[], now: Date): Promise<ProposalLine[]> {
  const products = await loadProducts(
    ctx,
    inputs.map((l) => l.productId),
  );
  const check = await checker(ctx, await customerOf(ctx, proposal.customerId), goal.horizonYears, now);
  const problems: RuleViolation[] = [];
  const lines: ProposalLine[] = [];
  for (const [i, input] of inputs.entries()) {
    const product = products.get(input.productId)!;
    const role = input.role ?? productRole(product.type, product.riskLevel);
    if (!role) {
      problems.push({
        field: `lines.${i}.productId`,
        code: PlanningErrors.WRONG_PRODUCT_KIND,
        message: `${product.code} (${product.type}) is not an investment line`,
      });
      continue;
    }
    problems.push(...positive(`lines.${i}.amount`, input.amount));
    lines.push({
      id: newId(),
      proposalId: proposal.id,
      position: i,
      productId: product.id,
      role,
      amount: input.amount,
      termMonths: termMonthsOf(product.termDays),
      riskLevel: product.riskLevel,
      returnLow: product.expectedReturnMin ?? '0',
      returnHigh: product.expectedReturnMax ?? product.expectedReturnMin ?? '0',
      check: await check.check(product, input.amount),
      orderId: null,
    });
  }
  const total = inputs.reduce((s, l) => s.plus(new Decimal(l.amount).abs()), new Decimal(0));
  if (total.gt(proposal.investable))
    problems.push({
      field: 'lines',
      code: PlanningErrors.OVER_INVESTABLE,
      message: `The lines add up to ${total.toFixed(2)}, more than the ${proposal.investable} the plan invests`,
    });
  assertNoViolations(problems);
  return lines;
}

async function checkLoanParts(ctx: RequestContext, parts: LoanPartInput[]): Promise<LoanPart[]> {
  const products = await loadProducts(
    ctx,
    parts.map((p) => p.productId),
  );
  const problems: RuleViolation[] = [];
  parts.forEach((p, i) => {
    const product = products.get(p.productId)!;
    if (!LOAN_TYPES.has(product.type))
      problems.push({
        field: `parts.${i}.productId`,
        code: PlanningErrors.WRONG_PRODUCT_KIND,
        message: `${product.code} is not a loan, a mortgage or a credit line`,
      });
    for (const v of loanTermsViolations(p)) problems.push({ ...v, field: `parts.${i}.${v.field}` });
    if (product.minInvestment && new Decimal(p.principal).lt(product.minInvestment))
      problems.push({ field: `parts.${i}.principal`, code: 'BELOW_MINIMUM_INVESTMENT', message: `${product.code} lends at least ${product.minInvestment}` });
  });
  if (!parts.length) problems.push({ field: 'parts', code: PlanningErrors.EMPTY_PROPOSAL, message: 'A loan proposal has at least one part' });
  assertNoViolations(problems);
  return parts.map((p) => ({
    productId: p.productId,
    purpose: p.purpose,
    principal: new Decimal(p.principal).toFixed(2),
    annualRate: p.annualRate,
    months: p.months,
    method: p.method,
  }));
}

const linesOf = (ctx: RequestContext, proposalId: string) => ctx.manager.find(ProposalLine, { where: { proposalId }, order: { position: 'ASC' } });

async function draftable(tx: RequestContext, id: string, version: number) {
  const proposal = await proposals.get(tx, id);
  if (proposal.status !== ProposalStatus.DRAFT)
    throw badInput([
      {
        field: 'id',
        code: PlanningErrors.NOT_A_DRAFT,
        message: `Revision ${proposal.revision} is ${proposal.status}: revise it into a new draft to change it`,
      },
    ]);
  if (proposal.version !== version) await proposals.touch(tx, id, version); // refuses the stale version with CONFLICT
  return { proposal, goal: await goals.get(tx, proposal.goalId) };
}

async function nextRevision(tx: RequestContext, goalId: string) {
  const [last] = await tx.manager.find(Proposal, { where: { goalId }, order: { revision: 'DESC' }, take: 1, select: { id: true, revision: true } });
  return (last?.revision ?? 0) + 1;
}

const newProposal = (goal: CustomerGoal, revision: number, values: Partial<Proposal>, by: string): Partial<Proposal> => ({
  goalId: goal.id,
  customerId: goal.customerId,
  revision,
  status: ProposalStatus.DRAFT,
  inflation: DEFAULT_INFLATION,
  loanParts: [],
  draftNotes: [],
  preparedBy: by,
  presentedAt: null,
  validUntil: null,
  decidedAt: null,
  decidedBy: null,
  declineReason: null,
  ...values,
});

async function move(tx: RequestContext, proposal: Proposal, version: number, status: ProposalStatus, changes: Partial<Proposal>) {
  const violation = proposalTransitionViolation(proposal.status, status);
  if (violation) throw badInput([violation]);
  return (await proposals.update(tx, proposal.id, version, { ...changes, status })).after;
}

/** Lines checked again now (the customer's assessment or the product may have changed since they were set). */
async function recheck(tx: RequestContext, proposal: Proposal, goal: CustomerGoal, now: Date) {
  const lines = await linesOf(tx, proposal.id);
  const products = await loadProducts(
    tx,
    lines.map((l) => l.productId),
  );
  const check = await checker(tx, await customerOf(tx, proposal.customerId), goal.horizonYears, now);
  for (const line of lines) {
    line.check = await check.check(products.get(line.productId)!, line.amount);
    await tx.manager.update(ProposalLine, { id: line.id }, { check: line.check });
  }
  const blocked = lines
    .map((l, i) => ({ l, i }))
    .filter(({ l }) => lineBlocked(l.check))
    .map(({ l, i }) => ({
      field: `lines.${i}`,
      code: PlanningErrors.LINE_NOT_ALLOWED,
      message: `${products.get(l.productId)!.code}: ${[...l.check.reasons.filter((r) => r.blocking).map((r) => r.message), ...l.check.violations.map((v) => v.message)].join('; ')}`,
    }));
  return { lines, blocked };
}

/**
 * Goals and proposals: a banker records a customer's goal, drafts a proposal from the domain's suggestion (the one
 * suitability decision for every candidate), edits its lines (each checked as it is set), presents it, and records
 * the customer's answer — an accepted plan's lines become orders through the point of sale.
 */
export const WealthPlanningService = {
  goals: {
    list: (ctx: RequestContext, args: ListArgs, filter?: CustomerGoalFilter) =>
      goals.list(ctx, args, filter, narrowGoals(filter), { defaultSort: 'priority', defaultOrder: 'ASC' }),
    count: (ctx: RequestContext, filter?: CustomerGoalFilter) => goals.count(ctx, filter, narrowGoals(filter)),
    get: (ctx: RequestContext, id: string) => goals.get(ctx, id),
    ofCustomer: (ctx: RequestContext, customerId: string) =>
      ctx.manager.find(CustomerGoal, { where: { customerId }, order: { priority: 'ASC', createdAt: 'ASC' }, take: 50 }),
    create: (ctx: RequestContext, args: CreateGoalArgs) =>
      inTransaction(ctx, async (tx) => {
        await customerOf(tx, args.customerId);
        assertNoViolations(positive('targetAmount', args.targetAmount));
        if (args.needId) {
          const need = await tx.manager.findOneBy(CustomerNeed, { id: args.needId });
          if (!need || need.customerId !== args.customerId)
            throw badInput([{ field: 'needId', code: PlanningErrors.NEED_NOT_OF_CUSTOMER, message: 'The need is not one of this customer’s' }]);
        }
        return goals.create(tx, {
          customerId: args.customerId,
          kind: args.kind,
          targetAmount: args.targetAmount,
          horizonYears: args.horizonYears,
          priority: args.priority,
          liquidityPercent: args.liquidityPercent,
          source: args.needId ? GoalSource.NEED : GoalSource.INTERVIEW,
          needId: args.needId ?? null,
          note: args.note ?? null,
          createdBy: actorEmail(tx),
        });
      }),
    update: (ctx: RequestContext, args: UpdateGoalArgs) =>
      inTransaction(ctx, async (tx) => {
        assertNoViolations(positive('targetAmount', args.targetAmount));
        const { id, version, ...values } = args;
        return (await goals.update(tx, id, version, { ...values, note: values.note ?? null })).after;
      }),
  },

  list: (ctx: RequestContext, args: ListArgs, filter?: ProposalFilter) =>
    proposals.list(ctx, args, filter, narrowProposals(filter), { defaultSort: 'createdAt', defaultOrder: 'DESC' }),
  count: (ctx: RequestContext, filter?: ProposalFilter) => proposals.count(ctx, filter, narrowProposals(filter)),
  get: (ctx: RequestContext, id: string) => proposals.get(ctx, id),
  ofCustomer: (ctx: RequestContext, customerId: string) => ctx.manager.find(Proposal, { where: { customerId }, order: { createdAt: 'DESC' }, take: 50 }),
  lines: linesOf,
  goalOf: (ctx: RequestContext, proposal: Proposal) => goals.get(ctx, proposal.goalId),

  /** The products on sale a plan may use: those with a role in an investment plan, and loans for a loan proposal. */
  async planProducts(ctx: RequestContext, goalId: string) {
    await goals.get(ctx, goalId);
    const onSale = await ctx.manager.find(Product, { where: { status: ProductStatus.ACTIVE }, order: { code: 'ASC' } });
    return onSale.map((p) => ({ ...p, role: productRole(p.type, p.riskLevel) })).filter((p) => p.role !== null || LOAN_TYPES.has(p.type));
  },

  /** How one product at one amount stands for the goal's customer: the suitability decision and the plan's checks. */
  async checkLine(ctx: RequestContext, args: LineCheckArgs, now = new Date()): Promise<LineCheckRecord> {
    const goal = await goals.get(ctx, args.goalId);
    const product = (await loadProducts(ctx, [args.productId])).get(args.productId)!;
    return (await checker(ctx, await customerOf(ctx, goal.customerId), goal.horizonYears, now)).check(product, args.amount);
  },

  /**
   * A first draft for a goal: every product on sale that plays a part in a plan, decided for the customer by the one
   * suitability decision, handed to the domain's suggestion (allocation by the customer's level and liquidity need,
   * terms within the horizon, minimums, the private-fund floor); what it could not place is noted.
   */
  draft: (ctx: RequestContext, args: DraftProposalArgs, now = new Date()) =>
    inTransaction(ctx, async (tx) => {
      const goal = await goals.get(tx, args.goalId);
      const inflation = args.inflation ?? DEFAULT_INFLATION;
      assertNoViolations([
        ...positive('investable', args.investable),
        ...(new Decimal(inflation).abs().gt(20)
          ? [{ field: 'inflation', code: 'INVALID_RATE', message: 'Inflation is a yearly percentage from −20 to 20' }]
          : []),
      ]);
      const customer = await customerOf(tx, goal.customerId);
      const check = await checker(tx, customer, goal.horizonYears, now);
      const onSale = await tx.manager.findBy(Product, { status: ProductStatus.ACTIVE });
      const candidates: DraftCandidate[] = [];
      for (const p of onSale) {
        const role = productRole(p.type, p.riskLevel);
        if (!role) continue;
        const asRules = await suitabilityProduct(tx, p);
        const decision = suitability(check.facts, asRules, now, suitabilityPolicy());
        candidates.push({
          productId: p.id,
          role,
          riskLevel: Number(p.riskLevel.slice(1)),
          minInvestment: p.minInvestment,
          termMonths: termMonthsOf(p.termDays),
          isPrivateFund: effectiveProduct(asRules, now).privatePlacement,
          suitable: decision.allowed,
          expectedReturn: new Decimal(p.expectedReturnMin ?? 0)
            .plus(p.expectedReturnMax ?? p.expectedReturnMin ?? 0)
            .dividedBy(2)
            .toString(),
        });
      }
      const level = Math.max(1, Math.min(5, check.customerRank)) as 1 | 2 | 3 | 4 | 5;
      const suggestion: { lines: ProposalLineInput[]; unallocated: string; notes: { code: string; params: Record<string, string> }[] } = check.customerRank
        ? suggestDraft(
            { investable: args.investable, horizonYears: goal.horizonYears, liquidityPercent: goal.liquidityPercent, customerRiskLevel: level },
            candidates,
          )
        : { lines: [], unallocated: new Decimal(args.investable).toFixed(2), notes: [{ code: 'NO_VALID_ASSESSMENT', params: {} }] };
      const proposal = await proposals.create(
        tx,
        newProposal(
          goal,
          await nextRevision(tx, goal.id),
          {
            kind: ProposalKind.INVESTMENT,
            investable: args.investable,
            inflation,
            draftNotes: [
              ...suggestion.notes,
              ...(new Decimal(suggestion.unallocated).gt(0) ? [{ code: 'UNALLOCATED', params: { amount: suggestion.unallocated } }] : []),
            ],
          },
          actorEmail(tx),
        ),
      );
      const lines = await buildLines(tx, proposal, goal, suggestion.lines, now);
      if (lines.length) await tx.manager.insert(ProposalLine, lines);
      return proposal;
    }),

  /** A combined loan (e.g. a business loan and a consumer loan) for a goal, as one proposal with one schedule. */
  draftLoan: (ctx: RequestContext, args: DraftLoanProposalArgs) =>
    inTransaction(ctx, async (tx) => {
      const goal = await goals.get(tx, args.goalId);
      const parts = await checkLoanParts(tx, args.parts);
      const total = parts.reduce((s, p) => s.plus(p.principal), new Decimal(0)).toFixed(2);
      return proposals.create(
        tx,
        newProposal(goal, await nextRevision(tx, goal.id), { kind: ProposalKind.LOAN, investable: total, inflation: '0', loanParts: parts }, actorEmail(tx)),
      );
    }),

  /** The banker's lines, replacing the draft's: each checked by the suitability decision and the plan's rules, with its reasons. */
  setLines: (ctx: RequestContext, args: SetProposalLinesArgs, now = new Date()) =>
    inTransaction(ctx, async (tx) => {
      const { proposal, goal } = await draftable(tx, args.id, args.version);
      if (proposal.kind !== ProposalKind.INVESTMENT)
        throw badInput([{ field: 'id', code: PlanningErrors.WRONG_PRODUCT_KIND, message: 'A loan proposal has parts, not lines: setLoanParts' }]);
      const lines = await buildLines(tx, proposal, goal, args.lines, now);
      await tx.manager.delete(ProposalLine, { proposalId: proposal.id });
      if (lines.length) await tx.manager.insert(ProposalLine, lines);
      return (await proposals.update(tx, proposal.id, args.version, {}, { before: {}, after: { lines: args.lines } })).after;
    }),

  setLoanParts: (ctx: RequestContext, args: SetLoanPartsArgs) =>
    inTransaction(ctx, async (tx) => {
      const { proposal } = await draftable(tx, args.id, args.version);
      if (proposal.kind !== ProposalKind.LOAN)
        throw badInput([
          { field: 'id', code: PlanningErrors.WRONG_PRODUCT_KIND, message: 'An investment proposal has lines, not loan parts: setProposalLines' },
        ]);
      const parts = await checkLoanParts(tx, args.parts);
      const total = parts.reduce((s, p) => s.plus(p.principal), new Decimal(0)).toFixed(2);
      return (await proposals.update(tx, proposal.id, args.version, { loanParts: parts, investable: total })).after;
    }),

  /**
   * Present a draft: every line decided again now; a line the decision refuses or a plan rule forbids stops it (its
   * reasons given). It is then frozen, valid for 30 days, and an earlier presented revision of the goal expires.
   */
  present: (ctx: RequestContext, args: ProposalVersionArgs, now = new Date()) =>
    inTransaction(ctx, async (tx) => {
      const { proposal, goal } = await draftable(tx, args.id, args.version);
      if (proposal.kind === ProposalKind.INVESTMENT) {
        const { lines, blocked } = await recheck(tx, proposal, goal, now);
        if (!lines.length) throw badInput([{ field: 'lines', code: PlanningErrors.EMPTY_PROPOSAL, message: 'Add at least one line before presenting' }]);
        assertNoViolations(blocked);
      } else if (!proposal.loanParts.length) {
        throw badInput([{ field: 'parts', code: PlanningErrors.EMPTY_PROPOSAL, message: 'Add at least one loan part before presenting' }]);
      }
      const earlier = await tx.manager.findBy(Proposal, { goalId: goal.id, status: ProposalStatus.PRESENTED });
      for (const e of earlier) await move(tx, e, e.version, ProposalStatus.EXPIRED, { decidedAt: now });
      return move(tx, proposal, args.version, ProposalStatus.PRESENTED, {
        presentedAt: now,
        validUntil: new Date(now.getTime() + PROPOSAL_VALID_DAYS * 86_400_000),
      });
    }),

  /**
   * The customer accepts: each line (each loan part) becomes an order through the point of sale, which decides again
   * and applies every rule — the special warning for a line above the level (the order waits for it), the minimum, the
   * private placement floor, the 65+ acknowledgement. A line the point of sale refuses refuses the acceptance: nothing
   * is placed, and the reasons say which line.
   */
  accept: (ctx: RequestContext, args: AcceptProposalArgs, now = new Date()) =>
    inTransaction(ctx, async (tx) => {
      const proposal = await proposals.get(tx, args.id);
      if (proposal.status === ProposalStatus.PRESENTED && proposal.validUntil && proposal.validUntil < now)
        throw badInput([
          {
            field: 'id',
            code: PlanningErrors.PROPOSAL_EXPIRED,
            message: `Its validity ended on ${proposal.validUntil.toISOString()}: revise it and present it again`,
          },
        ]);
      const accepted = await move(tx, proposal, args.version, ProposalStatus.ACCEPTED, { decidedAt: now, decidedBy: actorEmail(tx) });
      const items =
        proposal.kind === ProposalKind.INVESTMENT
          ? (await linesOf(tx, proposal.id)).map((l) => ({ line: l as ProposalLine | null, productId: l.productId, amount: l.amount }))
          : proposal.loanParts.map((p) => ({ line: null as ProposalLine | null, productId: p.productId, amount: p.principal }));
      const refused: RuleViolation[] = [];
      for (const [i, item] of items.entries()) {
        try {
          const order = await OrderService.place(
            tx,
            { customerId: proposal.customerId, productId: item.productId, amount: item.amount, elderlyAcknowledged: args.elderlyAcknowledged },
            now,
          );
          if (order.status === OrderStatus.REFUSED)
            refused.push({
              field: `lines.${i}`,
              code: PlanningErrors.LINE_NOT_ALLOWED,
              message: `The point of sale refuses it: ${order.refusalCodes.join(', ')}`,
            });
          else if (item.line) await tx.manager.update(ProposalLine, { id: item.line.id }, { orderId: order.id });
        } catch (error) {
          const fields = (error as { extensions?: { fields?: RuleViolation[] } }).extensions?.fields;
          if (!fields) throw error;
          refused.push(...fields.map((f) => ({ ...f, field: `lines.${i}.${f.field ?? 'productId'}` })));
        }
      }
      assertNoViolations(refused);
      return accepted;
    }),

  decline: (ctx: RequestContext, args: DeclineProposalArgs, now = new Date()) =>
    inTransaction(ctx, async (tx) =>
      move(tx, await proposals.get(tx, args.id), args.version, ProposalStatus.DECLINED, {
        decidedAt: now,
        decidedBy: actorEmail(tx),
        declineReason: args.reason,
      }),
    ),

  /** A new draft revision from any proposal of the goal: its lines (or parts) copied, to be edited and presented again. */
  revise: (ctx: RequestContext, id: string) =>
    inTransaction(ctx, async (tx) => {
      const from = await proposals.get(tx, id);
      const goal = await goals.get(tx, from.goalId);
      const copy = await proposals.create(
        tx,
        newProposal(
          goal,
          await nextRevision(tx, goal.id),
          { kind: from.kind, investable: from.investable, inflation: from.inflation, loanParts: from.loanParts },
          actorEmail(tx),
        ),
      );
      const lines = await linesOf(tx, from.id);
      if (lines.length)
        await tx.manager.insert(
          ProposalLine,
          lines.map((l) => ({ ...l, id: newId(), proposalId: copy.id, orderId: null })),
        );
      return copy;
    }),

  /** Presented proposals past their validity: expired (idempotent: only those still presented). */
  async expireDue(ctx: RequestContext, now = new Date()): Promise<number> {
    const due = await ctx.manager.findBy(Proposal, { status: ProposalStatus.PRESENTED, validUntil: LessThan(now) });
    let expired = 0;
    for (const p of due) {
      // Accepted or declined by someone meanwhile: it moved on (CONFLICT), and stays as they left it.
      const moved = await inTransaction(ctx, async (tx) => move(tx, p, p.version, ProposalStatus.EXPIRED, { decidedAt: now })).catch((e: unknown) => {
        if ((e as { extensions?: { code?: string } }).extensions?.code === 'CONFLICT') return null;
        throw e;
      });
      if (moved) expired++;
    }
    return expired;
  },

  projection: async (ctx: RequestContext, proposal: Proposal) => {
    if (proposal.kind !== ProposalKind.INVESTMENT) return null;
    const goal = await goals.get(ctx, proposal.goalId);
    const lines = await linesOf(ctx, proposal.id);
    return projectProposal(
      lines.map((l) => ({ amount: l.amount, returnLow: l.returnLow, returnHigh: l.returnHigh })),
      goal.horizonYears,
      proposal.inflation,
      goal.targetAmount,
    );
  },
  allocation: async (ctx: RequestContext, proposal: Proposal) => allocationByRisk(await linesOf(ctx, proposal.id)),
  schedule: (proposal: Proposal) =>
    proposal.kind === ProposalKind.LOAN && proposal.loanParts.length ? combinedSchedule(proposal.loanParts.map((p) => ({ ...p, kind: p.purpose }))) : null,
};
