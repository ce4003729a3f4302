import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ApiScope } from '@tierwise/domain';
import { Allow, AllowOrAdvisorFor, AllowOrScopeOrAdvisor, registerCustomerOwner } from '../../common/auth';
import type { RequestContext } from '../../common/context';
import { createReadResolver } from '../../common/crud.resolver';
import { Role } from '../../common/enums';
import { Customer } from '../customers';
import { ProductRevision, ProductService } from '../products';
import { Order, RiskWarning } from './order.entity';
import { CancelOrderArgs, ConfirmWarningArgs, OrderFilter, OrderStepArgs, PlaceOrderArgs, PublishRiskWarningArgs } from './order.inputs';
import { OrderService } from './order.service';

/** An order is its customer's: an advisor reaches the orders of their own portfolio. */
registerCustomerOwner(
  'order',
  'Order',
  async (ctx, id) => (await ctx.manager.findOne(Order, { where: { id }, select: { id: true, customerId: true } }))?.customerId ?? null,
);

/**
 * Orders, from the console (advisors) and the institution's app backend (an API key with orders:write): placed under one
 * suitability decision, the special risk warning for an investor who insists, signing, payment, cooling-off, cancellation.
 */
@Resolver(() => Order)
export class OrderResolver extends createReadResolver({ type: Order, plural: 'Orders', filter: OrderFilter, service: OrderService, read: Role.VIEWER }) {
  @AllowOrScopeOrAdvisor(Role.PRODUCT_MANAGER, ApiScope.ORDERS_WRITE, 'customerId')
  @Mutation(() => Order, { description: 'Place an order: DRAFT, AWAITING_WARNING_CONFIRMATION (above the level, C2–C5) or REFUSED with the reasons' })
  placeOrder(@Ctx() ctx: RequestContext, @Args(() => PlaceOrderArgs) args: PlaceOrderArgs) {
    return OrderService.place(ctx, args);
  }

  @AllowOrAdvisorFor(Role.PRODUCT_MANAGER, 'order', { scope: ApiScope.ORDERS_WRITE })
  @Mutation(() => Order, { description: 'Record that the customer read the special risk warning in force and confirmed it (who, when, how)' })
  confirmRiskWarning(@Ctx() ctx: RequestContext, @Args(() => ConfirmWarningArgs) args: ConfirmWarningArgs) {
    return OrderService.confirmWarning(ctx, args);
  }

  @AllowOrAdvisorFor(Role.PRODUCT_MANAGER, 'order')
  @Mutation(() => Order, { description: 'The advisor acknowledges the 65+ flag on an order placed without it (e.g. referred by a partner)' })
  acknowledgeElderlyOrder(@Ctx() ctx: RequestContext, @Args(() => OrderStepArgs) args: OrderStepArgs) {
    return OrderService.acknowledgeElderly(ctx, args);
  }

  @AllowOrAdvisorFor(Role.PRODUCT_MANAGER, 'order', { scope: ApiScope.ORDERS_WRITE })
  @Mutation(() => Order, { description: 'The customer signed (suitability is decided again)' })
  signOrder(@Ctx() ctx: RequestContext, @Args(() => OrderStepArgs) args: OrderStepArgs) {
    return OrderService.sign(ctx, args);
  }

  @Allow(Role.PRODUCT_MANAGER)
  @Mutation(() => Order, { description: 'Payment received: cooling-off starts (or the order confirms, for a product without one)' })
  payOrder(@Ctx() ctx: RequestContext, @Args(() => OrderStepArgs) args: OrderStepArgs) {
    return OrderService.pay(ctx, args);
  }

  @AllowOrAdvisorFor(Role.PRODUCT_MANAGER, 'order', { scope: ApiScope.ORDERS_WRITE })
  @Mutation(() => Order, { description: 'Cancel before confirmation; in cooling-off everything paid is refunded' })
  cancelOrder(@Ctx() ctx: RequestContext, @Args(() => CancelOrderArgs) args: CancelOrderArgs) {
    return OrderService.cancel(ctx, args);
  }
}

/** The product's terms an order was sold under, whatever changed since. */
@Resolver(() => Order)
export class OrderTermsResolver {
  @FieldResolver(() => ProductRevision, { nullable: true, description: "The product's terms at the version the order was placed under" })
  productTerms(@Root() order: Order, @Ctx() ctx: RequestContext) {
    return order.productVersion === null ? null : ProductService.termsOfVersion(ctx, order.productId, order.productVersion);
  }
}

/** Special risk warnings, one versioned text per product in both languages. */
@Resolver(() => RiskWarning)
export class RiskWarningResolver {
  @Allow(Role.VIEWER)
  @Query(() => RiskWarning, { nullable: true, description: "The product's special risk warning in force, or null" })
  riskWarning(@Ctx() ctx: RequestContext, @Arg('productId', () => ID) productId: string) {
    return OrderService.warning(ctx, productId);
  }

  @Allow(Role.PRODUCT_MANAGER)
  @Mutation(() => RiskWarning, { description: "Publish a new version of a product's special risk warning (both languages)" })
  publishRiskWarning(@Ctx() ctx: RequestContext, @Args(() => PublishRiskWarningArgs) args: PublishRiskWarningArgs) {
    return OrderService.publishWarning(ctx, args);
  }
}

/** A customer's orders, and whether they are in cooling-off (no outreach, no recommendation pushed, no sales task). */
@Resolver(() => Customer)
export class CustomerOrdersResolver {
  @FieldResolver(() => [Order], { description: 'Orders, newest first (at most 100)' })
  orders(@Root() customer: Customer, @Ctx() ctx: RequestContext) {
    return OrderService.ofCustomer(ctx, customer.id);
  }

  @FieldResolver(() => Boolean, { description: 'In a cooling-off period now: nobody contacts the customer to sell' })
  inCoolingOff(@Root() customer: Customer, @Ctx() ctx: RequestContext) {
    return OrderService.inCoolingOff(ctx, customer.id);
  }
}
