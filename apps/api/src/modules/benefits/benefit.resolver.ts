import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow } from '../../common/auth';
import type { RequestContext } from '../../common/context';
import { Role } from '../../common/enums';
import { ListArgs, ListMetadata } from '../../common/list';
import { PartnerInstitution } from '../partners/partner.entity';
import { Tier } from '../tiers/tier.entity';
import { Benefit } from './benefit.entity';
import { BenefitFilter, CreateBenefitArgs, UpdateBenefitArgs } from './benefit.inputs';
import { BenefitService } from './benefit.service';
import { TierBenefit } from './tier-benefit.entity';

@Resolver(() => Benefit)
export class BenefitResolver {
  @Allow(Role.VIEWER)
  @Query(() => [Benefit], { name: 'allBenefits' })
  all(@Ctx() ctx: RequestContext, @Args(() => ListArgs) args: ListArgs, @Arg('filter', () => BenefitFilter, { nullable: true }) filter?: BenefitFilter) {
    return BenefitService.list(ctx, args, filter);
  }

  @Allow(Role.VIEWER)
  @Query(() => ListMetadata, { name: '_allBenefitsMeta' })
  async meta(@Ctx() ctx: RequestContext, @Args(() => ListArgs) _args: ListArgs, @Arg('filter', () => BenefitFilter, { nullable: true }) filter?: BenefitFilter) {
    return { count: await BenefitService.count(ctx, filter) };
  }

  @Allow(Role.VIEWER)
  @Query(() => Benefit, { name: 'Benefit' })
  one(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return BenefitService.get(ctx, id);
  }

  @Allow(Role.PRODUCT_MANAGER)
  @Mutation(() => Benefit)
  createBenefit(@Ctx() ctx: RequestContext, @Args(() => CreateBenefitArgs) args: CreateBenefitArgs) {
    return BenefitService.create(ctx, args);
  }

  @Allow(Role.PRODUCT_MANAGER)
  @Mutation(() => Benefit)
  updateBenefit(@Ctx() ctx: RequestContext, @Args(() => UpdateBenefitArgs) args: UpdateBenefitArgs) {
    return BenefitService.update(ctx, args);
  }

  @Allow(Role.PRODUCT_MANAGER)
  @Mutation(() => Benefit)
  deleteBenefit(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return BenefitService.delete(ctx, id);
  }

  @FieldResolver(() => PartnerInstitution, { nullable: true })
  provider(@Root() benefit: Benefit, @Ctx() ctx: RequestContext) {
    return benefit.providerId ? ctx.loaders.partner.load(benefit.providerId) : null;
  }

  @FieldResolver(() => [TierBenefit], { description: 'The tiers that grant this benefit, with their quotas' })
  entitlements(@Root() benefit: Benefit, @Ctx() ctx: RequestContext) {
    return ctx.loaders.entitlementsOfBenefit.load(benefit.id);
  }
}

@Resolver(() => TierBenefit)
export class TierBenefitResolver {
  @FieldResolver(() => Benefit, { nullable: true })
  benefit(@Root() row: TierBenefit, @Ctx() ctx: RequestContext) {
    return ctx.loaders.benefit.load(row.benefitId);
  }

  @FieldResolver(() => Tier, { nullable: true })
  tier(@Root() row: TierBenefit, @Ctx() ctx: RequestContext) {
    return ctx.loaders.tier.load(row.tierId);
  }
}
