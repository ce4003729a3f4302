import type { DataSource } from 'typeorm';
import { groupBy } from '../../common/persistence/loaders';
import { RiskAssessment } from './risk-assessment.entity';

export const assessmentsOfCustomer = (ds: DataSource) => groupBy(ds, RiskAssessment, 'customerId', { newestFirst: 'assessedAt' });
