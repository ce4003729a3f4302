import Assignment from '@mui/icons-material/Assignment';
import { useState } from 'react';
import { Alert, Checkbox, Dialog, DialogActions, DialogContent, DialogTitle, FormControl, FormControlLabel, FormLabel, Radio, RadioGroup } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Button, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { useCanWrite } from '../common';
import { useTierwise } from '../dataProvider';

interface Definition {
  questions: { code: string; text: string; options: { code: string; text: string; score: number }[] }[];
}

/** Record a risk assessment on the customer's page: the current questionnaire, one answer per question. */
export function RiskAssessmentButton() {
  const record = useRecordContext<{ id: string; version: number }>();
  const canWrite = useCanWrite();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [forPrivateFunds, setForPrivateFunds] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const tierwise = useTierwise();
  const { data } = useQuery({
    queryKey: ['riskQuestionnaire'],
    enabled: open,
    queryFn: () => tierwise.riskQuestionnaire(),
  });
  if (!record || !canWrite) return null;
  const questions = (data?.definition as Definition | undefined)?.questions ?? [];
  const complete = questions.length > 0 && questions.every((q) => answers[q.code]);
  const submit = async () => {
    try {
      const answered = Object.entries(answers).map(([questionCode, optionCode]) => ({ questionCode, optionCode }));
      const { score, level } = await tierwise.recordRiskAssessment(record.id, record.version, answered, forPrivateFunds);
      notify('tierwise.customers.assessed', { type: 'success', messageArgs: { score, level } });
      setOpen(false);
      setAnswers({});
      refresh();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <>
      <Button
        label="tierwise.customers.assess"
        onClick={() => {
          setError(null);
          setOpen(true);
        }}
      >
        <Assignment />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} maxWidth="md" fullWidth>
        <DialogTitle>
          {translate('tierwise.customers.assess')}
          {data ? ` · v${data.version}` : ''}
        </DialogTitle>
        <DialogContent dividers>
          {error && (
            <Alert severity="error" sx={{ mb: 2 }}>
              {error}
            </Alert>
          )}
          {questions.map((q, i) => (
            <FormControl key={q.code} sx={{ display: 'block', mb: 2 }}>
              <FormLabel id={`q-${q.code}`}>
                {i + 1}. {q.text}
              </FormLabel>
              <RadioGroup aria-labelledby={`q-${q.code}`} value={answers[q.code] ?? ''} onChange={(e) => setAnswers({ ...answers, [q.code]: e.target.value })}>
                {q.options.map((o) => (
                  <FormControlLabel key={o.code} value={o.code} control={<Radio size="small" />} label={o.text} />
                ))}
              </RadioGroup>
            </FormControl>
          ))}
          <FormControlLabel
            control={<Checkbox checked={forPrivateFunds} onChange={(e) => setForPrivateFunds(e.target.checked)} />}
            label={translate('tierwise.customers.forPrivateFunds')}
          />
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
          <Button label="tierwise.customers.recordAssessment" variant="contained" disabled={!complete} onClick={submit} />
        </DialogActions>
      </Dialog>
    </>
  );
}
