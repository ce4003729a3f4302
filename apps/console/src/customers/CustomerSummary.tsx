import { Chip, Paper, Stack, Typography } from '@mui/material';
import { useGetOne, useRecordContext, useTranslate } from 'react-admin';
import { ageOn, assessmentIsValid, ELDERLY_AGE, type InvestorRiskLevel } from '@tierwise/domain';
import { formatDecimal, useLocalFormat, useLocalName } from '../fields';

interface CustomerRecord {
  id: string;
  externalRef: string;
  name: string;
  aum: string;
  tierId?: string | null;
  riskLevel?: InvestorRiskLevel | null;
  riskAssessedAt?: string | null;
  riskAssessmentExpiresAt?: string | null;
  professionalInvestor: boolean;
  birthDate?: string | null;
}

/**
 * The customer at a glance, above the tabs: who (masked), their tier and the advisor model it promises, AUM, risk level
 * and until when it holds, and the flags an advisor must see first (65+ care, an assessment to renew, professional).
 * The flags use the suitability rules' own functions, so the header never disagrees with what may be sold.
 */
export function CustomerSummary() {
  const record = useRecordContext<CustomerRecord>();
  const translate = useTranslate();
  const format = useLocalFormat();
  const localName = useLocalName();
  const { data: tier } = useGetOne('Tier', { id: record?.tierId ?? '' }, { enabled: !!record?.tierId });
  if (!record) return null;
  const now = new Date();
  const assessment = {
    riskLevel: record.riskLevel ?? null,
    assessedAt: record.riskAssessedAt ? new Date(record.riskAssessedAt) : null,
    assessmentExpiresAt: record.riskAssessmentExpiresAt ? new Date(record.riskAssessmentExpiresAt) : null,
  };
  const valid = assessmentIsValid(assessment, now);
  const elderly = !!record.birthDate && ageOn(new Date(record.birthDate), now) >= ELDERLY_AGE;
  const item = (label: string, value: React.ReactNode, testId?: string) => (
    <Stack sx={{ minWidth: 120 }} data-testid={testId}>
      <Typography variant="caption" color="text.secondary">
        {label}
      </Typography>
      <Typography variant="body1" component="div">
        {value}
      </Typography>
    </Stack>
  );
  return (
    <Paper variant="outlined" sx={{ m: 2, mb: 0, p: 2 }} data-testid="customer-summary">
      <Stack direction="row" spacing={3} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'flex-start' }}>
        {item(record.externalRef, <strong>{record.name}</strong>)}
        {item(translate('resources.Customer.fields.tierId'), tier ? localName(tier) : '—', 'summary-tier')}
        {item(translate('tierwise.customer360.advisor'), tier ? translate(`enums.AdvisorModel.${tier.advisorModel}`) : '—')}
        {item(translate('resources.Customer.fields.aum'), `${formatDecimal(record.aum)} CNY`)}
        {item(
          translate('resources.Customer.fields.riskLevel'),
          record.riskLevel
            ? `${translate(`enums.InvestorRiskLevel.${record.riskLevel}`)} · ${translate(valid ? 'tierwise.customer360.validUntil' : 'tierwise.customer360.expiredOn', { date: format.date(record.riskAssessmentExpiresAt) })}`
            : translate('tierwise.customer360.neverAssessed'),
          'summary-risk',
        )}
      </Stack>
      <Stack direction="row" spacing={1} useFlexGap sx={{ mt: 1, flexWrap: 'wrap' }} data-testid="summary-flags">
        {elderly && <Chip size="small" color="warning" label={translate('tierwise.customer360.elderly', { age: ELDERLY_AGE })} />}
        {!valid && (
          <Chip
            size="small"
            color="error"
            label={translate(record.riskLevel ? 'tierwise.customer360.assessmentExpired' : 'tierwise.customer360.assessmentMissing')}
          />
        )}
        {record.professionalInvestor && <Chip size="small" color="info" label={translate('resources.Customer.fields.professionalInvestor')} />}
      </Stack>
    </Paper>
  );
}
