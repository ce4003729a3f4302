import type { DataSource } from 'typeorm';
import { groupBy } from '../../common/persistence/loaders';
import { CustomerNeed } from './customer-need.entity';

export const needsOfCustomer = (ds: DataSource) => groupBy(ds, CustomerNeed, 'customerId');
