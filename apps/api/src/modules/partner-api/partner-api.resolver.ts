import { Arg, Args, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { ApiScope } from '@tierwise/domain';
import { PartnerScope } from '../../common/auth';
import type { RequestContext } from '../../common/context';
import { FulfilmentStatus, NeedType } from '../../common/enums';
import { ListArgs } from '../../common/list';
import { DecimalScalar } from '../../common/scalars';
import { Product } from '../products';
import { FulfilmentOrder } from './fulfilment-order.entity';
import { PartnerApiService } from './partner-api.service';
import { PartnerCustomer, PartnerProductFigures, PartnerRecommendation, PartnerReferredOrder } from './partner-api.types';
import { Referral } from './referral.entity';

/**
 * The partner API: what a partner institution may do with its API key (X-Api-Key). Each operation needs a scope;
 * any id that is not the partner's answers NOT_FOUND.
 */
@Resolver()
export class PartnerApiResolver {
  @PartnerScope(ApiScope.CATALOG_READ)
  @Query(() => [Product], { description: 'The active catalogue (products on sale now)' })
  partnerCatalog(@Ctx() ctx: RequestContext, @Args(() => ListArgs) args: ListArgs) {
    return PartnerApiService.catalog(ctx, args);
  }

  @PartnerScope(ApiScope.CATALOG_READ)
  @Query(() => Product, { description: 'One product on sale now' })
  partnerProduct(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return PartnerApiService.product(ctx, id);
  }

  @PartnerScope(ApiScope.CATALOG_READ)
  @Query(() => PartnerProductFigures, { description: 'Holders and amount held of one of your own products' })
  partnerProductFigures(@Ctx() ctx: RequestContext, @Arg('productId', () => ID) productId: string) {
    return PartnerApiService.figures(ctx, ctx.partner!, productId);
  }

  @PartnerScope(ApiScope.CUSTOMERS_READ)
  @Query(() => [PartnerCustomer], { description: 'Customers who consented to share data with you' })
  partnerCustomers(@Ctx() ctx: RequestContext, @Args(() => ListArgs) args: ListArgs) {
    return PartnerApiService.customers(ctx, ctx.partner!, args);
  }

  @PartnerScope(ApiScope.CUSTOMERS_READ)
  @Query(() => PartnerCustomer, { description: 'One customer who consented to share data with you' })
  partnerCustomer(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return PartnerApiService.customer(ctx, ctx.partner!, id);
  }

  @PartnerScope(ApiScope.RECOMMENDATIONS_READ)
  @Query(() => [PartnerRecommendation], { description: 'Suitable products for a consenting customer, best first' })
  partnerRecommendations(
    @Ctx() ctx: RequestContext,
    @Arg('customerId', () => ID) customerId: string,
    @Arg('limit', () => Int, { defaultValue: 5 }) limit: number,
  ) {
    return PartnerApiService.recommendations(ctx, ctx.partner!, customerId, limit);
  }

  @PartnerScope(ApiScope.REFERRALS_WRITE)
  @Mutation(() => Referral, {
    description: "Refer a consenting customer for a scenario (e.g. a buyer for mortgage pre-approval); it joins the institution's queue",
  })
  submitReferral(
    @Ctx() ctx: RequestContext,
    @Arg('customerId', () => ID) customerId: string,
    @Arg('scenario', () => NeedType) scenario: NeedType,
    @Arg('notes', () => String) notes: string,
  ) {
    return PartnerApiService.submitReferral(ctx, ctx.partner!, customerId, scenario, notes);
  }

  @PartnerScope(ApiScope.REFERRALS_WRITE)
  @Query(() => [Referral], { description: 'Your referrals and where they stand' })
  partnerReferrals(@Ctx() ctx: RequestContext, @Args(() => ListArgs) args: ListArgs) {
    return PartnerApiService.referrals(ctx, ctx.partner!, args);
  }

  @PartnerScope(ApiScope.ORDERS_REFER)
  @Mutation(() => PartnerReferredOrder, {
    description:
      'Refer an order for a consenting customer where a scenario package names you and the product and allows it; decided like every order (REFUSED with the reasons, or awaiting the risk warning), completed by the institution',
  })
  referOrder(
    @Ctx() ctx: RequestContext,
    @Arg('customerId', () => ID) customerId: string,
    @Arg('productId', () => ID) productId: string,
    @Arg('amount', () => DecimalScalar, { description: "In the product's currency" }) amount: string,
  ) {
    return PartnerApiService.referOrder(ctx, ctx.partner!, customerId, productId, amount);
  }

  @PartnerScope(ApiScope.ORDERS_REFER)
  @Query(() => [PartnerReferredOrder], { description: 'The orders you referred and where they stand, newest first' })
  partnerReferredOrders(@Ctx() ctx: RequestContext, @Args(() => ListArgs) args: ListArgs) {
    return PartnerApiService.referredOrders(ctx, ctx.partner!, args);
  }

  @PartnerScope(ApiScope.FULFILMENT_WRITE)
  @Query(() => [FulfilmentOrder], { description: 'Service orders sent to you' })
  partnerFulfilmentOrders(
    @Ctx() ctx: RequestContext,
    @Args(() => ListArgs) args: ListArgs,
    @Arg('status', () => FulfilmentStatus, { nullable: true }) status?: FulfilmentStatus,
  ) {
    return PartnerApiService.orders(ctx, ctx.partner!, args, status);
  }

  @PartnerScope(ApiScope.FULFILMENT_WRITE)
  @Mutation(() => FulfilmentOrder, { description: 'Move one of your service orders on: PENDING → ACCEPTED → IN_PROGRESS → DONE, or REJECTED' })
  updateFulfilmentOrder(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('status', () => FulfilmentStatus) status: FulfilmentStatus,
    @Arg('note', () => String, { nullable: true }) note?: string,
  ) {
    return PartnerApiService.updateOrder(ctx, ctx.partner!, id, version, status, note ?? null);
  }
}
