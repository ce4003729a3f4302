import { randomUUID } from 'node:crypto';
import { quotaYear, RedemptionStatus, redemptionTransitionViolation, remainingQuota } from '@tierwise/domain';
import { actorEmail, inTransaction, type RequestContext } from '../../common/context';
import { CrudRepository } from '../../common/crud';
import { badInput, conflict, notFound } from '../../common/errors';
import { institutionTimeZone } from '../../common/institution';
import { Benefit } from '../benefits';
import { Customer } from '../customers';
import { TierBenefit } from '../tiers';
import { BenefitRedemption, BenefitUsage } from './redemption.entity';

/** The ledger's error codes (in `extensions.fields[].code`). */
export const LedgerErrors = {
  /** The customer's tier does not grant the benefit. */
  BENEFIT_NOT_IN_TIER: 'BENEFIT_NOT_IN_TIER',
  /** This year's quota is used up. */
  QUOTA_EXHAUSTED: 'QUOTA_EXHAUSTED',
} as const;

export interface RedeemArgs {
  customerId: string;
  benefitId: string;
  /** The caller's key for this redemption (a retry sends the same); one is made when none is sent. */
  idempotencyKey?: string | null;
  /** Hold it against the quota, to consume or release later (a booking), instead of consuming it now. */
  reserve?: boolean | null;
  notes?: string | null;
}

/** What a partner-fulfilled benefit's redemption does besides: the service order (registered by the partner module). */
type Fulfil = (tx: RequestContext, redemption: BenefitRedemption, benefit: Benefit) => Promise<string>;
let fulfil: Fulfil | null = null;
export function registerFulfilment(fn: Fulfil): void {
  fulfil = fn;
}

const redemptions = new CrudRepository(BenefitRedemption, 'BenefitRedemption', ['createdAt', 'status'], []);

const fingerprintOf = (args: RedeemArgs) => JSON.stringify([args.customerId, args.benefitId, !!args.reserve]);

/** The quota row of (customer, benefit, year), made once outside the caller's transaction (no lock held on it there). */
async function ensureUsageRow(ctx: RequestContext, customerId: string, benefitId: string, year: number) {
  await ctx.dataSource.manager.createQueryBuilder().insert().into(BenefitUsage).values({ customerId, benefitId, year, used: 0 }).orIgnore().execute();
}

/** Take one from the quota if there is room: one guarded UPDATE, whatever runs at the same time. */
async function takeOne(tx: RequestContext, customerId: string, benefitId: string, year: number, quota: number | null): Promise<boolean> {
  const qb = tx.manager
    .createQueryBuilder()
    .update(BenefitUsage)
    .set({ used: () => 'used + 1' })
    .where('customerId = :customerId AND benefitId = :benefitId AND year = :year', { customerId, benefitId, year });
  if (quota !== null) qb.andWhere('used < :quota', { quota });
  return ((await qb.execute()).affected ?? 0) === 1;
}

async function giveBack(tx: RequestContext, r: BenefitRedemption) {
  await tx.manager
    .createQueryBuilder()
    .update(BenefitUsage)
    .set({ used: () => 'used - 1' })
    .where('customerId = :c AND benefitId = :b AND year = :y AND used > 0', { c: r.customerId, b: r.benefitId, y: r.year })
    .execute();
}

/**
 * Benefits counted exactly: a redemption only where the customer's tier grants the benefit and this year's quota has
 * room, each with an idempotency key; partner-fulfilled benefits send their service order from the redemption.
 */
export const RedemptionService = {
  async redeem(ctx: RequestContext, args: RedeemArgs, now = new Date()): Promise<BenefitRedemption> {
    const key = args.idempotencyKey?.trim() || randomUUID();
    const problems = [
      ...(key.length > 100 ? [{ field: 'idempotencyKey', code: 'TOO_LONG', message: 'idempotencyKey takes at most 100 characters' }] : []),
      ...((args.notes?.length ?? 0) > 1000 ? [{ field: 'notes', code: 'TOO_LONG', message: 'notes take at most 1,000 characters' }] : []),
    ];
    if (problems.length) throw badInput(problems);
    const same = async (): Promise<BenefitRedemption | null> => {
      const existing = await ctx.manager.findOneBy(BenefitRedemption, { idempotencyKey: key });
      if (!existing) return null;
      if (existing.fingerprint !== fingerprintOf(args)) {
        throw conflict(`Idempotency key ${key} was used for another redemption: send a new key for a new request`);
      }
      return existing;
    };
    const earlier = await same();
    if (earlier) return earlier;
    const year = quotaYear(now, institutionTimeZone());
    await ensureUsageRow(ctx, args.customerId, args.benefitId, year);
    try {
      return await inTransaction(ctx, async (tx) => {
        const customer = await tx.manager.findOneBy(Customer, { id: args.customerId });
        if (!customer) throw notFound('Customer', args.customerId);
        const benefit = await tx.manager.findOneBy(Benefit, { id: args.benefitId });
        if (!benefit) throw notFound('Benefit', args.benefitId);
        const grant = customer.tierId ? await tx.manager.findOneBy(TierBenefit, { tierId: customer.tierId, benefitId: benefit.id }) : null;
        if (!grant) {
          throw badInput([
            {
              field: 'benefitId',
              code: LedgerErrors.BENEFIT_NOT_IN_TIER,
              message: `${benefit.name} is not a benefit of the customer's tier: it cannot be redeemed for them`,
            },
          ]);
        }
        if (!(await takeOne(tx, customer.id, benefit.id, year, grant.annualQuota))) {
          throw badInput([
            {
              field: 'benefitId',
              code: LedgerErrors.QUOTA_EXHAUSTED,
              message: `${benefit.name}: this year's quota of ${grant.annualQuota} is used up for this customer`,
            },
          ]);
        }
        const created = await redemptions.create(tx, {
          customerId: customer.id,
          benefitId: benefit.id,
          tierId: customer.tierId!,
          year,
          status: args.reserve ? RedemptionStatus.RESERVED : RedemptionStatus.CONSUMED,
          idempotencyKey: key,
          fingerprint: fingerprintOf(args),
          fulfilmentOrderId: null,
          notes: args.notes ?? null,
          redeemedBy: actorEmail(tx),
        });
        if (benefit.providerId && fulfil) {
          const orderId = await fulfil(tx, created, benefit);
          await tx.manager.update(BenefitRedemption, { id: created.id }, { fulfilmentOrderId: orderId });
          created.fulfilmentOrderId = orderId;
        }
        return created;
      });
    } catch (error) {
      // The same key sent twice at once: the loser's insert met the winner's, and everything it did rolled back.
      const winner = await same();
      if (winner) return winner;
      throw error;
    }
  },

  /** Move a reserved redemption on: consumed, or released (the quota given back). */
  settle: (ctx: RequestContext, id: string, version: number, status: RedemptionStatus) =>
    inTransaction(ctx, async (tx) => {
      const r = await redemptions.get(tx, id);
      const violation = redemptionTransitionViolation(r.status, status);
      if (violation) throw badInput([violation]);
      if (status === RedemptionStatus.RELEASED) await giveBack(tx, r);
      return (await redemptions.update(tx, id, version, { status })).after;
    }),

  /** What the customer's tier grants this year, with the quota used and left, and their redemptions. */
  async customerBenefits(ctx: RequestContext, customer: Customer, now = new Date()) {
    return {
      customerId: customer.id,
      allowances: await RedemptionService.allowances(ctx, customer, now),
      redemptions: await RedemptionService.ofCustomer(ctx, customer.id),
    };
  },

  ofCustomer: (ctx: RequestContext, customerId: string) =>
    ctx.manager.find(BenefitRedemption, { where: { customerId }, order: { createdAt: 'DESC' }, take: 100 }),

  /** What the customer's tier grants this year: each benefit's quota, what is used and what is left. */
  async allowances(ctx: RequestContext, customer: Customer, now = new Date()) {
    if (!customer.tierId) return [];
    const year = quotaYear(now, institutionTimeZone());
    const grants = await ctx.manager.find(TierBenefit, { where: { tierId: customer.tierId } });
    const usage = new Map((await ctx.manager.find(BenefitUsage, { where: { customerId: customer.id, year } })).map((u) => [u.benefitId, u.used]));
    return grants.map((g) => {
      const used = usage.get(g.benefitId) ?? 0;
      return { benefitId: g.benefitId, year, annualQuota: g.annualQuota, used, remaining: remainingQuota(g.annualQuota, used), exclusive: g.exclusive };
    });
  },
};
