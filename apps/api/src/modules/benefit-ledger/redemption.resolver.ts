import { Arg, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ApiScope, RedemptionStatus } from '@tierwise/domain';
import { Allow, AllowOrScope } from '../../common/auth';
import { notFound } from '../../common/errors';
import type { RequestContext } from '../../common/context';
import { Role } from '../../common/enums';
import { Benefit, benefitById } from '../benefits';
import { Customer } from '../customers';
import { BenefitRedemption } from './redemption.entity';
import { RedemptionService } from './redemption.service';
import { PointsAccount, PointsEntry, PointsKind } from './points.entity';
import { PointsService } from './points.service';

@ObjectType('BenefitAllowance', { description: "A benefit the customer's tier grants, and what is left of it this year" })
export class BenefitAllowance {
  @Field(() => ID) benefitId!: string;
  @Field(() => Int) year!: number;
  @Field(() => Int, { nullable: true, description: 'Per calendar year; null: unlimited' }) annualQuota!: number | null;
  @Field(() => Int) used!: number;
  @Field(() => Int, { nullable: true, description: 'null: unlimited' }) remaining!: number | null;
  @Field(() => Boolean) exclusive!: boolean;
}

/** The redemption ledger: benefits redeemed exactly within the tier's annual quota, each with an idempotency key. */
@Resolver(() => BenefitRedemption)
export class RedemptionResolver {
  @AllowOrScope(Role.PRODUCT_MANAGER, ApiScope.SERVICE_WRITE)
  @Mutation(() => BenefitRedemption, {
    description:
      "Redeem (or reserve) a benefit for a customer: only one their tier grants, within this year's quota (QUOTA_EXHAUSTED otherwise). The same idempotencyKey with the same request answers the first redemption; with another, CONFLICT",
  })
  redeemBenefit(
    @Ctx() ctx: RequestContext,
    @Arg('customerId', () => ID) customerId: string,
    @Arg('benefitId', () => ID) benefitId: string,
    @Arg('idempotencyKey', () => String, { nullable: true, description: 'Up to 100 characters; send the same on a retry' }) idempotencyKey?: string,
    @Arg('reserve', () => Boolean, { nullable: true, description: 'Hold it against the quota (a booking) instead of consuming it' }) reserve?: boolean,
    @Arg('notes', () => String, { nullable: true }) notes?: string,
  ) {
    return RedemptionService.redeem(ctx, { customerId, benefitId, idempotencyKey, reserve, notes });
  }

  @AllowOrScope(Role.PRODUCT_MANAGER, ApiScope.SERVICE_WRITE)
  @Mutation(() => BenefitRedemption, { description: 'A reserved redemption is CONSUMED (delivered) or RELEASED (the quota given back)' })
  settleRedemption(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('status', () => RedemptionStatus) status: RedemptionStatus,
  ) {
    return RedemptionService.settle(ctx, id, version, status);
  }
}

@ObjectType('CustomerBenefits', { description: "What a customer's tier grants this year, and the redemptions" })
export class CustomerBenefits {
  @Field(() => ID) customerId!: string;
  @Field(() => [BenefitAllowance], { description: "The tier's benefits with the quota used and left this year" }) allowances!: BenefitAllowance[];
  @Field(() => [BenefitRedemption], { description: 'Redemptions, newest first (at most 100)' }) redemptions!: BenefitRedemption[];
}

/** The benefit an allowance is of (batched: one query for every allowance in the answer). */
@Resolver(() => BenefitAllowance)
export class BenefitAllowanceResolver {
  @FieldResolver(() => Benefit, { nullable: true, description: 'The benefit (its name in both languages, category, provider)' })
  benefit(@Root() a: BenefitAllowance, @Ctx() ctx: RequestContext) {
    return ctx.loaders.get(benefitById).load(a.benefitId);
  }
}

/** A customer's allowances and redemptions: a query of its own (a list of customers never computes them). */
@Resolver(() => CustomerBenefits)
export class CustomerBenefitsResolver {
  @Allow(Role.VIEWER)
  @Query(() => CustomerBenefits, { description: "What the customer's tier grants this year, with the quota used and left, and their redemptions" })
  async customerBenefits(@Ctx() ctx: RequestContext, @Arg('customerId', () => ID) customerId: string) {
    const customer = await ctx.manager.findOneBy(Customer, { id: customerId });
    if (!customer) throw notFound('Customer', customerId);
    return RedemptionService.customerBenefits(ctx, customer);
  }
}

/** The points ledger: earn, redeem and expire, the balance never below zero, each movement with an idempotency key. */
@Resolver(() => PointsAccount)
export class PointsResolver {
  @AllowOrScope(Role.PRODUCT_MANAGER, ApiScope.SERVICE_WRITE)
  @Mutation(() => PointsEntry, { description: 'Credit points (e.g. for a purchase)' })
  earnPoints(
    @Ctx() ctx: RequestContext,
    @Arg('customerId', () => ID) customerId: string,
    @Arg('points', () => Int) points: number,
    @Arg('reason', () => String) reason: string,
    @Arg('idempotencyKey', () => String, { nullable: true }) idempotencyKey?: string,
  ) {
    return PointsService.move(ctx, PointsKind.EARN, { customerId, points, reason, idempotencyKey });
  }

  @AllowOrScope(Role.PRODUCT_MANAGER, ApiScope.SERVICE_WRITE)
  @Mutation(() => PointsEntry, { description: 'Spend points: only what the balance has (INSUFFICIENT_POINTS otherwise)' })
  redeemPoints(
    @Ctx() ctx: RequestContext,
    @Arg('customerId', () => ID) customerId: string,
    @Arg('points', () => Int) points: number,
    @Arg('reason', () => String) reason: string,
    @Arg('idempotencyKey', () => String, { nullable: true }) idempotencyKey?: string,
  ) {
    return PointsService.move(ctx, PointsKind.REDEEM, { customerId, points, reason, idempotencyKey });
  }

  @Allow(Role.PRODUCT_MANAGER)
  @Mutation(() => PointsEntry, { description: 'Expire points (what is left when less than asked)' })
  expirePoints(
    @Ctx() ctx: RequestContext,
    @Arg('customerId', () => ID) customerId: string,
    @Arg('points', () => Int) points: number,
    @Arg('reason', () => String) reason: string,
    @Arg('idempotencyKey', () => String, { nullable: true }) idempotencyKey?: string,
  ) {
    return PointsService.move(ctx, PointsKind.EXPIRE, { customerId, points, reason, idempotencyKey });
  }

  @Allow(Role.VIEWER)
  @Query(() => PointsAccount, { description: "A customer's points balance and movements" })
  pointsAccount(@Ctx() ctx: RequestContext, @Arg('customerId', () => ID) customerId: string) {
    return PointsService.account(ctx, customerId);
  }
}
