import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../common/context';
import { Benefit, benefitById } from '../benefits';
import { TierBenefit } from './tier-benefit.entity';
import { Tier } from './tier.entity';
import { entitlementsOfBenefit, tierById } from './tier.loaders';

/** A tier's entitlement to a benefit: both ends, by the loaders of their modules. */
@Resolver(() => TierBenefit)
export class TierBenefitResolver {
  @FieldResolver(() => Benefit, { nullable: true })
  benefit(@Root() row: TierBenefit, @Ctx() ctx: RequestContext) {
    return ctx.loaders.get(benefitById).load(row.benefitId);
  }

  @FieldResolver(() => Tier, { nullable: true })
  tier(@Root() row: TierBenefit, @Ctx() ctx: RequestContext) {
    return ctx.loaders.get(tierById).load(row.tierId);
  }
}

/** The tiers that grant a benefit: added to Benefit here, where entitlements live, so benefits/ knows nothing of tiers. */
@Resolver(() => Benefit)
export class BenefitEntitlementsResolver {
  @FieldResolver(() => [TierBenefit], { description: 'The tiers that grant this benefit, with their quotas' })
  entitlements(@Root() benefit: Benefit, @Ctx() ctx: RequestContext) {
    return ctx.loaders.get(entitlementsOfBenefit).load(benefit.id);
  }
}
