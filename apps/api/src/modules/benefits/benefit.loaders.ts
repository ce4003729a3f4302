import type { DataSource } from 'typeorm';
import { byId, groupBy } from '../../common/persistence/loaders';
import { Benefit } from './benefit.entity';
import { TierBenefit } from './tier-benefit.entity';

export const benefitById = (ds: DataSource) => byId(ds, Benefit);
export const entitlementsOfTier = (ds: DataSource) => groupBy(ds, TierBenefit, 'tierId');
export const entitlementsOfBenefit = (ds: DataSource) => groupBy(ds, TierBenefit, 'benefitId');
