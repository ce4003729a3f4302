import { useEffect, useState } from 'react';
import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { TierChangePreviewQuery } from '@tierwise/client';
import { useTierwise } from '../dataProvider';
import { useLocalFormat } from '../fields';
import type { Proposal } from './ranges';

/** How many customers would move from each tier to each other if the proposed ranges were saved (nothing is saved). */
export function TierMovesPreview({ proposal }: { proposal: Proposal }) {
  const translate = useTranslate();
  const format = useLocalFormat();
  const tierwise = useTierwise();
  const [moves, setMoves] = useState<TierChangePreviewQuery['tierChangePreview'] | null>(null);
  const usable = proposal.violations.length === 0 && !proposal.swallowed && proposal.ranges.every((r) => r.code && r.minAum !== '');
  const key = JSON.stringify(proposal.ranges.map((r) => [r.code, r.minAum, r.maxAum]));
  useEffect(() => {
    if (!usable) return undefined;
    const timer = setTimeout(() => {
      tierwise
        .tierChangePreview(proposal.ranges.map((r) => ({ code: r.code, minAum: r.minAum, maxAum: r.maxAum || null })))
        .then(setMoves)
        .catch(() => setMoves(null));
    }, 400);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the ranges' content is the key
  }, [key, usable]);
  if (!usable || !moves) return null;
  const moving = moves.filter((m) => m.fromTier !== m.toTier);
  return (
    <div style={{ width: '100%', maxWidth: 640 }} data-testid="tier-moves">
      <Typography variant="subtitle2" color="text.secondary" sx={{ mt: 2 }}>
        {translate('tierwise.tiers.moves')}
      </Typography>
      {moving.length === 0 ? (
        <Typography variant="body2">{translate('tierwise.tiers.noMoves')}</Typography>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('tierwise.tiers.from')}</TableCell>
              <TableCell>{translate('tierwise.tiers.to')}</TableCell>
              <TableCell align="right">{translate('tierwise.tiers.customers')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {moving.map((m) => (
              <TableRow key={`${m.fromTier}-${m.toTier}`}>
                <TableCell>{m.fromTier ?? '—'}</TableCell>
                <TableCell>{m.toTier}</TableCell>
                <TableCell align="right">{format.number(m.count)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </div>
  );
}
