import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { createWriteResolver } from '../../common/crud.resolver';
import { Allow } from '../../common/auth';
import type { RequestContext } from '../../common/context';
import { Role } from '../../common/enums';
import { TierBenefit } from './tier-benefit.entity';
import { Tier } from './tier.entity';
import { CreateTierArgs, TierBenefitInput, TierFilter, TierRangeInput, UpdateTierArgs } from './tier.inputs';
import { TierService } from './tier.service';
import { assertListSize } from '../../common/errors';

@Resolver(() => Tier)
export class TierResolver extends createWriteResolver({
  type: Tier,
  plural: 'Tiers',
  filter: TierFilter,
  createArgs: CreateTierArgs,
  updateArgs: UpdateTierArgs,
  service: TierService,
  read: Role.VIEWER,
  write: Role.PRODUCT_MANAGER,
}) {
  @Allow(Role.PRODUCT_MANAGER)
  @Mutation(() => [Tier], { description: 'Move the boundaries of several tiers at once; the result must still partition [0, ∞)' })
  updateTierRanges(@Ctx() ctx: RequestContext, @Arg('ranges', () => [TierRangeInput], { description: 'At most 50' }) ranges: TierRangeInput[]) {
    assertListSize('ranges', ranges, 50);
    return TierService.updateRanges(ctx, ranges);
  }

  @Allow(Role.PRODUCT_MANAGER)
  @Mutation(() => Tier, { description: 'Delete a tier; the neighbours that take over its range go in `adjustments`' })
  deleteTier(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('adjustments', () => [TierRangeInput], { nullable: true, description: 'At most 50' }) adjustments?: TierRangeInput[],
  ) {
    assertListSize('adjustments', adjustments, 50);
    return TierService.delete(ctx, id, adjustments);
  }

  @Allow(Role.PRODUCT_MANAGER)
  @Mutation(() => Tier, { description: "Replace a tier's benefits and quotas (send the tier's version)" })
  setTierBenefits(
    @Ctx() ctx: RequestContext,
    @Arg('tierId', () => ID) tierId: string,
    @Arg('version', () => Int) version: number,
    @Arg('entitlements', () => [TierBenefitInput], { description: 'At most 100' }) entitlements: TierBenefitInput[],
  ) {
    assertListSize('entitlements', entitlements, 100);
    return TierService.setBenefits(ctx, tierId, version, entitlements);
  }

  @FieldResolver(() => [TierBenefit], { description: 'The benefits this tier grants, with quotas' })
  entitlements(@Root() tier: Tier, @Ctx() ctx: RequestContext) {
    return TierService.entitlements(ctx, tier.id);
  }
}
