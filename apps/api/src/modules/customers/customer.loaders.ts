import type { DataSource } from 'typeorm';
import { groupBy } from '../../common/persistence/loaders';
import { Consent } from './consent.entity';
import { Holding } from './holding.entity';
import { RiskAssessment } from './risk-assessment.entity';
import { TierChange } from './tier-change.entity';

export const holdingsOfCustomer = (ds: DataSource) => groupBy(ds, Holding, 'customerId', { newestFirst: 'startedAt' });
export const tierChangesOfCustomer = (ds: DataSource) => groupBy(ds, TierChange, 'customerId', { newestFirst: 'changedAt' });
export const assessmentsOfCustomer = (ds: DataSource) => groupBy(ds, RiskAssessment, 'customerId', { newestFirst: 'assessedAt' });
export const consentsOfCustomer = (ds: DataSource) => groupBy(ds, Consent, 'customerId');
