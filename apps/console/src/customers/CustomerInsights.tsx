import RecordVoiceOver from '@mui/icons-material/RecordVoiceOver';
import { useState } from 'react';
import { Alert, Chip, MenuItem, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, useNotify, useRecordContext, useTranslate } from 'react-admin';
import type { NeedType } from '@tierwise/client';
import { choices } from '../choices';
import { ActionDialog, useCanAdvise, useCanWrite } from '../common';
import { useCodedText, useLocalFormat, useLocalName } from '../fields';
import { useTierwise } from '../dataProvider';

/** An advisor records what the customer said in an interview (the quarterly HNW interview, say) as a need. */
function InterviewNeedButton({ customerId, onSaved }: { customerId: string; onSaved: () => void }) {
  const translate = useTranslate();
  const [need, setNeed] = useState<NeedType | ''>('');
  const [weight, setWeight] = useState('70');
  const [notes, setNotes] = useState('');
  const tierwise = useTierwise();
  const weightOk = /^\d+$/.test(weight) && Number(weight) >= 1 && Number(weight) <= 100;
  const save = async () => {
    await tierwise.recordInterviewNeed(customerId, need as NeedType, Number(weight), notes);
    setNotes('');
    onSaved();
  };
  return (
    <ActionDialog
      label="tierwise.insights.recordInterview"
      confirmLabel="ra.action.save"
      icon={<RecordVoiceOver />}
      disabled={!need || !notes.trim() || !weightOk}
      onConfirm={save}
    >
      <Stack spacing={2} sx={{ mt: 1 }}>
        <TextField select label={translate('resources.NeedRule.fields.need')} value={need} onChange={(e) => setNeed(e.target.value as NeedType)}>
          {choices.NeedType.map((c) => (
            <MenuItem key={c.id} value={c.id}>
              {translate(c.name)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          type="number"
          label={translate('resources.NeedRule.fields.weight')}
          value={weight}
          onChange={(e) => setWeight(e.target.value)}
          error={!weightOk}
          helperText={translate(weightOk ? 'tierwise.needs.weightHelp' : 'tierwise.needs.weightRange')}
        />
        <TextField label={translate('tierwise.insights.notes')} value={notes} onChange={(e) => setNotes(e.target.value)} multiline minRows={3} />
      </Stack>
    </ActionDialog>
  );
}

/**
 * What Tierwise knows and suggests for the customer: needs in force with their evidence, the products it would
 * recommend (each with its reasons), and the scenario packages for their needs.
 */
export function CustomerInsights() {
  const record = useRecordContext<{ id: string }>();
  const translate = useTranslate();
  const notify = useNotify();
  const canWrite = useCanWrite();
  const canJudge = useCanAdvise();
  const queryClient = useQueryClient();
  const coded = useCodedText();
  const localName = useLocalName();
  const format = useLocalFormat();
  const tierwise = useTierwise();
  const reasonText = (r: { code: string; message: string; params: Record<string, unknown> }) =>
    coded('reasons', { code: r.code, params: r.params, fallback: r.message });
  const id = record?.id ?? '';
  const needs = useQuery({ queryKey: ['needs', id], enabled: !!id, queryFn: () => tierwise.customerNeeds(id) });
  const picks = useQuery({ queryKey: ['recommendations', id], enabled: !!id, queryFn: () => tierwise.recommendations(id, 5) });
  const scenarios = useQuery({ queryKey: ['scenarios', id], enabled: !!id, queryFn: () => tierwise.scenarioRecommendations(id) });
  if (!record) return null;
  const reload = () => {
    for (const key of ['needs', 'recommendations', 'scenarios']) void queryClient.invalidateQueries({ queryKey: [key, id] });
  };
  const act = (action: () => Promise<unknown>) => async () => {
    try {
      await action();
      reload();
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    }
  };
  return (
    <Stack spacing={2} data-testid="insights" sx={{ width: '100%' }}>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography variant="subtitle1">{translate('tierwise.insights.needs')}</Typography>
        {canWrite && <InterviewNeedButton customerId={id} onSaved={reload} />}
      </Stack>
      {needs.data?.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          {translate('tierwise.insights.noNeeds')}
        </Typography>
      )}
      {!!needs.data?.length && (
        <Table size="small" data-testid="needs">
          <TableHead>
            <TableRow>
              <TableCell>{translate('resources.NeedRule.fields.need')}</TableCell>
              <TableCell>{translate('tierwise.insights.source')}</TableCell>
              <TableCell align="right">{translate('resources.NeedRule.fields.weight')}</TableCell>
              <TableCell>{translate('tierwise.insights.evidence')}</TableCell>
              <TableCell>{translate('tierwise.insights.until')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {needs.data.map((n) => (
              <TableRow key={n.id}>
                <TableCell>{translate(`enums.NeedType.${n.need}`)}</TableCell>
                <TableCell>{n.source === 'INTERVIEW' ? `${translate('tierwise.insights.interview')} · ${n.recordedBy}` : n.recordedBy}</TableCell>
                <TableCell align="right">{n.weight}</TableCell>
                <TableCell>{n.evidence.notes ?? translate('tierwise.insights.events', { smart_count: n.evidence.eventIds.length })}</TableCell>
                <TableCell>{format.date(n.expiresAt)}</TableCell>
                <TableCell>
                  {n.source === 'RULE' && n.verdict && (
                    <Chip
                      size="small"
                      color={n.verdict === 'CONFIRMED' ? 'success' : 'default'}
                      label={translate(`enums.NeedVerdict.${n.verdict}`)}
                      title={n.verdictBy ?? ''}
                    />
                  )}
                  {canJudge && n.source === 'RULE' && !n.verdict && (
                    <>
                      <Button label="tierwise.insights.confirmNeed" onClick={act(() => tierwise.judgeCustomerNeed(n.id, true))} />
                      <Button label="tierwise.insights.rejectNeed" onClick={act(() => tierwise.judgeCustomerNeed(n.id, false))} />
                    </>
                  )}
                  {canWrite && <Button label="tierwise.insights.close" onClick={act(() => tierwise.closeCustomerNeed(n.id))} />}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}

      <Typography variant="subtitle1">{translate('tierwise.insights.recommended')}</Typography>
      {picks.error && <Alert severity="error">{(picks.error as Error).message}</Alert>}
      {picks.data?.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          {translate('tierwise.insights.noRecommendations')}
        </Typography>
      )}
      {picks.data?.map((r) => (
        <Stack key={r.product.id} direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }} data-testid="recommendation">
          <Typography variant="body2" sx={{ minWidth: 260 }}>
            {r.rank}. {localName(r.product)} · {r.product.riskLevel}
          </Typography>
          {r.reasons.map((reason) => (
            <Chip key={reason.code + reason.message} size="small" variant="outlined" label={reasonText(reason)} title={reason.code} />
          ))}
        </Stack>
      ))}

      {!!scenarios.data?.length && <Typography variant="subtitle1">{translate('tierwise.insights.packages')}</Typography>}
      {scenarios.data?.map((s) => (
        <Alert key={s.package.id} severity="info" data-testid="scenario">
          <strong>{localName(s.package)}</strong> — {s.reasons.map(reasonText).join('; ')}
          <div>{[...s.products, ...s.package.partners, ...s.package.benefits].map(localName).join(' · ')}</div>
          {s.withheldProducts > 0 && <div>{translate('tierwise.insights.withheld', { smart_count: s.withheldProducts })}</div>}
        </Alert>
      ))}
    </Stack>
  );
}
