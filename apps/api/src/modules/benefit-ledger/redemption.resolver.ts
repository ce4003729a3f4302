import { Arg, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { ApiScope, RedemptionStatus } from '@tierwise/domain';
import { AllowOrScope } from '../../common/auth';
import type { RequestContext } from '../../common/context';
import { Role } from '../../common/enums';
import { Customer } from '../customers';
import { BenefitRedemption } from './redemption.entity';
import { RedemptionService } from './redemption.service';

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

/** A customer's redemptions and allowances. */
@Resolver(() => Customer)
export class CustomerBenefitsResolver {
  @FieldResolver(() => [BenefitAllowance], { description: "What the customer's tier grants this year, with the quota used and left" })
  benefitAllowances(@Root() customer: Customer, @Ctx() ctx: RequestContext) {
    return RedemptionService.allowances(ctx, customer);
  }

  @FieldResolver(() => [BenefitRedemption], { description: 'Redemptions, newest first (at most 100)' })
  redemptions(@Root() customer: Customer, @Ctx() ctx: RequestContext) {
    return RedemptionService.ofCustomer(ctx, customer.id);
  }
}
