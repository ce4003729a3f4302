import { groupBy, type RowSource } from '../../common/persistence/loaders';
import { FinancialDeclaration, ProfessionalInvestorEvidence } from './investor-evidence.entity';
import { RiskAssessment } from './risk-assessment.entity';

export const assessmentsOfCustomer = (ds: RowSource) => groupBy(ds, RiskAssessment, 'customerId', { newestFirst: 'assessedAt' });
export const declarationsOfCustomer = (ds: RowSource) => groupBy(ds, FinancialDeclaration, 'customerId', { newestFirst: 'asOf' });
export const professionalEvidenceOfCustomer = (ds: RowSource) => groupBy(ds, ProfessionalInvestorEvidence, 'customerId', { newestFirst: 'evidencedAt' });
