// modules/exchange-rates: the operator's exchange rates (CNY per unit, per day). Other modules and the app import only this file.
import { ExchangeRate } from './exchange-rate.entity';
import { ExchangeRateResolver } from './exchange-rate.resolver';
export { ExchangeRate, ExchangeRateResolver };
export { ExchangeRateService } from './exchange-rate.service';

/** The entities this module owns (the app assembles the data source from every module's list). */
export const entities = [ExchangeRate];
/** The resolvers this module adds to the schema. */
export const resolvers = [ExchangeRateResolver];
