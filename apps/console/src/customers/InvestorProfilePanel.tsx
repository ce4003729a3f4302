import { useState } from 'react';
import { Alert, Chip, MenuItem, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRecordContext, useTranslate } from 'react-admin';
import { addYears, DECLARATION_VALID_YEARS, professionalInvestorProblems } from '@tierwise/domain';
import type { DeclarationKind } from '@tierwise/client';
import { ActionDialog, useCanWrite } from '../common';
import { useTierwise } from '../dataProvider';
import { useLocalFormat } from '../fields';
import { formatAmount } from '../i18n/coded';

const AMOUNT = /^\d{1,13}(\.\d{1,2})?$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** A date input's day as the instant the API takes (midnight UTC of that day). */
const dayInstant = (day: string) => `${day}T00:00:00.000Z`;

type Profile = NonNullable<Awaited<ReturnType<ReturnType<typeof useTierwise>['investorProfile']>>>;

function Empty() {
  return (
    <Typography variant="body2" color="text.secondary">
      —
    </Typography>
  );
}

function DayInput({ label, value, onChange }: { label: string; value: string; onChange: (v: string) => void }) {
  const translate = useTranslate();
  return (
    <TextField label={translate(label)} type="date" value={value} onChange={(e) => onChange(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
  );
}

function AmountInput({ label, value, onChange }: { label: string; value: string; onChange: (v: string) => void }) {
  const translate = useTranslate();
  return (
    <TextField
      label={translate(label)}
      value={value}
      onChange={(e) => onChange(e.target.value.trim())}
      error={value !== '' && !AMOUNT.test(value)}
      slotProps={{ htmlInput: { inputMode: 'decimal' } }}
    />
  );
}

/** Record assets or income the customer declares as held elsewhere, with its date and evidence. */
function DeclareButton({ customerId, onDone }: { customerId: string; onDone: () => void }) {
  const translate = useTranslate();
  const tierwise = useTierwise();
  const [kind, setKind] = useState<DeclarationKind>('ASSETS_ELSEWHERE');
  const [amount, setAmount] = useState('');
  const [asOf, setAsOf] = useState('');
  const [evidenceRef, setEvidenceRef] = useState('');
  const [description, setDescription] = useState('');
  const valid = AMOUNT.test(amount) && DAY.test(asOf) && evidenceRef.trim() !== '';
  return (
    <ActionDialog
      label="tierwise.investor.declare"
      confirmLabel="tierwise.investor.declare"
      disabled={!valid}
      onConfirm={async () => {
        await tierwise.declareFinancials(customerId, {
          kind,
          amount,
          asOf: dayInstant(asOf),
          evidenceRef: evidenceRef.trim(),
          description: description.trim() || null,
        });
        onDone();
      }}
    >
      <Stack spacing={2} sx={{ mt: 1 }}>
        <Typography variant="body2" color="text.secondary">
          {translate('tierwise.investor.declareHelp')}
        </Typography>
        <TextField select label={translate('tierwise.investor.kind')} value={kind} onChange={(e) => setKind(e.target.value as DeclarationKind)}>
          {(['ASSETS_ELSEWHERE', 'AVERAGE_ANNUAL_INCOME'] as const).map((k) => (
            <MenuItem key={k} value={k}>
              {translate(`enums.DeclarationKind.${k}`)}
            </MenuItem>
          ))}
        </TextField>
        <AmountInput label="tierwise.investor.amount" value={amount} onChange={setAmount} />
        <DayInput label="tierwise.investor.asOf" value={asOf} onChange={setAsOf} />
        <TextField
          label={translate('tierwise.investor.evidenceRef')}
          value={evidenceRef}
          onChange={(e) => setEvidenceRef(e.target.value)}
          slotProps={{ htmlInput: { maxLength: 200 } }}
        />
        <TextField
          label={translate('tierwise.investor.description')}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          slotProps={{ htmlInput: { maxLength: 200 } }}
        />
      </Stack>
    </ActionDialog>
  );
}

/** Record the evidence behind a professional-investor status: assets or income, investing experience, when checked. */
function ProfessionalEvidenceButton({ customerId, onDone }: { customerId: string; onDone: () => void }) {
  const translate = useTranslate();
  const tierwise = useTierwise();
  const [financialAssets, setAssets] = useState('');
  const [averageAnnualIncome, setIncome] = useState('');
  const [investingSince, setSince] = useState('');
  const [evidencedAt, setEvidencedAt] = useState(() => new Date().toISOString().slice(0, 10));
  const [evidenceRef, setEvidenceRef] = useState('');
  const amountsOk = [financialAssets, averageAnnualIncome].every((v) => v === '' || AMOUNT.test(v)) && (financialAssets !== '' || averageAnnualIncome !== '');
  const valid = amountsOk && (investingSince === '' || DAY.test(investingSince)) && DAY.test(evidencedAt) && evidenceRef.trim() !== '';
  return (
    <ActionDialog
      label="tierwise.investor.recordEvidence"
      confirmLabel="tierwise.investor.recordEvidence"
      disabled={!valid}
      onConfirm={async () => {
        await tierwise.recordProfessionalEvidence(customerId, {
          financialAssets: financialAssets || null,
          averageAnnualIncome: averageAnnualIncome || null,
          investingSince: investingSince ? dayInstant(investingSince) : null,
          evidencedAt: dayInstant(evidencedAt),
          evidenceRef: evidenceRef.trim(),
        });
        onDone();
      }}
    >
      <Stack spacing={2} sx={{ mt: 1 }}>
        <Typography variant="body2" color="text.secondary">
          {translate('tierwise.investor.evidenceHelp')}
        </Typography>
        <AmountInput label="tierwise.investor.financialAssets" value={financialAssets} onChange={setAssets} />
        <AmountInput label="tierwise.investor.averageAnnualIncome" value={averageAnnualIncome} onChange={setIncome} />
        <DayInput label="tierwise.investor.investingSince" value={investingSince} onChange={setSince} />
        <DayInput label="tierwise.investor.evidencedAt" value={evidencedAt} onChange={setEvidencedAt} />
        <TextField
          label={translate('tierwise.investor.evidenceRef')}
          value={evidenceRef}
          onChange={(e) => setEvidenceRef(e.target.value)}
          slotProps={{ htmlInput: { maxLength: 200 } }}
        />
      </Stack>
    </ActionDialog>
  );
}

function Section({ title, action, children }: { title: string; action?: React.ReactNode; children: React.ReactNode }) {
  const translate = useTranslate();
  return (
    <Stack spacing={1}>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography variant="subtitle1">{translate(title)}</Typography>
        {action}
      </Stack>
      {children}
    </Stack>
  );
}

/**
 * What the suitability decision knows of the investor, each with its evidence: risk assessments (from the
 * questionnaire or imported from the institution's system), declarations of assets and income held elsewhere (they
 * count for a year), and the evidence of a professional-investor status.
 */
export function InvestorProfilePanel() {
  const record = useRecordContext<{ id: string }>();
  const translate = useTranslate();
  const format = useLocalFormat();
  const canWrite = useCanWrite();
  const tierwise = useTierwise();
  const queryClient = useQueryClient();
  const id = record?.id ?? '';
  const { data } = useQuery({ queryKey: ['investorProfile', id], enabled: !!id, queryFn: () => tierwise.investorProfile(id) });
  if (!record || !data) return null;
  const reload = () => void queryClient.invalidateQueries({ queryKey: ['investorProfile', id] });
  const money = (v: string | null | undefined) => (v == null ? '—' : formatAmount(v, format.locale));
  const declared = (v: string | null | undefined) =>
    v == null ? translate('tierwise.investor.nothingDeclared') : translate('tierwise.investor.cny', { amount: formatAmount(v, format.locale) });
  const now = new Date();
  const p: Profile = data;
  return (
    <Stack spacing={3} sx={{ width: '100%' }} data-testid="investor-profile">
      <Section title="resources.Customer.fields.riskAssessments">
        <Typography variant="body2">
          {p.riskLevel
            ? `${translate(`enums.InvestorRiskLevel.${p.riskLevel}`)} · ${translate('tierwise.customer360.validUntil', { date: format.date(p.riskAssessmentExpiresAt) })}`
            : translate('tierwise.customer360.neverAssessed')}
        </Typography>
        {p.riskAssessments.length === 0 ? (
          <Empty />
        ) : (
          <Table size="small" data-testid="assessments">
            <TableHead>
              <TableRow>
                <TableCell>{translate('resources.Customer.fields.assessedAt')}</TableCell>
                <TableCell>{translate('tierwise.investor.source')}</TableCell>
                <TableCell>{translate('resources.Customer.fields.level')}</TableCell>
                <TableCell>{translate('resources.Customer.fields.expiresAt')}</TableCell>
                <TableCell>{translate('tierwise.investor.evidenceRef')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {p.riskAssessments.map((a) => (
                <TableRow key={a.id}>
                  <TableCell>{format.dateTime(a.assessedAt)}</TableCell>
                  <TableCell>
                    {translate(`enums.AssessmentSource.${a.source}`)}
                    {a.sourceSystem ? ` · ${a.sourceSystem}` : ''}
                  </TableCell>
                  <TableCell>{translate(`enums.InvestorRiskLevel.${a.level}`)}</TableCell>
                  <TableCell>{format.date(a.expiresAt)}</TableCell>
                  <TableCell>{[a.externalRef, a.evidenceRef].filter(Boolean).join(' · ') || '—'}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Section>

      <Section title="tierwise.investor.declarations" action={canWrite && <DeclareButton customerId={id} onDone={reload} />}>
        <Typography variant="body2">
          {translate('tierwise.investor.counted', { assets: declared(p.financialAssetsElsewhere), income: declared(p.annualIncome) })}
        </Typography>
        {p.declarations.length === 0 ? (
          <Empty />
        ) : (
          <Table size="small" data-testid="declarations">
            <TableHead>
              <TableRow>
                <TableCell>{translate('tierwise.investor.kind')}</TableCell>
                <TableCell>{translate('tierwise.investor.amount')}</TableCell>
                <TableCell>{translate('tierwise.investor.asOf')}</TableCell>
                <TableCell>{translate('tierwise.investor.evidenceRef')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {p.declarations.map((d) => {
                const stale = addYears(new Date(d.asOf), DECLARATION_VALID_YEARS) <= now;
                return (
                  <TableRow key={d.id}>
                    <TableCell>
                      {translate(`enums.DeclarationKind.${d.kind}`)}
                      {d.description ? ` · ${d.description}` : ''}
                    </TableCell>
                    <TableCell>{money(d.amount)}</TableCell>
                    <TableCell>
                      {format.date(d.asOf)} {stale && <Chip size="small" label={translate('tierwise.investor.stale')} />}
                    </TableCell>
                    <TableCell>{d.evidenceRef}</TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        )}
      </Section>

      <Section title="resources.Customer.fields.professionalInvestor" action={canWrite && <ProfessionalEvidenceButton customerId={id} onDone={reload} />}>
        <Alert severity={p.professionalInvestor ? 'success' : 'info'} data-testid="professional-status">
          {translate(p.professionalInvestor ? 'tierwise.investor.professional' : 'tierwise.investor.notProfessional')}
        </Alert>
        {p.professionalEvidence.length === 0 ? (
          <Empty />
        ) : (
          <Table size="small" data-testid="professional-evidence">
            <TableHead>
              <TableRow>
                <TableCell>{translate('tierwise.investor.evidencedAt')}</TableCell>
                <TableCell>{translate('tierwise.investor.financialAssets')}</TableCell>
                <TableCell>{translate('tierwise.investor.averageAnnualIncome')}</TableCell>
                <TableCell>{translate('tierwise.investor.investingSince')}</TableCell>
                <TableCell>{translate('tierwise.investor.evidenceRef')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {p.professionalEvidence.map((e) => {
                // The thresholds and the experience (the review period is the server's setting: the status above says it).
                const problems = professionalInvestorProblems(
                  {
                    financialAssets: e.financialAssets ?? null,
                    averageAnnualIncome: e.averageAnnualIncome ?? null,
                    investingSince: e.investingSince ? new Date(e.investingSince) : null,
                    evidencedAt: new Date(e.evidencedAt),
                  },
                  now,
                ).filter((code) => code !== 'EVIDENCE_OUT_OF_DATE');
                return (
                  <TableRow key={e.id}>
                    <TableCell>{format.date(e.evidencedAt)}</TableCell>
                    <TableCell>{money(e.financialAssets)}</TableCell>
                    <TableCell>{money(e.averageAnnualIncome)}</TableCell>
                    <TableCell>{format.date(e.investingSince)}</TableCell>
                    <TableCell>{e.evidenceRef}</TableCell>
                    <TableCell>
                      {problems.map((code) => (
                        <Chip key={code} size="small" color="warning" label={translate(`tierwise.investor.problems.${code}`)} sx={{ mr: 0.5 }} />
                      ))}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        )}
      </Section>
    </Stack>
  );
}
