import { useState } from 'react';
import { Box, Chip, Stack, TextField, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, useGetMany, useNotify, useTranslate } from 'react-admin';
import type { BranchWindow } from '@tierwise/client';
import { useCanWrite } from '../common';
import { useTierwise } from '../dataProvider';
import { localName } from '../fields';

/** A branch's queue today: issue a ticket, call the next one at a window, and how long each tier waited. */
export function BranchQueuePanel() {
  const translate = useTranslate();
  const notify = useNotify();
  const tierwise = useTierwise();
  const canWrite = useCanWrite();
  const queryClient = useQueryClient();
  const [branch, setBranch] = useState('SH-001');
  const [called, setCalled] = useState<string | null>(null);
  const valid = /^[A-Z0-9_-]{1,40}$/.test(branch);
  const { data } = useQuery({ queryKey: ['branchQueue', branch], enabled: valid, queryFn: () => tierwise.branchQueue(branch), refetchInterval: 15_000 });
  const tierIds = [...new Set((data?.waitingTimes ?? []).flatMap((w) => (w.tierId ? [w.tierId] : [])))];
  const { data: tiers = [] } = useGetMany('Tier', { ids: tierIds }, { enabled: tierIds.length > 0 });
  const reload = () => void queryClient.invalidateQueries({ queryKey: ['branchQueue', branch] });
  const call = (window: BranchWindow) => async () => {
    const ticket = await tierwise.callNextTicket(branch, window);
    setCalled(ticket ? ticket.number : null);
    if (!ticket) notify('tierwise.queue.nobody', { type: 'info' });
    reload();
  };
  return (
    <Box sx={{ p: 2 }} data-testid="branch-queue">
      <Typography variant="subtitle1">{translate('tierwise.queue.title')}</Typography>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', mt: 1 }}>
        <TextField
          size="small"
          label={translate('tierwise.queue.branch')}
          value={branch}
          onChange={(e) => setBranch(e.target.value.toUpperCase())}
          error={!valid}
        />
        {canWrite && valid && (
          <>
            <Button
              label="tierwise.queue.issue"
              onClick={async () => {
                await tierwise.issueBranchTicket(branch, null);
                reload();
              }}
            />
            <Button label="tierwise.queue.callGeneral" onClick={call('GENERAL')} />
            <Button label="tierwise.queue.callDedicated" onClick={call('DEDICATED')} />
          </>
        )}
        {called && <Chip color="primary" label={translate('tierwise.queue.calling', { number: called })} data-testid="called" />}
      </Stack>
      <Stack direction="row" spacing={1} sx={{ mt: 1, flexWrap: 'wrap' }} data-testid="waiting">
        {(data?.waiting ?? []).map((t) => (
          <Chip key={t.id} size="small" variant={t.dedicated ? 'filled' : 'outlined'} label={t.number} />
        ))}
        {data && data.waiting.length === 0 && <Typography color="text.secondary">{translate('tierwise.queue.empty')}</Typography>}
      </Stack>
      {data && data.waitingTimes.length > 0 && (
        <Typography variant="body2" sx={{ mt: 1 }}>
          {data.waitingTimes
            .map((w) => {
              const tier = tiers.find((x) => x.id === w.tierId);
              return translate('tierwise.queue.waited', {
                tier: tier ? localName(tier) : translate('tierwise.queue.walkIn'),
                minutes: w.averageMinutes ?? 0,
                count: w.called,
              });
            })
            .join(' · ')}
        </Typography>
      )}
    </Box>
  );
}
