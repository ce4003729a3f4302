import { useEffect, useState } from 'react';
import {
  Alert,
  Box,
  Card,
  CardContent,
  Checkbox,
  Chip,
  FormControlLabel,
  IconButton,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import Delete from '@mui/icons-material/Delete';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Button, useLocaleState, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { GoalKind, Language, RepaymentMethod } from '@tierwise/domain';
import type { CustomerPlansQuery, PlanLineCheckQuery } from '@tierwise/client';
import { ActionDialog, useCanAdvise } from '../common';
import { useTierwise } from '../dataProvider';
import { localName, useCodedText } from '../fields';
import { formatAmount } from '../i18n/coded';

type Plans = NonNullable<CustomerPlansQuery['Customer']>;
type Goal = Plans['goals'][number];
type Proposal = Plans['proposals'][number];
type Check = PlanLineCheckQuery['planLineCheck'];
type Row = { productId: string; amount: string };

const AMOUNT = /^\d{1,13}(\.\d{1,2})?$/;
const STATUS_COLOUR = { DRAFT: 'default', PRESENTED: 'info', ACCEPTED: 'success', DECLINED: 'warning', EXPIRED: 'default' } as const;
const GATE_COLOUR = { ALLOWED: 'success', WARNING_REQUIRED: 'warning', REFUSED: 'error' } as const;

function useMoney() {
  const [locale] = useLocaleState();
  return (v: string | null | undefined) => (v == null ? '—' : formatAmount(v, locale));
}

/** The products a plan for the goal may use (on sale, with their role; loans for a loan proposal) — an advisor's too. */
function usePlanProducts(goalId: string) {
  const tierwise = useTierwise();
  return useQuery({ queryKey: ['planProducts', goalId], queryFn: () => tierwise.planProducts(goalId), staleTime: 60_000 }).data ?? [];
}

/** What a line check says, in the console's language: the gate, the blocking reasons and the plan's rules broken. */
function CheckChip({ check }: { check: Pick<Check, 'gate' | 'reasons' | 'violations'> | null | undefined }) {
  const translate = useTranslate();
  const coded = useCodedText();
  if (!check) return null;
  const why = [
    ...check.reasons.filter((r) => r.blocking).map((r) => coded('reasons', { code: r.code, params: r.params, fallback: r.message })),
    ...(check.violations as { code: string; message: string }[]).map((v) => translate(`tierwise.plans.codes.${v.code}`, { _: v.message })),
  ];
  const gate = check.violations.length ? 'REFUSED' : (check.gate as keyof typeof GATE_COLOUR);
  return (
    <Box data-testid="line-check">
      <Chip size="small" color={GATE_COLOUR[gate]} label={translate(`tierwise.plans.gate.${gate}`)} />
      {why.map((w) => (
        <Typography key={w} variant="caption" sx={{ display: 'block' }} color={gate === 'REFUSED' ? 'error' : 'text.secondary'}>
          {w}
        </Typography>
      ))}
    </Box>
  );
}

/** One editable line: the product, the amount, and its check as it is typed (the suitability decision for this customer). */
function LineRow({ goalId, row, onChange, onRemove }: { goalId: string; row: Row; onChange: (r: Row) => void; onRemove: () => void }) {
  const translate = useTranslate();
  const tierwise = useTierwise();
  const products = usePlanProducts(goalId).filter((p) => p.role);
  const [amount, setAmount] = useState(row.amount);
  useEffect(() => {
    const t = setTimeout(() => onChange({ ...row, amount }), 300);
    return () => clearTimeout(t);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [amount]);
  const valid = !!row.productId && AMOUNT.test(row.amount);
  const { data: check } = useQuery({
    queryKey: ['planLineCheck', goalId, row.productId, row.amount],
    queryFn: () => tierwise.planLineCheck(goalId, row.productId, row.amount),
    enabled: valid,
  });
  return (
    <TableRow>
      <TableCell sx={{ minWidth: 260 }}>
        <TextField
          select
          size="small"
          fullWidth
          label={translate('tierwise.sales.product')}
          value={row.productId}
          onChange={(e) => onChange({ ...row, productId: e.target.value })}
          slotProps={{ htmlInput: { 'data-testid': 'line-product' } }}
        >
          {products.map((p) => (
            <MenuItem key={p.id} value={p.id}>{`${p.code} · ${localName(p)} · ${p.riskLevel}`}</MenuItem>
          ))}
        </TextField>
      </TableCell>
      <TableCell sx={{ minWidth: 160 }}>
        <TextField
          size="small"
          label={translate('tierwise.sales.amount')}
          value={amount}
          error={!!amount && !AMOUNT.test(amount)}
          onChange={(e) => setAmount(e.target.value.trim())}
          slotProps={{ htmlInput: { inputMode: 'decimal', 'data-testid': 'line-amount' } }}
        />
      </TableCell>
      <TableCell>{valid ? <CheckChip check={check} /> : null}</TableCell>
      <TableCell>
        <IconButton aria-label={translate('tierwise.plans.removeLine')} onClick={onRemove} size="small">
          <Delete fontSize="small" />
        </IconButton>
      </TableCell>
    </TableRow>
  );
}

/** A draft's lines, edited: each checked as it changes; saved together (the server checks them again). */
function LineEditor({ proposal, onDone }: { proposal: Proposal; onDone: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const tierwise = useTierwise();
  const [rows, setRows] = useState<Row[]>(proposal.lines.map((l) => ({ productId: l.productId, amount: l.amount })));
  const money = useMoney();
  const total = rows.reduce((s, r) => s + (AMOUNT.test(r.amount) ? Math.round(Number(r.amount) * 100) : 0), 0) / 100;
  const save = async () => {
    try {
      await tierwise.setProposalLines(proposal.id, proposal.version, rows);
      notify('tierwise.plans.saved', { type: 'info' });
      onDone();
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    }
  };
  return (
    <Box>
      <Table size="small">
        <TableBody>
          {rows.map((row, i) => (
            <LineRow
              key={i}
              goalId={proposal.goalId}
              row={row}
              onChange={(r) => setRows((all) => all.map((x, j) => (j === i ? r : x)))}
              onRemove={() => setRows((all) => all.filter((_, j) => j !== i))}
            />
          ))}
        </TableBody>
      </Table>
      <Stack direction="row" spacing={2} sx={{ mt: 1, alignItems: 'center' }}>
        <Button label="tierwise.plans.addLine" onClick={() => setRows((all) => [...all, { productId: '', amount: '' }])} />
        <Typography variant="body2" color={total > Number(proposal.investable) ? 'error' : 'text.secondary'}>
          {translate('tierwise.plans.total', { total: money(total.toFixed(2)), investable: money(proposal.investable) })}
        </Typography>
        <Button label="tierwise.plans.saveLines" variant="contained" onClick={save} disabled={rows.some((r) => !r.productId || !AMOUNT.test(r.amount))} />
      </Stack>
    </Box>
  );
}

/** Low / expected / high at the horizon, in money of then and of today, against the goal's target. */
function ProjectionChart({ proposal, target }: { proposal: Proposal; target: string }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const money = useMoney();
  const p = proposal.projection;
  if (!p) return null;
  const data = (['low', 'expected', 'high'] as const).map((k) => ({
    name: translate(`tierwise.plans.${k}`),
    nominal: Number(p[k]),
    real: Number(p[`${k}Real` as const]),
  }));
  return (
    <Box sx={{ mt: 2 }} data-testid="projection">
      <Typography variant="subtitle2">
        {translate('tierwise.plans.outcome')} ·{' '}
        {translate(p.reachesTarget ? 'tierwise.plans.reaches' : 'tierwise.plans.fallsShort', { expected: money(p.expected), target: money(target) })}
      </Typography>
      <Box sx={{ width: '100%', height: 220 }}>
        <ResponsiveContainer>
          <BarChart data={data}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="name" />
            <YAxis tickFormatter={(v: number) => (locale === 'en' ? `${v / 1_000_000}M` : `${v / 10_000}万`)} width={80} />
            <Tooltip formatter={(v) => money(Number(v).toFixed(2))} />
            <Legend />
            <ReferenceLine y={Number(target)} stroke="#b00" strokeDasharray="4 4" label={translate('tierwise.plans.target')} />
            <Bar dataKey="nominal" name={translate('tierwise.plans.nominal')} fill="#1976d2" isAnimationActive={false} />
            <Bar dataKey="real" name={translate('tierwise.plans.real')} fill="#90caf9" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </Box>
    </Box>
  );
}

/** Open the summary for the meeting in a new window (both languages, or one), ready to print or save as PDF. */
function SummaryButton({ proposal, language, label }: { proposal: Proposal; language?: Language; label: string }) {
  const tierwise = useTierwise();
  const notify = useNotify();
  const open = async () => {
    try {
      const html = await tierwise.proposalSummary(proposal.id, language);
      const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
      window.open(url, '_blank', 'noopener');
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    }
  };
  return <Button label={label} onClick={open} />;
}

/** A proposal: its lines (or loan parts), allocation, projection, and the next steps its status allows. */
function ProposalCard({ proposal, goal, onDone }: { proposal: Proposal; goal: Goal; onDone: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const tierwise = useTierwise();
  const canWrite = useCanAdvise();
  const money = useMoney();
  const products = usePlanProducts(goal.id);
  const name = (id: string) => {
    const p = products.find((x) => x.id === id);
    return p ? `${p.code} · ${localName(p)}` : id;
  };
  const [reason, setReason] = useState('');
  const [elderly, setElderly] = useState(false);
  const coded = (n: { code: string; params: Record<string, string> }) =>
    translate(`tierwise.plans.codes.${n.code}`, {
      ...n.params,
      role: n.params.role ? translate(`enums.ProposalRole.${n.params.role}`) : undefined,
      amount: n.params.amount ? money(n.params.amount) : undefined,
      _: n.code,
    });
  const step = (call: () => Promise<unknown>, done: string) => async () => {
    try {
      await call();
      notify(done, { type: 'info' });
      onDone();
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    }
  };
  const draft = proposal.status === 'DRAFT';
  return (
    <Card variant="outlined" sx={{ mt: 1 }} data-testid={`proposal-${proposal.revision}`}>
      <CardContent>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          <Typography variant="subtitle1">
            {translate('tierwise.plans.revision', { revision: proposal.revision })} · {translate(`enums.ProposalKind.${proposal.kind}`)}
          </Typography>
          <Chip
            size="small"
            color={STATUS_COLOUR[proposal.status]}
            label={translate(`enums.ProposalStatus.${proposal.status}`)}
            data-testid="proposal-status"
          />
          <Typography variant="body2" color="text.secondary">
            {translate('tierwise.plans.investable')}: {money(proposal.investable)} · {proposal.preparedBy}
          </Typography>
        </Stack>
        {proposal.draftNotes.map((n, i) => (
          <Alert key={i} severity="info" sx={{ mt: 1 }}>
            {coded(n as { code: string; params: Record<string, string> })}
          </Alert>
        ))}
        {proposal.kind === 'INVESTMENT' && draft && canWrite ? (
          <LineEditor proposal={proposal} onDone={onDone} />
        ) : proposal.kind === 'INVESTMENT' ? (
          <Table size="small" sx={{ mt: 1 }}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('tierwise.sales.product')}</TableCell>
                <TableCell>{translate('tierwise.plans.role')}</TableCell>
                <TableCell align="right">{translate('tierwise.sales.amount')}</TableCell>
                <TableCell>{translate('tierwise.plans.returns')}</TableCell>
                <TableCell>{translate('tierwise.plans.check')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {proposal.lines.map((l) => (
                <TableRow key={l.id}>
                  <TableCell>{`${name(l.productId)} · ${l.riskLevel}`}</TableCell>
                  <TableCell>{translate(`enums.ProposalRole.${l.role}`)}</TableCell>
                  <TableCell align="right">{money(l.amount)}</TableCell>
                  <TableCell>{`${l.returnLow}% – ${l.returnHigh}%`}</TableCell>
                  <TableCell>
                    <CheckChip check={l.check as Check} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        ) : (
          proposal.schedule && (
            <Table size="small" sx={{ mt: 1 }} data-testid="loan-schedule">
              <TableHead>
                <TableRow>
                  <TableCell>{translate('tierwise.plans.purpose')}</TableCell>
                  <TableCell>{translate('tierwise.sales.product')}</TableCell>
                  <TableCell align="right">{translate('tierwise.plans.principal')}</TableCell>
                  <TableCell align="right">{translate('tierwise.plans.rate')}</TableCell>
                  <TableCell align="right">{translate('tierwise.plans.months')}</TableCell>
                  <TableCell align="right">{translate('tierwise.plans.firstInstalment')}</TableCell>
                  <TableCell align="right">{translate('tierwise.plans.totalInterest')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {proposal.loanParts.map((part, i) => (
                  <TableRow key={i}>
                    <TableCell>{translate(`tierwise.plans.purposes.${part.purpose}`)}</TableCell>
                    <TableCell>{name(part.productId)}</TableCell>
                    <TableCell align="right">{money(part.principal)}</TableCell>
                    <TableCell align="right">{`${part.annualRate}%`}</TableCell>
                    <TableCell align="right">{part.months}</TableCell>
                    <TableCell align="right">{money(proposal.schedule!.parts[i]?.firstInstalment)}</TableCell>
                    <TableCell align="right">{money(proposal.schedule!.parts[i]?.totalInterest)}</TableCell>
                  </TableRow>
                ))}
                <TableRow>
                  <TableCell colSpan={5}>{translate('tierwise.plans.combined', { peak: money(proposal.schedule.peakInstalment) })}</TableCell>
                  <TableCell align="right">{money(proposal.schedule.combined[0]?.instalment)}</TableCell>
                  <TableCell align="right">{money(proposal.schedule.totalInterest)}</TableCell>
                </TableRow>
              </TableBody>
            </Table>
          )
        )}
        {proposal.allocation.length > 0 && (
          <Stack direction="row" spacing={1} sx={{ mt: 1, flexWrap: 'wrap' }} data-testid="allocation">
            {proposal.allocation.map((a) => (
              <Chip key={a.riskLevel} size="small" variant="outlined" label={`${a.riskLevel} ${a.percent}%`} />
            ))}
          </Stack>
        )}
        <ProjectionChart proposal={proposal} target={goal.targetAmount} />
        <Stack direction="row" spacing={1} sx={{ mt: 1, flexWrap: 'wrap' }}>
          {canWrite && draft && (
            <Button
              label="tierwise.plans.present"
              variant="contained"
              onClick={step(() => tierwise.presentProposal(proposal.id, proposal.version), 'tierwise.plans.presented')}
            />
          )}
          {canWrite && proposal.status === 'PRESENTED' && (
            <>
              <ActionDialog
                label="tierwise.plans.accept"
                confirmLabel="tierwise.plans.acceptConfirm"
                onConfirm={async () => {
                  await tierwise.acceptProposal(proposal.id, proposal.version, elderly);
                  notify('tierwise.plans.accepted', { type: 'info' });
                  onDone();
                }}
              >
                <Typography variant="body2">{translate('tierwise.plans.acceptHelp')}</Typography>
                <FormControlLabel
                  control={<Checkbox checked={elderly} onChange={(e) => setElderly(e.target.checked)} />}
                  label={translate('tierwise.sales.elderlyAcknowledge')}
                />
              </ActionDialog>
              <ActionDialog
                label="tierwise.plans.decline"
                confirmLabel="tierwise.plans.decline"
                disabled={!reason.trim()}
                onConfirm={async () => {
                  await tierwise.declineProposal(proposal.id, proposal.version, reason.trim());
                  onDone();
                }}
              >
                <TextField
                  label={translate('tierwise.plans.declineReason')}
                  value={reason}
                  onChange={(e) => setReason(e.target.value)}
                  fullWidth
                  multiline
                  sx={{ mt: 1 }}
                />
              </ActionDialog>
            </>
          )}
          {canWrite && !draft && <Button label="tierwise.plans.revise" onClick={step(() => tierwise.reviseProposal(proposal.id), 'tierwise.plans.revised')} />}
          <SummaryButton proposal={proposal} label="tierwise.plans.summary" />
          <SummaryButton proposal={proposal} language={Language.zh} label="tierwise.plans.summaryZh" />
          <SummaryButton proposal={proposal} language={Language.en} label="tierwise.plans.summaryEn" />
        </Stack>
        {proposal.validUntil && proposal.status === 'PRESENTED' && (
          <Typography variant="caption" color="text.secondary">
            {translate('tierwise.plans.validUntil', { date: new Date(proposal.validUntil).toLocaleDateString() })}
          </Typography>
        )}
      </CardContent>
    </Card>
  );
}

/** Record a goal: what for, how much, by when, how urgent, how much must stay at hand. */
function NewGoalButton({ customerId, onDone }: { customerId: string; onDone: () => void }) {
  const translate = useTranslate();
  const tierwise = useTierwise();
  const [kind, setKind] = useState<GoalKind>(GoalKind.WEALTH_TRANSFER);
  const [target, setTarget] = useState('');
  const [horizon, setHorizon] = useState('10');
  const [priority, setPriority] = useState('1');
  const [liquidity, setLiquidity] = useState('10');
  const [note, setNote] = useState('');
  const ok =
    AMOUNT.test(target) &&
    /^\d{1,2}$/.test(horizon) &&
    Number(horizon) >= 1 &&
    /^[1-5]$/.test(priority) &&
    /^\d{1,3}$/.test(liquidity) &&
    Number(liquidity) <= 100;
  return (
    <ActionDialog
      label="tierwise.plans.newGoal"
      confirmLabel="tierwise.plans.newGoal"
      disabled={!ok}
      onConfirm={async () => {
        await tierwise.createGoal({
          customerId,
          kind,
          targetAmount: target,
          horizonYears: Number(horizon),
          priority: Number(priority),
          liquidityPercent: Number(liquidity),
          note: note.trim() || null,
        });
        onDone();
      }}
    >
      <Stack spacing={2} sx={{ mt: 1 }}>
        <TextField select label={translate('tierwise.plans.kind')} value={kind} onChange={(e) => setKind(e.target.value as GoalKind)}>
          {Object.values(GoalKind).map((k) => (
            <MenuItem key={k} value={k}>
              {translate(`enums.GoalKind.${k}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          label={translate('tierwise.plans.target')}
          value={target}
          onChange={(e) => setTarget(e.target.value.trim())}
          slotProps={{ htmlInput: { 'data-testid': 'goal-target' } }}
        />
        <TextField label={translate('tierwise.plans.horizon')} value={horizon} onChange={(e) => setHorizon(e.target.value.trim())} />
        <TextField
          label={translate('tierwise.plans.priority')}
          value={priority}
          onChange={(e) => setPriority(e.target.value.trim())}
          helperText={translate('tierwise.plans.priorityHelp')}
        />
        <TextField label={translate('tierwise.plans.liquidity')} value={liquidity} onChange={(e) => setLiquidity(e.target.value.trim())} />
        <TextField label={translate('tierwise.plans.note')} value={note} onChange={(e) => setNote(e.target.value)} multiline />
      </Stack>
    </ActionDialog>
  );
}

/** A first draft from the suggestion: the money to invest and the inflation assumed. */
function DraftButton({ goal, onDone }: { goal: Goal; onDone: () => void }) {
  const translate = useTranslate();
  const tierwise = useTierwise();
  const [investable, setInvestable] = useState('');
  const [inflation, setInflation] = useState('2');
  return (
    <ActionDialog
      label="tierwise.plans.draft"
      confirmLabel="tierwise.plans.draft"
      disabled={!AMOUNT.test(investable) || !/^\d{1,2}(\.\d{1,2})?$/.test(inflation)}
      onConfirm={async () => {
        await tierwise.draftProposal(goal.id, investable, inflation);
        onDone();
      }}
    >
      <Typography variant="body2" sx={{ mb: 1 }}>
        {translate('tierwise.plans.draftHelp')}
      </Typography>
      <Stack spacing={2}>
        <TextField
          label={translate('tierwise.plans.investable')}
          value={investable}
          onChange={(e) => setInvestable(e.target.value.trim())}
          slotProps={{ htmlInput: { 'data-testid': 'draft-investable' } }}
        />
        <TextField label={translate('tierwise.plans.inflation')} value={inflation} onChange={(e) => setInflation(e.target.value.trim())} />
      </Stack>
    </ActionDialog>
  );
}

/** A combined loan: a business part and a consumer part, each with its amount, rate, months and repayment method. */
function LoanDraftButton({ goal, onDone }: { goal: Goal; onDone: () => void }) {
  const translate = useTranslate();
  const tierwise = useTierwise();
  const loans = usePlanProducts(goal.id).filter((p) => !p.role);
  const blank = { productId: '', principal: '', annualRate: '', months: '', method: RepaymentMethod.EQUAL_INSTALMENT };
  const [parts, setParts] = useState({ BUSINESS: { ...blank }, CONSUMER: { ...blank } });
  const filled = Object.entries(parts).filter(([, p]) => p.productId);
  const ok = filled.length > 0 && filled.every(([, p]) => AMOUNT.test(p.principal) && /^\d{1,2}(\.\d{1,4})?$/.test(p.annualRate) && /^\d{1,3}$/.test(p.months));
  return (
    <ActionDialog
      label="tierwise.plans.loanDraft"
      confirmLabel="tierwise.plans.loanDraft"
      disabled={!ok}
      onConfirm={async () => {
        await tierwise.draftLoanProposal(
          goal.id,
          filled.map(([purpose, p]) => ({ ...p, purpose, months: Number(p.months) })),
        );
        onDone();
      }}
    >
      {(['BUSINESS', 'CONSUMER'] as const).map((purpose) => (
        <Stack key={purpose} spacing={1} sx={{ mt: 1 }}>
          <Typography variant="subtitle2">{translate(`tierwise.plans.purposes.${purpose}`)}</Typography>
          <TextField
            select
            size="small"
            label={translate('tierwise.sales.product')}
            value={parts[purpose].productId}
            onChange={(e) => setParts({ ...parts, [purpose]: { ...parts[purpose], productId: e.target.value } })}
          >
            <MenuItem value="">—</MenuItem>
            {loans.map((p) => (
              <MenuItem key={p.id} value={p.id}>{`${p.code} · ${localName(p)}`}</MenuItem>
            ))}
          </TextField>
          <Stack direction="row" spacing={1}>
            {(['principal', 'annualRate', 'months'] as const).map((f) => (
              <TextField
                key={f}
                size="small"
                label={translate(`tierwise.plans.${f === 'annualRate' ? 'rate' : f}`)}
                value={parts[purpose][f]}
                onChange={(e) => setParts({ ...parts, [purpose]: { ...parts[purpose], [f]: e.target.value.trim() } })}
              />
            ))}
            <TextField
              select
              size="small"
              label={translate('tierwise.plans.method')}
              value={parts[purpose].method}
              onChange={(e) => setParts({ ...parts, [purpose]: { ...parts[purpose], method: e.target.value as RepaymentMethod } })}
            >
              {Object.values(RepaymentMethod).map((m) => (
                <MenuItem key={m} value={m}>
                  {translate(`enums.RepaymentMethod.${m}`)}
                </MenuItem>
              ))}
            </TextField>
          </Stack>
        </Stack>
      ))}
    </ActionDialog>
  );
}

/** The customer's goals and the proposals built for each: from the suggestion, edited with live checks, presented, answered. */
export function PlansPanel() {
  const record = useRecordContext<{ id: string }>();
  const translate = useTranslate();
  const tierwise = useTierwise();
  const canWrite = useCanAdvise();
  const money = useMoney();
  const queryClient = useQueryClient();
  const key = ['customerPlans', record?.id];
  const { data } = useQuery({ queryKey: key, queryFn: () => tierwise.customerPlans(record!.id), enabled: !!record });
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: key });
    void queryClient.invalidateQueries({ queryKey: ['orders', record?.id] });
  };
  if (!record || !data) return null;
  return (
    <Box data-testid="plans-panel">
      {canWrite && <NewGoalButton customerId={record.id} onDone={refresh} />}
      {data.goals.length === 0 && (
        <Typography color="text.secondary" sx={{ m: 2 }}>
          {translate('tierwise.plans.noGoals')}
        </Typography>
      )}
      {data.goals.map((goal) => (
        <Card key={goal.id} sx={{ mt: 2 }} data-testid="goal">
          <CardContent>
            <Typography variant="h6">{translate(`enums.GoalKind.${goal.kind}`)}</Typography>
            <Typography variant="body2" color="text.secondary">
              {translate('tierwise.plans.goalLine', {
                target: money(goal.targetAmount),
                years: goal.horizonYears,
                liquidity: goal.liquidityPercent,
                priority: goal.priority,
                source: translate(`enums.GoalSource.${goal.source}`),
              })}
            </Typography>
            {goal.note && <Typography variant="body2">{goal.note}</Typography>}
            {canWrite && (
              <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
                <DraftButton goal={goal} onDone={refresh} />
                <LoanDraftButton goal={goal} onDone={refresh} />
              </Stack>
            )}
            {data.proposals
              .filter((p) => p.goalId === goal.id)
              .sort((a, b) => b.revision - a.revision)
              .map((p) => (
                <ProposalCard key={`${p.id}:${p.version}`} proposal={p} goal={goal} onDone={refresh} />
              ))}
          </CardContent>
        </Card>
      ))}
    </Box>
  );
}
