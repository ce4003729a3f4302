import type { DataSource } from 'typeorm';
import { groupBy } from '../../common/persistence/loaders';
import { Consent } from './consent.entity';

export const consentsOfCustomer = (ds: DataSource) => groupBy(ds, Consent, 'customerId');
