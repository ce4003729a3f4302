import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Allow } from '../../common/auth';
import type { RequestContext } from '../../common/context';
import { createReadResolver } from '../../common/crud.resolver';
import { Role } from '../../common/enums';
import { ExchangeRate } from './exchange-rate.entity';
import { ExchangeRateFilter, SetExchangeRateArgs } from './exchange-rate.inputs';
import { ExchangeRateService } from './exchange-rate.service';

/** The operator's exchange rates (CNY per unit, per calendar day): a react-admin resource, and the rate setter. */
@Resolver(() => ExchangeRate)
export class ExchangeRateResolver extends createReadResolver({
  type: ExchangeRate,
  plural: 'ExchangeRates',
  filter: ExchangeRateFilter,
  service: ExchangeRateService,
  read: Role.VIEWER,
}) {
  @Allow(Role.VIEWER)
  @Query(() => [ExchangeRate], { description: 'The latest 100 rates, newest day first (of one currency if given)' })
  exchangeRates(@Ctx() ctx: RequestContext, @Arg('currency', () => String, { nullable: true }) currency?: string) {
    return ExchangeRateService.list(ctx, { perPage: 100 }, { currency: currency ?? undefined });
  }

  @Allow(Role.PRODUCT_MANAGER)
  @Mutation(() => ExchangeRate, { description: "Record a currency's rate for a day (replacing that day's, audited)" })
  setExchangeRate(@Ctx() ctx: RequestContext, @Args(() => SetExchangeRateArgs) args: SetExchangeRateArgs) {
    return ExchangeRateService.set(ctx, args);
  }
}
