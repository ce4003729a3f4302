import { Alert, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { TierPartitionViolation } from '@tierwise/domain';
import { formatDecimal } from '../fields';
import type { Proposal } from './ranges';

type Translate = ReturnType<typeof useTranslate>;

/** A gap or overlap in the user's language. */
export function describeViolation(v: TierPartitionViolation, translate: Translate): string {
  const from = formatDecimal(v.from ?? '0');
  const to = v.to === null || v.to === undefined ? '∞' : formatDecimal(v.to);
  switch (v.code) {
    case 'GAP':
      return translate('tierwise.tiers.gap', { from, to, where: translate('tierwise.tiers.between', { tiers: v.tiers.join(' / ') }) });
    case 'OVERLAP':
      return translate('tierwise.tiers.overlap', { from, to, tiers: v.tiers.join(' / ') });
    case 'NO_TIERS':
      return translate('tierwise.tiers.noTiers');
    default:
      return translate('tierwise.tiers.badRange');
  }
}

/** How the AUM ranges fit together after the change, and the gap or overlap it would cause. */
export function TierRanges({ proposal, editedCode }: { proposal: Proposal; editedCode: string }) {
  const translate = useTranslate();
  const sorted = [...proposal.ranges].sort((a, b) => Number(a.minAum || 0) - Number(b.minAum || 0));
  const moved = new Set(proposal.adjustments.map((a) => a.id));
  return (
    <div style={{ width: '100%', maxWidth: 640 }} data-testid="tier-ranges">
      <Typography variant="subtitle2" color="text.secondary" sx={{ mt: 2 }}>
        {translate('tierwise.tiers.ranges')}
      </Typography>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{translate('resources.Tier.fields.code')}</TableCell>
            <TableCell align="right">{translate('resources.Tier.fields.minAum')}</TableCell>
            <TableCell align="right">{translate('resources.Tier.fields.maxAum')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {sorted.map((r) => {
            const mine = r.code === editedCode && !r.id;
            return (
              <TableRow key={r.id ?? 'edited'} selected={mine || moved.has(r.id ?? '')}>
                <TableCell>{r.id ? r.code : `${editedCode || '…'} (${translate('tierwise.tiers.thisTier')})`}</TableCell>
                <TableCell align="right">{formatDecimal(r.minAum)}</TableCell>
                <TableCell align="right">{r.maxAum === null || r.maxAum === '' ? translate('tierwise.tiers.unbounded') : formatDecimal(r.maxAum)}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      {proposal.swallowed ? (
        <Alert severity="error" sx={{ mt: 1 }}>
          {translate('tierwise.tiers.containsTier', { tier: proposal.swallowed })}
        </Alert>
      ) : proposal.violations.length ? (
        proposal.violations.map((v, i) => (
          <Alert key={i} severity="error" sx={{ mt: 1 }} data-testid="tier-violation">
            {describeViolation(v, translate)}
          </Alert>
        ))
      ) : (
        <Alert severity="success" sx={{ mt: 1 }}>
          {translate('tierwise.tiers.fits')}
        </Alert>
      )}
    </div>
  );
}
