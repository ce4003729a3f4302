import { useState } from 'react';
import { MenuItem, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useGetMany, useRecordContext, useTranslate } from 'react-admin';
import { ActionDialog, useCanWrite } from '../common';
import { useTierwise } from '../dataProvider';
import { localName, useLocalFormat } from '../fields';

/** Redeem one of the benefits the tier grants, with a key of its own (a double click redeems once). */
function RedeemButton({ customerId, options, onDone }: { customerId: string; options: { id: string; label: string }[]; onDone: () => void }) {
  const translate = useTranslate();
  const tierwise = useTierwise();
  const [benefitId, setBenefitId] = useState('');
  const [notes, setNotes] = useState('');
  const [key] = useState(() => crypto.randomUUID());
  return (
    <ActionDialog
      label="tierwise.benefitsLedger.redeem"
      confirmLabel="tierwise.benefitsLedger.redeem"
      disabled={!benefitId}
      onConfirm={async () => {
        await tierwise.redeemBenefit(customerId, benefitId, key, notes.trim() || null);
        onDone();
      }}
    >
      <Stack spacing={2} sx={{ mt: 1 }}>
        <TextField select label={translate('tierwise.benefitsLedger.benefit')} value={benefitId} onChange={(e) => setBenefitId(e.target.value)}>
          {options.map((o) => (
            <MenuItem key={o.id} value={o.id}>
              {o.label}
            </MenuItem>
          ))}
        </TextField>
        <TextField label={translate('tierwise.benefitsLedger.notes')} value={notes} onChange={(e) => setNotes(e.target.value)} multiline />
      </Stack>
    </ActionDialog>
  );
}

/** What the tier grants this year (quota used and left) and the redemption history. */
export function BenefitsPanel() {
  const record = useRecordContext<{ id: string }>();
  const translate = useTranslate();
  const format = useLocalFormat();
  const canWrite = useCanWrite();
  const tierwise = useTierwise();
  const queryClient = useQueryClient();
  const id = record?.id ?? '';
  const { data } = useQuery({ queryKey: ['customerBenefits', id], enabled: !!id, queryFn: () => tierwise.customerBenefits(id) });
  const { data: points } = useQuery({ queryKey: ['points', id], enabled: !!id, queryFn: () => tierwise.pointsAccount(id) });
  const ids = [...new Set([...(data?.allowances ?? []).map((a) => a.benefitId), ...(data?.redemptions ?? []).map((r) => r.benefitId)])];
  const { data: benefits = [] } = useGetMany('Benefit', { ids }, { enabled: ids.length > 0 });
  if (!record || !data) return null;
  const name = (benefitId: string) => {
    const b = benefits.find((x) => x.id === benefitId);
    return b ? localName(b) : benefitId;
  };
  const reload = () => void queryClient.invalidateQueries({ queryKey: ['customerBenefits', id] });
  const redeemable = data.allowances.filter((a) => a.remaining === null || a.remaining > 0).map((a) => ({ id: a.benefitId, label: name(a.benefitId) }));
  return (
    <Stack spacing={2} sx={{ width: '100%' }} data-testid="benefits-ledger">
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography variant="subtitle1">
          {translate('tierwise.benefitsLedger.allowances', { year: data.allowances[0]?.year ?? new Date().getFullYear() })}
        </Typography>
        {canWrite && redeemable.length > 0 && <RedeemButton customerId={id} options={redeemable} onDone={reload} />}
      </Stack>
      {data.allowances.length === 0 ? (
        <Typography color="text.secondary">{translate('tierwise.benefitsLedger.none')}</Typography>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('tierwise.benefitsLedger.benefit')}</TableCell>
              <TableCell align="right">{translate('tierwise.benefitsLedger.quota')}</TableCell>
              <TableCell align="right">{translate('tierwise.benefitsLedger.used')}</TableCell>
              <TableCell align="right">{translate('tierwise.benefitsLedger.remaining')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {data.allowances.map((a) => (
              <TableRow key={a.benefitId} data-testid={`allowance-${a.benefitId}`}>
                <TableCell>
                  {name(a.benefitId)}
                  {a.exclusive ? ` · ${translate('tierwise.benefitsLedger.exclusive')}` : ''}
                </TableCell>
                <TableCell align="right">{a.annualQuota ?? '∞'}</TableCell>
                <TableCell align="right">{a.used}</TableCell>
                <TableCell align="right">{a.remaining ?? '∞'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {points && (
        <Typography data-testid="points-balance">
          {translate('tierwise.benefitsLedger.points', { balance: points.balance.toLocaleString(format.locale) })}
          {points.entries[0] ? ` · ${translate(`enums.PointsKind.${points.entries[0].kind}`)} ${points.entries[0].points} · ${points.entries[0].reason}` : ''}
        </Typography>
      )}
      <Typography variant="subtitle1">{translate('tierwise.benefitsLedger.history')}</Typography>
      {data.redemptions.length === 0 ? (
        <Typography color="text.secondary">—</Typography>
      ) : (
        <Table size="small">
          <TableBody>
            {data.redemptions.map((r) => (
              <TableRow key={r.id}>
                <TableCell>{format.dateTime(r.createdAt)}</TableCell>
                <TableCell>{name(r.benefitId)}</TableCell>
                <TableCell>{translate(`enums.RedemptionStatus.${r.status}`)}</TableCell>
                <TableCell>{r.redeemedBy}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Stack>
  );
}
