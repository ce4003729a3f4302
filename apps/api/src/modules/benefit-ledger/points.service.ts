import { randomUUID } from 'node:crypto';
import { actorEmail, inTransaction, type RequestContext } from '../../common/context';
import { badInput, conflict, notFound } from '../../common/errors';
import { newId } from '../../common/persistence/columns';
import { Customer } from '../customers';
import { PointsBalance, PointsEntry, PointsKind } from './points.entity';

export interface PointsArgs {
  customerId: string;
  points: number;
  reason: string;
  idempotencyKey?: string | null;
}

const fingerprintOf = (kind: PointsKind, a: PointsArgs) => JSON.stringify([kind, a.customerId, a.points]);

/**
 * The points ledger: earned, redeemed and expired, each an entry with the balance after it. A redemption takes only
 * what the balance has (one guarded UPDATE … WHERE balance >= points), so the balance never goes negative; an expiry
 * takes what is left when less than asked. Each movement carries an idempotency key.
 */
export const PointsService = {
  async move(ctx: RequestContext, kind: PointsKind, args: PointsArgs): Promise<PointsEntry> {
    const key = args.idempotencyKey?.trim() || randomUUID();
    const problems = [
      ...(!Number.isInteger(args.points) || args.points < 1 || args.points > 10_000_000
        ? [{ field: 'points', code: 'BAD_POINTS', message: 'points is a whole number from 1 to 10,000,000' }]
        : []),
      ...(!args.reason.trim() || args.reason.length > 500 ? [{ field: 'reason', code: 'BAD_REASON', message: 'Say why, in at most 500 characters' }] : []),
      ...(key.length > 100 ? [{ field: 'idempotencyKey', code: 'TOO_LONG', message: 'idempotencyKey takes at most 100 characters' }] : []),
    ];
    if (problems.length) throw badInput(problems);
    const same = async () => {
      const existing = await ctx.manager.findOneBy(PointsEntry, { idempotencyKey: key });
      if (existing && existing.fingerprint !== fingerprintOf(kind, args))
        throw conflict(`Idempotency key ${key} was used for another movement: send a new key`);
      return existing;
    };
    const earlier = await same();
    if (earlier) return earlier;
    if (!(await ctx.manager.existsBy(Customer, { id: args.customerId }))) throw notFound('Customer', args.customerId);
    await ctx.dataSource.manager.createQueryBuilder().insert().into(PointsBalance).values({ customerId: args.customerId, balance: 0 }).orIgnore().execute();
    try {
      return await inTransaction(ctx, async (tx) => {
        let moved = args.points;
        const change = tx.manager.createQueryBuilder().update(PointsBalance).where('customerId = :c', { c: args.customerId });
        if (kind === PointsKind.EARN) {
          await change.set({ balance: () => `balance + ${moved}` }).execute();
        } else {
          const taken = (
            await change
              .clone()
              .set({ balance: () => `balance - ${moved}` })
              .andWhere('balance >= :n', { n: moved })
              .execute()
          ).affected;
          if (!taken) {
            const { balance } = await tx.manager.findOneByOrFail(PointsBalance, { customerId: args.customerId });
            if (kind === PointsKind.REDEEM || balance === 0) {
              throw badInput([
                {
                  field: 'points',
                  code: 'INSUFFICIENT_POINTS',
                  message: `The customer has ${balance} points: ${moved} cannot be ${kind === PointsKind.REDEEM ? 'redeemed' : 'expired'}`,
                },
              ]);
            }
            moved = balance; // an expiry takes what is left
            await tx.manager
              .createQueryBuilder()
              .update(PointsBalance)
              .set({ balance: () => `balance - ${moved}` })
              .where('customerId = :c AND balance >= :n', { c: args.customerId, n: moved })
              .execute();
          }
        }
        const { balance } = await tx.manager.findOneByOrFail(PointsBalance, { customerId: args.customerId });
        const entry = tx.manager.create(PointsEntry, {
          id: newId(),
          customerId: args.customerId,
          kind,
          points: moved,
          balanceAfter: balance,
          reason: args.reason.trim(),
          idempotencyKey: key,
          fingerprint: fingerprintOf(kind, args),
          createdBy: actorEmail(tx),
          createdAt: new Date(),
        });
        await tx.manager.insert(PointsEntry, entry);
        return entry;
      });
    } catch (error) {
      const winner = await same(); // the same key sent twice at once: the loser rolled back
      if (winner) return winner;
      throw error;
    }
  },

  async account(ctx: RequestContext, customerId: string) {
    if (!(await ctx.manager.existsBy(Customer, { id: customerId }))) throw notFound('Customer', customerId);
    const row = await ctx.manager.findOneBy(PointsBalance, { customerId });
    return {
      customerId,
      balance: row?.balance ?? 0,
      entries: await ctx.manager.find(PointsEntry, { where: { customerId }, order: { createdAt: 'DESC' }, take: 100 }),
    };
  },
};
