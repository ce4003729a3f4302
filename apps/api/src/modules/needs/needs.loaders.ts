import type { DataSource } from 'typeorm';
import { groupBy } from '../../common/persistence/loaders';
import { CustomerNeed } from './needs.entities';

export const needsOfCustomer = (ds: DataSource) => groupBy(ds, CustomerNeed, 'customerId');
