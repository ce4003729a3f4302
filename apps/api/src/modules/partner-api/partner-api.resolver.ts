import { Arg, Args, Ctx, Field, GraphQLISODateTime, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { IsEnum, IsOptional, MaxLength } from 'class-validator';
import { Allow, PartnerScope } from '../../common/auth';
import type { RequestContext } from '../../common/context';
import { createReadResolver, createWriteResolver } from '../../common/crud.resolver';
import { CrudRepository, equalityFilter } from '../../common/crud';
import { InvestorRiskLevel, LifeStage, NeedType, Occupation, Role } from '../../common/enums';
import { BaseFilter, ListArgs } from '../../common/list';
import { InputType } from 'type-graphql';
import { DecimalScalar } from '../../common/scalars';
import { Product } from '../products/product.entity';
import { ApiClient } from './api-client.entity';
import { ApiScope } from '@tierwise/domain';
import { ApiClientFilter, ApiClientService, CreateApiClientArgs, UpdateApiClientArgs } from './api-client.service';
import { PartnerApiService, PartnerWorkService } from './partner-api.service';
import { FulfilmentOrder, Referral } from './partner-work.entities';
import { FulfilmentStatus, ReferralStatus } from '../../common/enums';

@ObjectType('PartnerNeedSignal', { description: 'A need the institution detected, without the behaviour behind it' })
class PartnerNeedSignal {
  @Field(() => NeedType) need!: NeedType;
  @Field(() => Int) weight!: number;
  @Field(() => GraphQLISODateTime) lastConfirmedAt!: Date;
}

@ObjectType('PartnerCustomer', { description: 'A customer who consented to share data with the calling partner: masked identity, profile, need signals' })
class PartnerCustomer {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'Masked, e.g. 王*明' }) name!: string;
  @Field(() => String, { nullable: true, description: 'Masked, e.g. 138****5678' }) phone!: string | null;
  @Field(() => String, { nullable: true }) tierCode!: string | null;
  @Field(() => LifeStage, { nullable: true }) lifeStage!: LifeStage | null;
  @Field(() => Occupation, { nullable: true }) occupation!: Occupation | null;
  @Field(() => InvestorRiskLevel, { nullable: true }) riskLevel!: InvestorRiskLevel | null;
  @Field(() => [PartnerNeedSignal]) needs!: PartnerNeedSignal[];
}

@ObjectType('PartnerProductFigures')
class PartnerProductFigures {
  @Field(() => ID) productId!: string;
  @Field(() => Int, { description: 'Customers holding it here' }) holders!: number;
  @Field(() => DecimalScalar, { description: 'Total held, CNY' }) totalAmount!: string;
}

@ObjectType('PartnerRecommendation')
class PartnerRecommendation {
  @Field(() => Int) rank!: number;
  @Field(() => Product) product!: Product;
  @Field(() => [String], { description: 'Reason codes (NEED_MATCH, SUITABLE, …)' }) reasonCodes!: string[];
}

@InputType('ReferralFilter')
class ReferralFilter extends BaseFilter {
  @Field(() => ReferralStatus, { nullable: true }) @IsOptional() @IsEnum(ReferralStatus) status?: ReferralStatus;
  @Field(() => ID, { nullable: true }) @IsOptional() @MaxLength(36) partnerId?: string;
}

@InputType('FulfilmentOrderFilter')
class FulfilmentOrderFilter extends BaseFilter {
  @Field(() => FulfilmentStatus, { nullable: true }) @IsOptional() @IsEnum(FulfilmentStatus) status?: FulfilmentStatus;
  @Field(() => ID, { nullable: true }) @IsOptional() @MaxLength(36) partnerId?: string;
}

const byReferralFields = equalityFilter<ReferralFilter>(['status', 'partnerId']);
const byOrderFields = equalityFilter<FulfilmentOrderFilter>(['status', 'partnerId']);

const referrals = new CrudRepository(Referral, 'Referral', ['createdAt', 'status', 'scenario'], ['notes']);
const orders = new CrudRepository(FulfilmentOrder, 'FulfilmentOrder', ['createdAt', 'status'], ['notes']);

/** Admins manage partner API keys; the key itself is returned once, by createApiClient. */
@Resolver(() => ApiClient)
export class ApiClientResolver extends createWriteResolver({
  type: ApiClient, plural: 'ApiClients', filter: ApiClientFilter, createArgs: CreateApiClientArgs, updateArgs: UpdateApiClientArgs,
  service: ApiClientService, read: Role.ADMIN, write: Role.ADMIN, // revoked (updateApiClient), never deleted
}) {}

/** The referral queue and service orders, on the institution's side. */
@Resolver(() => Referral)
export class ReferralResolver extends createReadResolver({
  type: Referral, plural: 'Referrals', filter: ReferralFilter, read: Role.VIEWER,
  service: {
    list: (ctx, args, filter) => referrals.list(ctx, args, filter, byReferralFields(filter), { defaultSort: 'createdAt', defaultOrder: 'DESC' }),
    count: (ctx, filter) => referrals.count(ctx, filter, byReferralFields(filter)),
    get: (ctx, id) => referrals.get(ctx, id),
  },
}) {
  @Allow(Role.PRODUCT_MANAGER)
  @Mutation(() => Referral, { description: 'Move a referral through the queue: CONTACTED, CONVERTED or CLOSED' })
  setReferralStatus(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Arg('status', () => ReferralStatus) status: ReferralStatus) {
    return PartnerWorkService.setReferralStatus(ctx, id, version, status);
  }
}

@Resolver(() => FulfilmentOrder)
export class FulfilmentOrderResolver extends createReadResolver({
  type: FulfilmentOrder, plural: 'FulfilmentOrders', filter: FulfilmentOrderFilter, read: Role.VIEWER,
  service: {
    list: (ctx, args, filter) => orders.list(ctx, args, filter, byOrderFields(filter), { defaultSort: 'createdAt', defaultOrder: 'DESC' }),
    count: (ctx, filter) => orders.count(ctx, filter, byOrderFields(filter)),
    get: (ctx, id) => orders.get(ctx, id),
  },
}) {
  @Allow(Role.PRODUCT_MANAGER)
  @Mutation(() => FulfilmentOrder, { description: "Send a benefit to its service partner to deliver for a customer (the benefit's provider receives it)" })
  createFulfilmentOrder(@Ctx() ctx: RequestContext, @Arg('customerId', () => ID) customerId: string, @Arg('benefitId', () => ID) benefitId: string,
    @Arg('notes', () => String, { nullable: true }) notes?: string) {
    return PartnerWorkService.createOrder(ctx, customerId, benefitId, notes ?? null);
  }
}

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
  async partnerRecommendations(@Ctx() ctx: RequestContext, @Arg('customerId', () => ID) customerId: string, @Arg('limit', () => Int, { defaultValue: 5 }) limit: number) {
    return (await PartnerApiService.recommendations(ctx, ctx.partner!, customerId, limit)).map((r) => ({ rank: r.rank, product: r.product, reasonCodes: r.reasons.map((x) => x.code) }));
  }

  @PartnerScope(ApiScope.REFERRALS_WRITE)
  @Mutation(() => Referral, { description: "Refer a consenting customer for a scenario (e.g. a buyer for mortgage pre-approval); it joins the institution's queue" })
  submitReferral(@Ctx() ctx: RequestContext, @Arg('customerId', () => ID) customerId: string, @Arg('scenario', () => NeedType) scenario: NeedType,
    @Arg('notes', () => String) notes: string) {
    return PartnerApiService.submitReferral(ctx, ctx.partner!, customerId, scenario, notes);
  }

  @PartnerScope(ApiScope.REFERRALS_WRITE)
  @Query(() => [Referral], { description: 'Your referrals and where they stand' })
  partnerReferrals(@Ctx() ctx: RequestContext, @Args(() => ListArgs) args: ListArgs) {
    return PartnerApiService.referrals(ctx, ctx.partner!, args);
  }

  @PartnerScope(ApiScope.FULFILMENT_WRITE)
  @Query(() => [FulfilmentOrder], { description: 'Service orders sent to you' })
  partnerFulfilmentOrders(@Ctx() ctx: RequestContext, @Args(() => ListArgs) args: ListArgs, @Arg('status', () => FulfilmentStatus, { nullable: true }) status?: FulfilmentStatus) {
    return PartnerApiService.orders(ctx, ctx.partner!, args, status);
  }

  @PartnerScope(ApiScope.FULFILMENT_WRITE)
  @Mutation(() => FulfilmentOrder, { description: 'Move one of your service orders on: PENDING → ACCEPTED → IN_PROGRESS → DONE, or REJECTED' })
  updateFulfilmentOrder(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number,
    @Arg('status', () => FulfilmentStatus) status: FulfilmentStatus, @Arg('note', () => String, { nullable: true }) note?: string) {
    return PartnerApiService.updateOrder(ctx, ctx.partner!, id, version, status, note ?? null);
  }
}
