import type { DataSource } from 'typeorm';
import { groupBy } from '../../common/persistence/loaders';
import { FinancialDeclaration, ProfessionalInvestorEvidence } from './investor-evidence.entity';
import { RiskAssessment } from './risk-assessment.entity';

export const assessmentsOfCustomer = (ds: DataSource) => groupBy(ds, RiskAssessment, 'customerId', { newestFirst: 'assessedAt' });
export const declarationsOfCustomer = (ds: DataSource) => groupBy(ds, FinancialDeclaration, 'customerId', { newestFirst: 'asOf' });
export const professionalEvidenceOfCustomer = (ds: DataSource) => groupBy(ds, ProfessionalInvestorEvidence, 'customerId', { newestFirst: 'evidencedAt' });
