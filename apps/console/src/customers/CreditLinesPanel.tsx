import { useState } from 'react';
import { Box, Card, CardContent, Chip, MenuItem, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useGetList, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { ActionDialog, useCanAdvise, useCanWrite } from '../common';
import { useCreditReason } from '../creditLines/reason';
import { useTierwise } from '../dataProvider';
import { localName, useLocalFormat } from '../fields';
import { formatAmount } from '../i18n/coded';

const AMOUNT = /^\d{1,13}(\.\d{1,2})?$/;

/** The customer's credit lines: the limit, the conduct the monthly review reads, and every change with its reason. */
export function CreditLinesPanel() {
  const record = useRecordContext<{ id: string }>();
  const translate = useTranslate();
  const tierwise = useTierwise();
  const canWrite = useCanWrite();
  const canAdvise = useCanAdvise();
  const format = useLocalFormat();
  const [locale] = useLocaleState();
  const reason = useCreditReason();
  const queryClient = useQueryClient();
  const key = ['creditLines', record?.id];
  const { data: lines } = useQuery({ queryKey: key, queryFn: () => tierwise.customerCreditLines(record!.id), enabled: !!record });
  const { data: products = [] } = useGetList('Product', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'code', order: 'ASC' },
    filter: { type: 'CREDIT_LINE', status: 'ACTIVE' },
  });
  const [productId, setProductId] = useState('');
  const [limit, setLimit] = useState('');
  const [toLimit, setToLimit] = useState('');
  const [note, setNote] = useState('');
  const refresh = () => void queryClient.invalidateQueries({ queryKey: key });
  const money = (v: string | null | undefined) => (v ? formatAmount(v, locale) : '—');
  if (!record || !lines) return null;
  return (
    <Stack spacing={2} data-testid="credit-lines">
      {canWrite && (
        <Box>
          <ActionDialog
            label="tierwise.credit.open"
            confirmLabel="tierwise.credit.open"
            disabled={!productId || !AMOUNT.test(limit)}
            onConfirm={async () => {
              await tierwise.openCreditLine(record.id, productId, limit);
              refresh();
            }}
          >
            <Stack spacing={2} sx={{ mt: 1 }}>
              <TextField select label={translate('tierwise.sales.product')} value={productId} onChange={(e) => setProductId(e.target.value)}>
                {products.map((p) => (
                  <MenuItem key={p.id} value={p.id}>{`${p.code} · ${localName(p)}`}</MenuItem>
                ))}
              </TextField>
              <TextField label={translate('tierwise.credit.limit')} value={limit} onChange={(e) => setLimit(e.target.value.trim())} />
            </Stack>
          </ActionDialog>
        </Box>
      )}
      {lines.length === 0 && <Typography color="text.secondary">{translate('tierwise.credit.none')}</Typography>}
      {lines.map((line) => (
        <Card key={line.id} variant="outlined">
          <CardContent>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
              <Typography variant="h6">{money(line.creditLimit)}</Typography>
              <Chip size="small" label={translate(`enums.CreditLineStatus.${line.status}`)} />
              <Typography variant="body2" color="text.secondary">
                {translate('tierwise.credit.conduct', { months: line.onTimeMonths, late: line.overdueLast12, date: format.date(line.conductAsOf) })}
              </Typography>
            </Stack>
            {canAdvise && (
              <ActionDialog
                label="tierwise.credit.propose"
                confirmLabel="tierwise.credit.propose"
                disabled={!AMOUNT.test(toLimit) || !note.trim()}
                onConfirm={async () => {
                  await tierwise.proposeCreditLimit(line.id, toLimit, note.trim());
                  refresh();
                }}
              >
                <Typography variant="body2">{translate('tierwise.credit.proposeHelp')}</Typography>
                <Stack spacing={2} sx={{ mt: 1 }}>
                  <TextField label={translate('tierwise.credit.newLimit')} value={toLimit} onChange={(e) => setToLimit(e.target.value.trim())} />
                  <TextField label={translate('tierwise.credit.note')} value={note} onChange={(e) => setNote(e.target.value)} multiline />
                </Stack>
              </ActionDialog>
            )}
            {line.history.length > 0 && (
              <Table size="small" sx={{ mt: 1 }}>
                <TableHead>
                  <TableRow>
                    <TableCell>{translate('tierwise.credit.when')}</TableCell>
                    <TableCell>{translate('tierwise.credit.change')}</TableCell>
                    <TableCell>{translate('tierwise.credit.reason')}</TableCell>
                    <TableCell>{translate('tierwise.credit.status')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {line.history.map((h) => (
                    <TableRow key={h.id}>
                      <TableCell>{format.date(h.createdAt)}</TableCell>
                      <TableCell>{`${money(h.fromLimit)} → ${money(h.toLimit)}`}</TableCell>
                      <TableCell>{reason(h.reason as { code: string; params: Record<string, string> })}</TableCell>
                      <TableCell>{`${translate(`enums.CreditLimitChangeStatus.${h.status}`)}${h.decidedBy ? ` · ${h.decidedBy}` : ''}`}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
          </CardContent>
        </Card>
      ))}
    </Stack>
  );
}
