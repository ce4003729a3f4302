import type { DataSource } from 'typeorm';
import { byId, groupBy } from '../../common/persistence/loaders';
import { TierBenefit } from './tier-benefit.entity';
import { Tier } from './tier.entity';

export const tierById = (ds: DataSource) => byId(ds, Tier);
export const entitlementsOfTier = (ds: DataSource) => groupBy(ds, TierBenefit, 'tierId');
export const entitlementsOfBenefit = (ds: DataSource) => groupBy(ds, TierBenefit, 'benefitId');
