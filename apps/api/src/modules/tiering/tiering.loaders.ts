import { groupBy, type RowSource } from '../../common/persistence/loaders';
import { TierChange } from './tier-change.entity';

export const tierChangesOfCustomer = (ds: RowSource) => groupBy(ds, TierChange, 'customerId', { newestFirst: 'changedAt' });
