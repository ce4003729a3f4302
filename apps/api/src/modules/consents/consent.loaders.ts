import { groupBy, type RowSource } from '../../common/persistence/loaders';
import { Consent } from './consent.entity';

export const consentsOfCustomer = (ds: RowSource) => groupBy(ds, Consent, 'customerId');
