import { AdvisorModel, BranchWindow, calendarDay, nextTicket } from '@tierwise/domain';
import { actorEmail, inTransaction, type RequestContext } from '../../common/context';
import { badInput, notFound } from '../../common/errors';
import { institutionTimeZone } from '../../common/institution';
import { newId } from '../../common/persistence/columns';
import { Customer } from '../customers';
import { Tier } from '../tiers';
import { BranchTicket, TicketStatus } from './branch-queue.entity';

const BRANCH = /^[A-Z0-9_-]{1,40}$/;
const checkBranch = (code: string) => {
  if (!BRANCH.test(code)) throw badInput([{ field: 'branchCode', code: 'BAD_BRANCH', message: 'branchCode is 1–40 capitals, digits, _ or -' }]);
};

/** Branch visits: tickets whose priority comes from the customer's tier, and the windows that call them. */
export const BranchQueueService = {
  /** Issue a ticket; an identified customer's tier gives its priority (and the dedicated window to private-banking tiers). */
  issue: (ctx: RequestContext, branchCode: string, customerId: string | null, now = new Date()) => {
    checkBranch(branchCode);
    return inTransaction(
      ctx,
      async (tx) => {
        const customer = customerId ? await tx.manager.findOneBy(Customer, { id: customerId }) : null;
        if (customerId && !customer) throw notFound('Customer', customerId);
        const tiers = await tx.manager.find(Tier, { order: { minAum: 'ASC' } });
        const tier = customer?.tierId ? tiers.find((t) => t.id === customer.tierId) : undefined;
        const dedicated = tier?.advisorModel === AdvisorModel.PRIVATE_BANKER;
        const day = calendarDay(now, institutionTimeZone());
        const prefix = dedicated ? 'V' : 'A';
        const issued = await tx.manager
          .createQueryBuilder(BranchTicket, 't')
          .where('t.branchCode = :branchCode AND t.day = :day AND t.number LIKE :p', { branchCode, day, p: `${prefix}%` })
          .getCount();
        const ticket = tx.manager.create(BranchTicket, {
          id: newId(),
          branchCode,
          day,
          number: `${prefix}${String(issued + 1).padStart(3, '0')}`,
          customerId: customer?.id ?? null,
          tierId: tier?.id ?? null,
          priority: tier ? tiers.indexOf(tier) + 1 : 0,
          dedicated,
          status: TicketStatus.WAITING,
          calledAtWindow: null,
          issuedAt: now,
          calledAt: null,
          calledBy: null,
        });
        await tx.manager.insert(BranchTicket, ticket);
        return ticket;
      },
      { retryDuplicateKeys: true }, // two tickets issued at once: the loser takes the next number
    );
  },

  /** A window calls its next ticket (null when nobody waits for it); two windows never call the same one. */
  async callNext(ctx: RequestContext, branchCode: string, window: BranchWindow, now = new Date()): Promise<BranchTicket | null> {
    checkBranch(branchCode);
    const day = calendarDay(now, institutionTimeZone());
    for (let attempt = 0; attempt < 5; attempt++) {
      const waiting = await ctx.manager.find(BranchTicket, { where: { branchCode, day, status: TicketStatus.WAITING } });
      const next = nextTicket(waiting, window);
      if (!next) return null;
      const taken = await inTransaction(
        ctx,
        async (tx) =>
          (
            await tx.manager.update(
              BranchTicket,
              { id: next.id, status: TicketStatus.WAITING },
              { status: TicketStatus.CALLED, calledAt: now, calledAtWindow: window, calledBy: actorEmail(tx) },
            )
          ).affected,
      );
      if (taken) return ctx.manager.findOneByOrFail(BranchTicket, { id: next.id });
      // Another window called it first: look again.
    }
    return null;
  },

  /** The called customer was served, or did not come. */
  finish: (ctx: RequestContext, id: string, served: boolean) =>
    inTransaction(ctx, async (tx) => {
      const ticket = await tx.manager.findOneBy(BranchTicket, { id });
      if (!ticket) throw notFound('BranchTicket', id);
      if (ticket.status !== TicketStatus.CALLED) throw badInput([{ field: 'id', code: 'NOT_CALLED', message: `A ${ticket.status} ticket cannot be finished` }]);
      await tx.manager.update(BranchTicket, { id }, { status: served ? TicketStatus.SERVED : TicketStatus.NO_SHOW });
      return tx.manager.findOneByOrFail(BranchTicket, { id });
    }),

  /** Who waits (in calling order) and how long each tier waited today. */
  async queue(ctx: RequestContext, branchCode: string, now = new Date()) {
    checkBranch(branchCode);
    const day = calendarDay(now, institutionTimeZone());
    const today = await ctx.manager.find(BranchTicket, { where: { branchCode, day } });
    const waiting: BranchTicket[] = [];
    let left = today.filter((t) => t.status === TicketStatus.WAITING);
    for (let next = nextTicket(left, BranchWindow.GENERAL); next; next = nextTicket(left, BranchWindow.GENERAL)) {
      waiting.push(next);
      left = left.filter((t) => t !== next);
    }
    const byTier = new Map<string | null, number[]>();
    for (const t of today) {
      if (!t.calledAt) continue;
      byTier.set(t.tierId, [...(byTier.get(t.tierId) ?? []), Math.round((t.calledAt.getTime() - t.issuedAt.getTime()) / 60_000)]);
    }
    const waitingTimes = [...byTier.entries()].map(([tierId, waits]) => ({
      tierId,
      called: waits.length,
      averageMinutes: Math.round(waits.reduce((a, b) => a + b, 0) / waits.length),
      longestMinutes: Math.max(...waits),
    }));
    return { branchCode, day, waiting, waitingTimes };
  },
};
