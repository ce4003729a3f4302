import { LessThanOrEqual, MoreThan } from 'typeorm';
import Decimal from 'decimal.js';
import {
  cnyEquivalent,
  coolingOffEndsAt,
  effectiveProduct,
  isInCoolingOff,
  orderGate,
  orderTransitionViolation,
  OrderStatus,
  privatePlacementAmountViolation,
  saleRevenue,
  refundOnCancel,
  statusAfterPayment,
  suitability,
} from '@tierwise/domain';
import { recordAudit } from '../../common/audit';
import { actorEmail, inTransaction, type RequestContext } from '../../common/context';
import { CrudRepository, equalityFilter } from '../../common/crud';
import { AuditAction } from '../../common/enums';
import { assertNoViolations, badInput, notFound } from '../../common/errors';
import type { ListArgs } from '../../common/list';
import { newId } from '../../common/persistence/columns';
import { Customer } from '../customers';
import { ExchangeRateService } from '../exchange-rates';
import { Product, suitabilityProduct } from '../products';
import { investorFacts, suitabilityPolicy } from '../risk-profile';
import { Order, OrderChannel, RiskWarning } from './order.entity';
import { OrderErrors } from './order.errors';
import type { CancelOrderArgs, ConfirmWarningArgs, OrderFilter, OrderStepArgs, PlaceOrderArgs, PublishRiskWarningArgs } from './order.inputs';

/** The version of the suitability rules an order's decision was made under (raise it when the rules change). */
export const SUITABILITY_RULE_VERSION = '2026-12';

const orders = new CrudRepository(Order, 'Order', ['createdAt', 'updatedAt', 'status', 'amount'], []);
const narrow = equalityFilter<OrderFilter>(['customerId', 'productId', 'status']);

async function latestWarning(ctx: RequestContext, productId: string): Promise<RiskWarning | null> {
  const [latest] = await ctx.manager.find(RiskWarning, { where: { productId }, order: { version: 'DESC' }, take: 1 });
  return latest ?? null;
}

async function decide(ctx: RequestContext, customer: Customer, product: Product, now: Date) {
  const facts = await investorFacts(ctx, customer);
  const asRules = await suitabilityProduct(ctx, product);
  const decision = suitability(facts, asRules, now, suitabilityPolicy());
  return { decision, gate: orderGate(facts, decision), effective: effectiveProduct(asRules, now), facts };
}

/** Who referred an order: the partner and the scenario package that lets it. */
export interface OrderReferral {
  partnerId: string;
  scenarioPackageId: string;
}

const isElderlyCase = (decision: { reasons: { code: string }[] }) => decision.reasons.some((r) => r.code === 'ELDERLY_CARE');

const elderlyNotAcknowledged = () =>
  badInput([
    {
      field: 'elderlyAcknowledged',
      code: OrderErrors.ELDERLY_NOT_ACKNOWLEDGED,
      message: 'The customer is 65 or over: acknowledge the flag (explain the risks in person) before the order proceeds',
    },
  ]);

/** A staff user's step marks the order as handled by a person (the self-service rate counts the others). */
const byPerson = (tx: RequestContext) => (tx.actor ? { handledByPerson: true } : {});

/** Move an order on through the one write path (version check, audit), after the lifecycle allows the step. */
async function step(tx: RequestContext, order: Order, version: number, status: OrderStatus, changes: Partial<Order>) {
  const violation = orderTransitionViolation(order.status, status);
  if (violation) throw badInput([violation]);
  return (await orders.update(tx, order.id, version, { ...changes, status, ...byPerson(tx) })).after;
}

/**
 * Orders: placed under one suitability decision (kept with the order), the special warning for an investor who insists,
 * signing, payment, cooling-off with its full refund, and confirmation when it ends.
 */
export const OrderService = {
  list: (ctx: RequestContext, args: ListArgs, filter?: OrderFilter) =>
    orders.list(ctx, args, filter, narrow(filter), { defaultSort: 'createdAt', defaultOrder: 'DESC' }),
  count: (ctx: RequestContext, filter?: OrderFilter) => orders.count(ctx, filter, narrow(filter)),
  get: (ctx: RequestContext, id: string) => orders.get(ctx, id),
  ofCustomer: (ctx: RequestContext, customerId: string) => ctx.manager.find(Order, { where: { customerId }, order: { createdAt: 'DESC' }, take: 100 }),

  /**
   * Place an order. Refused by the decision (C1 insisting, no valid assessment, not qualified…) it is kept as REFUSED with
   * the reasons; above the customer's level (C2–C5) it waits for the special risk warning; otherwise it is a DRAFT.
   */
  place: (ctx: RequestContext, args: PlaceOrderArgs, now = new Date(), referral: OrderReferral | null = null) =>
    inTransaction(ctx, async (tx) => {
      if (!referral && args.channel === OrderChannel.PARTNER) {
        throw badInput([{ field: 'channel', code: OrderErrors.PARTNER_CHANNEL, message: 'Orders referred by a partner come through its referOrder call' }]);
      }
      const customer = await tx.manager.findOneBy(Customer, { id: args.customerId });
      if (!customer) throw notFound('Customer', args.customerId);
      const product = await tx.manager.findOneBy(Product, { id: args.productId });
      if (!product) throw notFound('Product', args.productId);
      const rate = await ExchangeRateService.rateOn(tx, product.currency, now);
      const { decision, gate, effective, facts } = await decide(tx, customer, product, now);
      const cnyAmount = cnyEquivalent(args.amount, product.currency, rate);
      const problems = [
        ...(new Decimal(args.amount).lessThanOrEqualTo(0) || (product.minInvestment && new Decimal(args.amount).lessThan(product.minInvestment))
          ? [
              {
                field: 'amount',
                code: OrderErrors.BELOW_MINIMUM_INVESTMENT,
                message: `The minimum investment is ${product.minInvestment ?? '0.01'} ${product.currency}`,
              },
            ]
          : []),
        ...(cnyAmount === null
          ? [
              {
                field: 'amount',
                code: 'NO_EXCHANGE_RATE',
                message: `No ${product.currency} exchange rate for today: record one before selling in ${product.currency}`,
              },
            ]
          : effective.privatePlacement
            ? [privatePlacementAmountViolation(args.amount, product.currency, product.currency === 'CNY' ? null : rate)].filter((v) => v !== null)
            : []),
      ];
      assertNoViolations(problems);
      const elderly = isElderlyCase(decision);
      // A partner cannot acknowledge the 65+ flag: its referral waits, and the advisor acknowledges before signing.
      if (elderly && gate.outcome !== 'REFUSED' && !args.elderlyAcknowledged && !referral) throw elderlyNotAcknowledged();
      if (gate.outcome === 'WARNING_REQUIRED' && !(await latestWarning(tx, product.id))) {
        throw badInput([
          {
            field: 'productId',
            code: OrderErrors.NO_RISK_WARNING,
            message: `${product.code} is above the customer's level and has no special risk warning: publish one before an investor may insist`,
          },
        ]);
      }
      const status =
        gate.outcome === 'REFUSED' ? OrderStatus.REFUSED : gate.outcome === 'WARNING_REQUIRED' ? OrderStatus.AWAITING_WARNING_CONFIRMATION : OrderStatus.DRAFT;
      return orders.create(tx, {
        customerId: customer.id,
        productId: product.id,
        productVersion: product.version,
        status,
        channel: referral ? OrderChannel.PARTNER : (args.channel ?? OrderChannel.BRANCH),
        amount: args.amount,
        currency: product.currency,
        cnyAmount: cnyAmount!, // checked above: every order has its CNY equivalent
        cnyRate: product.currency === 'CNY' ? null : rate,
        revenue: saleRevenue(cnyAmount!, product.revenueRate),
        decision: {
          allowed: decision.allowed,
          gate: gate.outcome,
          reasons: decision.reasons,
          assessment: { level: facts.riskLevel, assessedAt: facts.assessedAt, expiresAt: facts.assessmentExpiresAt },
          ruleVersion: SUITABILITY_RULE_VERSION,
          decidedAt: now,
        },
        refusalCodes: gate.outcome === 'REFUSED' ? gate.codes : [],
        warningVersion: null,
        warningConfirmedBy: null,
        warningConfirmedAt: null,
        warningConfirmedVia: null,
        elderlyAcknowledgedBy: elderly && args.elderlyAcknowledged && !referral ? actorEmail(tx) : null,
        signedAt: null,
        paidAt: null,
        coolingOffEndsAt: null,
        confirmedAt: null,
        cancelledAt: null,
        refundAmount: null,
        cancelReason: null,
        placedBy: actorEmail(tx),
        handledByPerson: !!tx.actor,
        referredByPartnerId: referral?.partnerId ?? null,
        scenarioPackageId: referral?.scenarioPackageId ?? null,
      });
    }),

  /** Record that the customer read the special risk warning in force and confirmed (who, when, how). */
  confirmWarning: (ctx: RequestContext, args: ConfirmWarningArgs, now = new Date()) =>
    inTransaction(ctx, async (tx) => {
      const order = await orders.get(tx, args.id);
      if (order.status !== OrderStatus.AWAITING_WARNING_CONFIRMATION) {
        throw badInput([{ field: 'id', code: 'INVALID_ORDER_TRANSITION', message: `A ${order.status} order has no risk warning to confirm` }]);
      }
      const warning = await latestWarning(tx, order.productId);
      if (!warning || warning.version !== args.warningVersion) {
        throw badInput([
          {
            field: 'warningVersion',
            code: OrderErrors.WARNING_VERSION,
            message: `Show the warning in force (version ${warning?.version ?? '—'}) and confirm that one`,
          },
        ]);
      }
      return (
        await orders.update(tx, order.id, args.version, {
          warningVersion: warning.version,
          warningConfirmedBy: actorEmail(tx),
          warningConfirmedAt: now,
          warningConfirmedVia: args.via,
          ...byPerson(tx),
        })
      ).after;
    }),

  /** The advisor acknowledges the 65+ flag on an order placed without it (a partner's referral, or the customer turned 65). */
  acknowledgeElderly: (ctx: RequestContext, args: OrderStepArgs) =>
    inTransaction(ctx, async (tx) => {
      const order = await orders.get(tx, args.id);
      if (![OrderStatus.DRAFT, OrderStatus.AWAITING_WARNING_CONFIRMATION].includes(order.status)) {
        throw badInput([{ field: 'id', code: 'INVALID_ORDER_TRANSITION', message: `A ${order.status} order is past the point of acknowledging the 65+ flag` }]);
      }
      return (await orders.update(tx, order.id, args.version, { elderlyAcknowledgedBy: actorEmail(tx), ...byPerson(tx) })).after;
    }),

  /** The customer signs: the decision is made again (an assessment may have lapsed since the order was placed). */
  sign: (ctx: RequestContext, args: OrderStepArgs, now = new Date()) =>
    inTransaction(ctx, async (tx) => {
      const order = await orders.get(tx, args.id);
      if (order.status === OrderStatus.AWAITING_WARNING_CONFIRMATION && !order.warningConfirmedAt) {
        throw badInput([{ field: 'id', code: OrderErrors.WARNING_NOT_CONFIRMED, message: 'The customer has not confirmed the special risk warning yet' }]);
      }
      const customer = await tx.manager.findOneByOrFail(Customer, { id: order.customerId });
      const product = await tx.manager.findOneByOrFail(Product, { id: order.productId });
      const { gate, decision } = await decide(tx, customer, product, now);
      if (gate.outcome === 'REFUSED') return step(tx, order, args.version, OrderStatus.REFUSED, { refusalCodes: gate.codes });
      if (isElderlyCase(decision) && !order.elderlyAcknowledgedBy) throw elderlyNotAcknowledged();
      if (gate.outcome === 'WARNING_REQUIRED' && !order.warningConfirmedAt) {
        throw badInput([
          { field: 'id', code: OrderErrors.WARNING_NOT_CONFIRMED, message: 'The product is now above the customer’s level: the warning comes first' },
        ]);
      }
      return step(tx, order, args.version, OrderStatus.SIGNED, { signedAt: now });
    }),

  /** Payment received: cooling-off starts (signed and paid), or the order confirms at once for a product without one. */
  pay: (ctx: RequestContext, args: OrderStepArgs, now = new Date()) =>
    inTransaction(ctx, async (tx) => {
      const order = await orders.get(tx, args.id);
      const product = await tx.manager.findOneByOrFail(Product, { id: order.productId });
      const paid = await step(tx, order, args.version, OrderStatus.PAID, { paidAt: now });
      const next = statusAfterPayment(product.coolingOffHours);
      return step(tx, paid, paid.version, next, {
        coolingOffEndsAt: next === OrderStatus.IN_COOLING_OFF ? coolingOffEndsAt(paid.signedAt!, now, product.coolingOffHours) : null,
        confirmedAt: next === OrderStatus.CONFIRMED ? now : null,
      });
    }),

  /** Cancel before confirmation; in cooling-off (and once paid) everything paid is refunded. */
  cancel: (ctx: RequestContext, args: CancelOrderArgs, now = new Date()) =>
    inTransaction(ctx, async (tx) => {
      const order = await orders.get(tx, args.id);
      if (order.status === OrderStatus.IN_COOLING_OFF && !isInCoolingOff(order, now)) {
        throw badInput([{ field: 'id', code: OrderErrors.COOLING_OFF_OVER, message: 'The cooling-off period has ended: the order is confirmed' }]);
      }
      return step(tx, order, args.version, OrderStatus.CANCELLED, { cancelledAt: now, refundAmount: refundOnCancel(order), cancelReason: args.reason });
    }),

  /** Confirm every order whose cooling-off has ended (the scheduled job; idempotent: only orders still in cooling-off). */
  async confirmDue(ctx: RequestContext, now = new Date()): Promise<number> {
    const due = await ctx.manager.find(Order, { where: { status: OrderStatus.IN_COOLING_OFF, coolingOffEndsAt: LessThanOrEqual(now) }, take: 500 });
    let confirmed = 0;
    for (const order of due) {
      await inTransaction(ctx, async (tx) => {
        const done = await tx.manager.update(
          Order,
          { id: order.id, status: OrderStatus.IN_COOLING_OFF, version: order.version },
          {
            status: OrderStatus.CONFIRMED,
            confirmedAt: now,
            version: order.version + 1,
            updatedAt: now,
          },
        );
        if (done.affected) {
          confirmed++;
          await recordAudit(tx, AuditAction.UPDATE, 'Order', order.id, { status: order.status }, { status: OrderStatus.CONFIRMED, confirmedAt: now });
        }
      });
    }
    return confirmed;
  },

  /** Whether the customer is in a cooling-off period now: no outreach, no recommendation pushed, no sales task. */
  /** The orders a partner referred, newest first. */
  referredBy: (ctx: RequestContext, partnerId: string, args: ListArgs) =>
    orders.list(ctx, args, undefined, (qb) => qb.andWhere('e.referredByPartnerId = :partnerId', { partnerId }), {
      defaultSort: 'createdAt',
      defaultOrder: 'DESC',
    }),

  inCoolingOff: async (ctx: RequestContext, customerId: string, at = new Date()) =>
    ctx.manager.exists(Order, { where: { customerId, status: OrderStatus.IN_COOLING_OFF, coolingOffEndsAt: MoreThan(at) } }),

  warning: (ctx: RequestContext, productId: string) => latestWarning(ctx, productId),

  /** Publish a new version of a product's special risk warning (both languages); orders confirm the version they showed. */
  publishWarning: (ctx: RequestContext, args: PublishRiskWarningArgs) =>
    inTransaction(
      ctx,
      async (tx) => {
        if (!(await tx.manager.existsBy(Product, { id: args.productId }))) throw notFound('Product', args.productId);
        const current = await latestWarning(tx, args.productId);
        const row = tx.manager.create(RiskWarning, {
          id: newId(),
          productId: args.productId,
          version: (current?.version ?? 0) + 1,
          textZh: args.textZh,
          textEn: args.textEn,
          createdBy: actorEmail(tx),
          createdAt: new Date(),
        });
        await tx.manager.insert(RiskWarning, row);
        await recordAudit(tx, AuditAction.CREATE, 'RiskWarning', row.id, null, { productId: row.productId, version: row.version });
        return row;
      },
      { retryDuplicateKeys: true },
    ), // two publishing at once: the loser runs again and takes the next version
};
