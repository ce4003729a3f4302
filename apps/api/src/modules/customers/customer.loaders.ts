import { groupBy, type RowSource } from '../../common/persistence/loaders';
import { Holding } from './holding.entity';

export const holdingsOfCustomer = (ds: RowSource) => groupBy(ds, Holding, 'customerId', { newestFirst: 'startedAt' });
