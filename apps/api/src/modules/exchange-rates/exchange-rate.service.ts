import { calendarDay, isCalendarDay } from '@tierwise/domain';
import { recordAudit } from '../../common/audit';
import { actorEmail, inTransaction, type RequestContext } from '../../common/context';
import { AuditAction } from '../../common/enums';
import { pageOf } from '../../common/crud';
import { badInput, notFound } from '../../common/errors';
import type { ListArgs } from '../../common/list';
import { institutionTimeZone } from '../../common/institution';
import { newId } from '../../common/persistence/columns';
import { ExchangeRate } from './exchange-rate.entity';
import type { ExchangeRateFilter, SetExchangeRateArgs } from './exchange-rate.inputs';

/** Rates matching the filter (`q` finds a currency code), for react-admin's list. */
function matching(ctx: RequestContext, filter?: ExchangeRateFilter) {
  const qb = ctx.manager.getRepository(ExchangeRate).createQueryBuilder('e');
  if (filter?.ids) qb.andWhere(filter.ids.length ? 'e.id IN (:...ids)' : '1 = 0', { ids: filter.ids });
  const currency = filter?.currency ?? filter?.q?.trim().toUpperCase();
  if (currency) qb.andWhere('e.currency = :currency', { currency });
  return qb;
}

/** The operator's table of exchange rates: one per currency and calendar day, replaced (and audited) when set again. */
export const ExchangeRateService = {
  list: (ctx: RequestContext, args: ListArgs, filter?: ExchangeRateFilter) =>
    pageOf(matching(ctx, filter), args, {
      typeName: 'ExchangeRate',
      sortable: ['day', 'currency', 'recordedAt'],
      defaultSort: 'day',
      defaultOrder: 'DESC',
    }).getMany(),
  count: (ctx: RequestContext, filter?: ExchangeRateFilter) => matching(ctx, filter).getCount(),
  async get(ctx: RequestContext, id: string) {
    const row = await ctx.manager.findOneBy(ExchangeRate, { id });
    if (!row) throw notFound('ExchangeRate', id);
    return row;
  },

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
