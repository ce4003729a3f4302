import { calendarDay, isCalendarDay } from '@tierwise/domain';
import { recordAudit } from '../../common/audit';
import { actorEmail, inTransaction, type RequestContext } from '../../common/context';
import { AuditAction } from '../../common/enums';
import { badInput } from '../../common/errors';
import { institutionTimeZone } from '../../common/institution';
import { newId } from '../../common/persistence/columns';
import { ExchangeRate } from './exchange-rate.entity';
import type { SetExchangeRateArgs } from './exchange-rate.inputs';

/** The operator's table of exchange rates: one per currency and calendar day, replaced (and audited) when set again. */
export const ExchangeRateService = {
  list: (ctx: RequestContext, currency?: string) =>
    ctx.manager.find(ExchangeRate, { where: currency ? { currency } : {}, order: { day: 'DESC', currency: 'ASC' }, take: 100 }),

  set: (ctx: RequestContext, args: SetExchangeRateArgs) =>
    inTransaction(
      ctx,
      async (tx) => {
        if (args.currency === 'CNY') throw badInput([{ field: 'currency', code: 'CNY_RATE', message: 'CNY needs no exchange rate' }]);
        if (!isCalendarDay(args.day)) throw badInput([{ field: 'day', code: 'NOT_A_DAY', message: `${args.day} is not a calendar day` }]);
        const current = await tx.manager.findOneBy(ExchangeRate, { currency: args.currency, day: args.day });
        const row = tx.manager.create(ExchangeRate, {
          id: current?.id ?? newId(),
          currency: args.currency,
          day: args.day,
          cnyPerUnit: args.cnyPerUnit,
          recordedBy: actorEmail(tx),
          recordedAt: new Date(),
        });
        await tx.manager.save(ExchangeRate, row);
        await recordAudit(tx, current ? AuditAction.UPDATE : AuditAction.CREATE, 'ExchangeRate', row.id, current ?? null, row);
        return row;
      },
      { retryDuplicateKeys: true },
    ), // the same day set twice at once: the loser runs again and replaces it

  /** CNY per unit of `currency` on the institution's calendar day of `at` (1 for CNY), or null when none is recorded. */
  async rateOn(ctx: RequestContext, currency: string, at: Date = new Date()): Promise<string | null> {
    if (currency === 'CNY') return '1';
    const row = await ctx.manager.findOneBy(ExchangeRate, { currency, day: calendarDay(at, institutionTimeZone()) });
    return row?.cnyPerUnit ?? null;
  },
};
