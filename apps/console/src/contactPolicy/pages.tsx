import { useEffect, useState } from 'react';
import { Alert, Button as MuiButton, Card, CardContent, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Title, useNotify, useTranslate } from 'react-admin';
import type { ContactPolicyInput, MessageCategory, MessageChannel } from '@tierwise/client';
import { choices } from '../choices';
import { useCanWrite } from '../common';
import { useTierwise } from '../dataProvider';
import { useLocalFormat } from '../fields';

type Cap = { channel: MessageChannel; category: MessageCategory; perDay: number | null; perWeek: number | null };
const num = (v: string) => (v.trim() === '' ? null : Number(v));

/** The contact policy every message is decided by: caps per channel and category, quiet hours, suppression. */
function ContactPolicyPage() {
  const translate = useTranslate();
  const format = useLocalFormat();
  const tierwise = useTierwise();
  const notify = useNotify();
  const canWrite = useCanWrite();
  const queryClient = useQueryClient();
  const { data } = useQuery({ queryKey: ['contactPolicy'], queryFn: () => tierwise.contactPolicy() });
  const [caps, setCaps] = useState<Cap[]>([]);
  const [quiet, setQuiet] = useState({ from: '', to: '' });
  const [rest, setRest] = useState({ ignored: '', withinDays: '', restDays: '' });
  const [problems, setProblems] = useState<string[]>([]);
  useEffect(() => {
    if (!data) return;
    setCaps(data.caps.map((c) => ({ ...c })));
    setQuiet({ from: data.quietFrom ?? '', to: data.quietTo ?? '' });
    setRest({ ignored: String(data.ignored ?? ''), withinDays: String(data.withinDays ?? ''), restDays: String(data.restDays ?? '') });
  }, [data]);
  if (!data) return null;
  const save = async () => {
    const policy: ContactPolicyInput = {
      caps: caps.map((c) => ({ channel: c.channel, category: c.category, perDay: c.perDay, perWeek: c.perWeek })),
      quietFrom: quiet.from || null,
      quietTo: quiet.to || null,
      ignored: num(rest.ignored),
      withinDays: num(rest.withinDays),
      restDays: num(rest.restDays),
    };
    try {
      await tierwise.setContactPolicy(policy, data.version);
      setProblems([]);
      notify('tierwise.outreach.policySaved', { type: 'info' });
      await queryClient.invalidateQueries({ queryKey: ['contactPolicy'] });
    } catch (e) {
      const fields = (e as { body?: { fields?: { message: string }[] } }).body?.fields;
      setProblems(fields?.map((f) => f.message) ?? [(e as Error).message]);
    }
  };
  const setCap = (i: number, change: Partial<Cap>) => setCaps(caps.map((c, j) => (i === j ? { ...c, ...change } : c)));
  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate('resources.ContactPolicy.name', { smart_count: 1 })} />
      <CardContent>
        <Stack spacing={2} sx={{ maxWidth: 760 }} data-testid="contact-policy">
          <Typography variant="body2" color="text.secondary">
            {translate('tierwise.outreach.policyHelp')}
          </Typography>
          <Typography variant="subtitle1">{translate('tierwise.outreach.caps')}</Typography>
          {caps.map((c, i) => (
            <Stack key={i} direction="row" spacing={1}>
              <TextField
                select
                size="small"
                label={translate('resources.OutreachMessage.fields.channel')}
                value={c.channel}
                onChange={(e) => setCap(i, { channel: e.target.value as MessageChannel })}
                disabled={!canWrite}
              >
                {choices.MessageChannel.map((o) => (
                  <MenuItem key={o.id} value={o.id}>
                    {translate(o.name)}
                  </MenuItem>
                ))}
              </TextField>
              <TextField
                select
                size="small"
                label={translate('resources.Campaign.fields.category')}
                value={c.category}
                onChange={(e) => setCap(i, { category: e.target.value as MessageCategory })}
                disabled={!canWrite}
              >
                {choices.MessageCategory.map((o) => (
                  <MenuItem key={o.id} value={o.id}>
                    {translate(o.name)}
                  </MenuItem>
                ))}
              </TextField>
              <TextField
                size="small"
                type="number"
                label={translate('tierwise.outreach.perDay')}
                value={c.perDay ?? ''}
                onChange={(e) => setCap(i, { perDay: num(e.target.value) })}
                disabled={!canWrite}
              />
              <TextField
                size="small"
                type="number"
                label={translate('tierwise.outreach.perWeek')}
                value={c.perWeek ?? ''}
                onChange={(e) => setCap(i, { perWeek: num(e.target.value) })}
                disabled={!canWrite}
              />
              {canWrite && <MuiButton onClick={() => setCaps(caps.filter((_, j) => j !== i))}>{translate('ra.action.remove')}</MuiButton>}
            </Stack>
          ))}
          {canWrite && (
            <MuiButton sx={{ alignSelf: 'flex-start' }} onClick={() => setCaps([...caps, { channel: 'SMS', category: 'MARKETING', perDay: 1, perWeek: 3 }])}>
              {translate('tierwise.outreach.addCap')}
            </MuiButton>
          )}
          <Typography variant="subtitle1">{translate('tierwise.outreach.quietHours')}</Typography>
          <Stack direction="row" spacing={1}>
            <TextField
              size="small"
              label={translate('tierwise.outreach.quietFrom')}
              placeholder="21:00"
              value={quiet.from}
              onChange={(e) => setQuiet({ ...quiet, from: e.target.value })}
              disabled={!canWrite}
            />
            <TextField
              size="small"
              label={translate('tierwise.outreach.quietTo')}
              placeholder="08:00"
              value={quiet.to}
              onChange={(e) => setQuiet({ ...quiet, to: e.target.value })}
              disabled={!canWrite}
            />
          </Stack>
          <Typography variant="subtitle1">{translate('tierwise.outreach.suppression')}</Typography>
          <Stack direction="row" spacing={1}>
            <TextField
              size="small"
              type="number"
              label={translate('tierwise.outreach.ignored')}
              value={rest.ignored}
              onChange={(e) => setRest({ ...rest, ignored: e.target.value })}
              disabled={!canWrite}
            />
            <TextField
              size="small"
              type="number"
              label={translate('tierwise.outreach.withinDays')}
              value={rest.withinDays}
              onChange={(e) => setRest({ ...rest, withinDays: e.target.value })}
              disabled={!canWrite}
            />
            <TextField
              size="small"
              type="number"
              label={translate('tierwise.outreach.restDays')}
              value={rest.restDays}
              onChange={(e) => setRest({ ...rest, restDays: e.target.value })}
              disabled={!canWrite}
            />
          </Stack>
          {problems.length > 0 && (
            <Alert severity="error" data-testid="policy-problems">
              {problems.map((p) => (
                <div key={p}>{p}</div>
              ))}
            </Alert>
          )}
          {data.updatedBy && (
            <Typography variant="caption" color="text.secondary">
              {translate('tierwise.outreach.policyBy', { who: data.updatedBy, when: format.dateTime(data.updatedAt) })}
            </Typography>
          )}
          {canWrite && (
            <MuiButton variant="contained" sx={{ alignSelf: 'flex-start' }} onClick={() => void save()}>
              {translate('ra.action.save')}
            </MuiButton>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
}

export default { list: ContactPolicyPage };
