// modules/orders: orders at the point of sale, special risk warnings, cooling-off. Other modules and the app import only this file.
import './orders.jobs';
import { Order, RiskWarning } from './order.entity';
import { CustomerOrdersResolver, OrderResolver, OrderTermsResolver, RiskWarningResolver } from './order.resolver';
export { Order, OrderChannel, RiskWarning } from './order.entity';
export { OrderService } from './order.service';
export { CustomerOrdersResolver, OrderResolver, RiskWarningResolver };

/** The entities this module owns (the app assembles the data source from every module's list). */
export const entities = [Order, RiskWarning];
/** The resolvers this module adds to the schema. */
export const resolvers = [OrderResolver, OrderTermsResolver, RiskWarningResolver, CustomerOrdersResolver];
