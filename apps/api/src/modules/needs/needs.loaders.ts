import { groupBy, type RowSource } from '../../common/persistence/loaders';
import { CustomerNeed } from './customer-need.entity';

export const needsOfCustomer = (ds: RowSource) => groupBy(ds, CustomerNeed, 'customerId');
