import { byId, groupBy, type RowSource } from '../../common/persistence/loaders';
import { TierBenefit } from './tier-benefit.entity';
import { Tier } from './tier.entity';

export const tierById = (ds: RowSource) => byId(ds, Tier);
export const entitlementsOfTier = (ds: RowSource) => groupBy(ds, TierBenefit, 'tierId');
export const entitlementsOfBenefit = (ds: RowSource) => groupBy(ds, TierBenefit, 'benefitId');
