import type { DataSource } from 'typeorm';
import { groupBy } from '../../common/persistence/loaders';
import { Holding } from './holding.entity';

export const holdingsOfCustomer = (ds: DataSource) => groupBy(ds, Holding, 'customerId', { newestFirst: 'startedAt' });
