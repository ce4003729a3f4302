import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { Allow } from '../../common/auth';
import type { RequestContext } from '../../common/context';
import { createReadResolver } from '../../common/crud.resolver';
import { Role } from '../../common/enums';
import { FulfilmentOrder } from './fulfilment-order.entity';
import { FulfilmentOrderFilter } from './partner-work.inputs';
import { PartnerWorkService } from './partner-work.service';

/** Service orders sent to partners, on the institution's side. */
@Resolver(() => FulfilmentOrder)
export class FulfilmentOrderResolver extends createReadResolver({
  type: FulfilmentOrder,
  plural: 'FulfilmentOrders',
  filter: FulfilmentOrderFilter,
  read: Role.VIEWER,
  service: PartnerWorkService.orders,
}) {
  @Allow(Role.PRODUCT_MANAGER)
  @Mutation(() => FulfilmentOrder, {
    description:
      "Send a benefit to its service partner to deliver for a customer (the benefit's provider receives it): a redemption within the tier's annual quota (QUOTA_EXHAUSTED otherwise)",
  })
  createFulfilmentOrder(
    @Ctx() ctx: RequestContext,
    @Arg('customerId', () => ID) customerId: string,
    @Arg('benefitId', () => ID) benefitId: string,
    @Arg('notes', () => String, { nullable: true }) notes?: string,
    @Arg('idempotencyKey', () => String, { nullable: true, description: 'Send the same on a retry: it answers the first order (up to 100 characters)' })
    idempotencyKey?: string,
  ) {
    return PartnerWorkService.createOrder(ctx, customerId, benefitId, notes ?? null, idempotencyKey);
  }
}
