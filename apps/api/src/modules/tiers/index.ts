// modules/tiers: Tiers and the benefits attached to each. Other modules and the app import only this file.
import { Tier } from './tier.entity';
import { TierBenefit } from './tier-benefit.entity';
import { TierPendingChangesResolver, TierResolver } from './tier.resolver';
import { BenefitEntitlementsResolver, TierBenefitResolver } from './tier-benefit.resolver';
export { TierBenefit } from './tier-benefit.entity';
export { BenefitEntitlementsResolver, TierBenefitResolver } from './tier-benefit.resolver';
export { Tier } from './tier.entity';
export { tierById } from './tier.loaders';
export { TierResolver } from './tier.resolver';
export { TierService } from './tier.service';

/** The entities this module owns (the app assembles the data source from every module's list). */
export const entities = [Tier, TierBenefit];
/** The resolvers this module adds to the schema. */
export const resolvers = [TierResolver, TierPendingChangesResolver, TierBenefitResolver, BenefitEntitlementsResolver];
