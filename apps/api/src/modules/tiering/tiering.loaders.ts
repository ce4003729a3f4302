import type { DataSource } from 'typeorm';
import { groupBy } from '../../common/persistence/loaders';
import { TierChange } from './tier-change.entity';

export const tierChangesOfCustomer = (ds: DataSource) => groupBy(ds, TierChange, 'customerId', { newestFirst: 'changedAt' });
