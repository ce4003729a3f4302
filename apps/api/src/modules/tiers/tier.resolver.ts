import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow } from '../../common/auth';
import type { RequestContext } from '../../common/context';
import { Role } from '../../common/enums';
import { ListArgs, ListMetadata } from '../../common/list';
import { TierBenefit } from '../benefits/tier-benefit.entity';
import { Tier } from './tier.entity';
import { CreateTierArgs, TierBenefitInput, TierFilter, TierRangeInput, UpdateTierArgs } from './tier.inputs';
import { TierService } from './tier.service';

@Resolver(() => Tier)
export class TierResolver {
  @Allow(Role.VIEWER)
  @Query(() => [Tier], { name: 'allTiers', description: 'Tiers, by default in AUM order' })
  all(@Ctx() ctx: RequestContext, @Args(() => ListArgs) args: ListArgs, @Arg('filter', () => TierFilter, { nullable: true }) filter?: TierFilter) {
    return TierService.list(ctx, args, filter);
  }

  @Allow(Role.VIEWER)
  @Query(() => ListMetadata, { name: '_allTiersMeta' })
  async meta(@Ctx() ctx: RequestContext, @Args(() => ListArgs) _args: ListArgs, @Arg('filter', () => TierFilter, { nullable: true }) filter?: TierFilter) {
    return { count: await TierService.count(ctx, filter) };
  }

  @Allow(Role.VIEWER)
  @Query(() => Tier, { name: 'Tier' })
  one(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return TierService.get(ctx, id);
  }

  @Allow(Role.PRODUCT_MANAGER)
  @Mutation(() => Tier, { description: 'Create a tier; neighbours whose ranges must shrink to make room go in `adjustments`' })
  createTier(@Ctx() ctx: RequestContext, @Args(() => CreateTierArgs) args: CreateTierArgs) {
    return TierService.create(ctx, args);
  }

  @Allow(Role.PRODUCT_MANAGER)
  @Mutation(() => Tier)
  updateTier(@Ctx() ctx: RequestContext, @Args(() => UpdateTierArgs) args: UpdateTierArgs) {
    return TierService.update(ctx, args);
  }

  @Allow(Role.PRODUCT_MANAGER)
  @Mutation(() => [Tier], { description: 'Move the boundaries of several tiers at once; the result must still partition [0, ∞)' })
  updateTierRanges(@Ctx() ctx: RequestContext, @Arg('ranges', () => [TierRangeInput]) ranges: TierRangeInput[]) {
    return TierService.updateRanges(ctx, ranges);
  }

  @Allow(Role.PRODUCT_MANAGER)
  @Mutation(() => Tier, { description: 'Delete a tier; the neighbours that take over its range go in `adjustments`' })
  deleteTier(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string,
    @Arg('adjustments', () => [TierRangeInput], { nullable: true }) adjustments?: TierRangeInput[]) {
    return TierService.delete(ctx, id, adjustments);
  }

  @Allow(Role.PRODUCT_MANAGER)
  @Mutation(() => Tier, { description: "Replace a tier's benefits and quotas (send the tier's version)" })
  setTierBenefits(@Ctx() ctx: RequestContext, @Arg('tierId', () => ID) tierId: string, @Arg('version', () => Int) version: number,
    @Arg('entitlements', () => [TierBenefitInput]) entitlements: TierBenefitInput[]) {
    return TierService.setBenefits(ctx, tierId, version, entitlements);
  }

  @FieldResolver(() => [TierBenefit], { description: 'The benefits this tier grants, with quotas' })
  entitlements(@Root() tier: Tier, @Ctx() ctx: RequestContext) {
    return TierService.entitlements(ctx, tier.id);
  }
}
