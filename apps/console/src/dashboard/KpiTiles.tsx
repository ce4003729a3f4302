import { useEffect, useState } from 'react';
import {
  Box,
  Button,
  Card,
  CardActionArea,
  CardContent,
  CardHeader,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  MenuItem,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { Line, LineChart, ResponsiveContainer, Tooltip, YAxis } from 'recharts';
import { useGetMany, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { addMonths, monthOf } from '@tierwise/domain';
import type { Kpi, KpisQuery } from '@tierwise/client';
import { useTierwise } from '../dataProvider';
import { useLocalFormat, useLocalName } from '../fields';

type KpiRow = KpisQuery['kpis'][number];
type TierRef = { id: string; name: string; nameEn?: string | null };

/** The KPIs whose records can be listed (the others drill down to the tiers; need accuracy to its rules). */
const WITH_RECORDS = new Set<string>(['PROFILED', 'RESPONSE_TIME', 'HNW_REPEAT_PURCHASE', 'CHURN']);
const TRACK_COLOURS = { true: '#2e7d32', false: '#c62828', null: '#9e9e9e' } as const;
const NO_TIER = 'NONE';

const shown = (kpi: string, value: string | null | undefined) =>
  value === null || value === undefined ? '—' : `${kpi === 'AUM_GROWTH' && Number(value) > 0 ? '+' : ''}${value}%`;

/** What the target says: a standing level, a level to reach by a month, or a relative fall. */
function useTargetText() {
  const translate = useTranslate();
  return (k: KpiRow) =>
    translate(`tierwise.kpis.target.${k.targetKind}`, {
      target: Number(k.target),
      months: k.targetMonths ?? 0,
      by: k.targetBy ?? translate('tierwise.kpis.fromFirstMonth'),
      expected: k.expected === null ? '—' : `${k.expected}%`,
    });
}

/**
 * One tile per KPI of the plan: the value of the month against its target, a trend over the last 12 months (from the
 * monthly snapshots), coloured by whether it is on track; a tile opens what lies behind its figure.
 */
export function KpiTiles({ tiers }: { tiers: readonly TierRef[] }) {
  const translate = useTranslate();
  const tierwise = useTierwise();
  const targetText = useTargetText();
  const localName = useLocalName();
  const format = useLocalFormat();
  const [tierId, setTierId] = useState<string>('');
  const [rows, setRows] = useState<KpiRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState<KpiRow | null>(null);
  const to = monthOf(new Date());
  const from = addMonths(to, -11);
  useEffect(() => {
    setRows(null);
    tierwise
      .kpis(from, to, tierId || null)
      .then(setRows)
      .catch((e: Error) => setError(e.message));
  }, [tierId]);
  return (
    <Card sx={{ mb: 2 }} data-testid="kpis">
      <CardHeader
        title={translate('tierwise.kpis.title')}
        subheader={
          <>
            {translate('tierwise.kpis.subtitle', { from, to })}
            {rows?.[0]?.measuredAt && ` · ${translate('tierwise.kpis.measuredAt', { at: format.dateTime(rows[0].measuredAt) })}`}
          </>
        }
        action={
          <TextField
            select
            size="small"
            sx={{ minWidth: 200 }}
            label={translate('tierwise.kpis.tier')}
            value={tierId}
            onChange={(e) => setTierId(e.target.value)}
            slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'kpi-tier' } as never } }}
          >
            <MenuItem value="">{translate('tierwise.kpis.allTiers')}</MenuItem>
            {tiers.map((t) => (
              <MenuItem key={t.id} value={t.id}>
                {localName(t)}
              </MenuItem>
            ))}
            <MenuItem value={NO_TIER}>{translate('tierwise.kpis.noTier')}</MenuItem>
          </TextField>
        }
      />
      <CardContent>
        {error && <Typography color="error">{error}</Typography>}
        {!rows && !error && <Typography color="text.secondary">{translate('tierwise.kpis.loading')}</Typography>}
        {rows && (
          <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr', lg: 'repeat(4, 1fr)', xl: 'repeat(5, 1fr)' }, gap: 1.5 }}>
            {rows.map((k) => (
              <Card
                key={k.kpi}
                variant="outlined"
                data-testid={`kpi-${k.kpi}`}
                data-on-track={String(k.onTrack)}
                sx={{ borderLeft: `6px solid ${TRACK_COLOURS[String(k.onTrack) as keyof typeof TRACK_COLOURS]}` }}
              >
                <CardActionArea onClick={() => setOpen(k)} sx={{ p: 1.5, height: '100%', display: 'flex', flexDirection: 'column', alignItems: 'stretch' }}>
                  <Typography variant="subtitle2">{translate(`tierwise.kpis.names.${k.kpi}`)}</Typography>
                  <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 1 }}>
                    <Typography variant="h5" component="span" data-testid={`kpi-${k.kpi}-value`}>
                      {shown(k.kpi, k.value)}
                    </Typography>
                    <Chip
                      size="small"
                      label={translate(k.onTrack === null ? 'tierwise.kpis.noData' : k.onTrack ? 'tierwise.kpis.onTrack' : 'tierwise.kpis.offTrack')}
                      sx={{ bgcolor: TRACK_COLOURS[String(k.onTrack) as keyof typeof TRACK_COLOURS], color: '#fff' }}
                    />
                  </Box>
                  <Typography variant="caption" color="text.secondary">
                    {targetText(k)}
                  </Typography>
                  {k.kpi === 'RESPONSE_TIME' && k.median !== null && (
                    <Typography variant="caption" color="text.secondary">
                      {translate('tierwise.kpis.median', { minutes: k.median })}
                    </Typography>
                  )}
                  <Box sx={{ height: 48, mt: 0.5 }}>
                    <ResponsiveContainer>
                      <LineChart data={k.trend.map((t) => ({ month: t.month, value: t.value === null ? null : Number(t.value) }))}>
                        <YAxis hide domain={['auto', 'auto']} />
                        <Tooltip formatter={(v) => `${v}%`} labelFormatter={(_, p) => p?.[0]?.payload?.month ?? ''} />
                        <Line type="monotone" dataKey="value" stroke="#1976d2" dot={false} strokeWidth={2} connectNulls isAnimationActive={false} />
                      </LineChart>
                    </ResponsiveContainer>
                  </Box>
                </CardActionArea>
              </Card>
            ))}
          </Box>
        )}
      </CardContent>
      {open && <KpiDrillDown row={open} tierId={tierId || null} tiers={tiers} onClose={() => setOpen(null)} />}
    </Card>
  );
}

/** What lies behind one KPI in its month: its definition, the value per tier, its rules (needs), the records that fall short. */
function KpiDrillDown({ row, tierId, tiers, onClose }: { row: KpiRow; tierId: string | null; tiers: readonly TierRef[]; onClose: () => void }) {
  const translate = useTranslate();
  const tierwise = useTierwise();
  const format = useLocalFormat();
  const localName = useLocalName();
  const targetText = useTargetText();
  const [byTier, setByTier] = useState<Awaited<ReturnType<typeof tierwise.kpiByTier>> | null>(null);
  const [rules, setRules] = useState<Awaited<ReturnType<typeof tierwise.needRuleAccuracy>> | null>(null);
  const [records, setRecords] = useState<Awaited<ReturnType<typeof tierwise.kpiRecords>> | null>(null);
  const [page, setPage] = useState(0);
  const perPage = 10;
  const { data: ruleRecords } = useGetMany('NeedRule', { ids: rules?.map((r) => r.ruleId) ?? [] }, { enabled: !!rules?.length });
  const ruleName = (id: string) => {
    const rule = ruleRecords?.find((r) => r.id === id);
    return rule ? `${rule.code} · ${localName(rule as { name: string; nameEn?: string | null })}` : translate('tierwise.kpis.deletedRule');
  };
  const tierName = (id: string | null) => (id ? localName(tiers.find((t) => t.id === id) ?? { name: id, nameEn: id }) : translate('tierwise.kpis.noTier'));
  useEffect(() => {
    tierwise.kpiByTier(row.kpi as Kpi, row.month).then(setByTier);
    if (row.kpi === 'NEED_ACCURACY') tierwise.needRuleAccuracy(row.month).then(setRules);
  }, [row.kpi]);
  useEffect(() => {
    if (WITH_RECORDS.has(row.kpi)) tierwise.kpiRecords(row.kpi as Kpi, row.month, tierId, page, perPage).then(setRecords);
  }, [row.kpi, page]);
  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth data-testid="kpi-drill-down">
      <DialogTitle>
        {translate(`tierwise.kpis.names.${row.kpi}`)} · {row.month} · {shown(row.kpi, row.value)}
      </DialogTitle>
      <DialogContent>
        <Typography variant="body2" sx={{ mb: 1 }}>
          {translate(`tierwise.kpis.definitions.${row.kpi}`)}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {targetText(row)}
          {row.baselineMonth && ` · ${translate('tierwise.kpis.baseline', { month: row.baselineMonth, value: shown(row.kpi, row.baseline) })}`}
          {row.whole !== null && ` · ${translate('tierwise.kpis.parts', { part: row.part, whole: row.whole })}`}
        </Typography>
        <Typography variant="subtitle2">{translate('tierwise.kpis.byTier')}</Typography>
        <Table size="small" sx={{ mb: 2 }} data-testid="kpi-by-tier">
          <TableBody>
            {(byTier ?? []).map((t) => (
              <TableRow key={t.tierId ?? NO_TIER}>
                <TableCell>{tierName(t.tierId)}</TableCell>
                <TableCell>{shown(row.kpi, t.value)}</TableCell>
                <TableCell>
                  {t.whole === null ? translate('tierwise.kpis.nothingMeasured') : translate('tierwise.kpis.parts', { part: t.part, whole: t.whole })}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        {rules && (
          <>
            <Typography variant="subtitle2">{translate('tierwise.kpis.byRule')}</Typography>
            {rules.length === 0 && <Typography color="text.secondary">{translate('tierwise.kpis.nothingMeasured')}</Typography>}
            <Table size="small" sx={{ mb: 2 }} data-testid="kpi-by-rule">
              <TableBody>
                {[...rules]
                  .sort((a, b) => Number(a.value ?? 0) - Number(b.value ?? 0))
                  .map((r) => (
                    <TableRow key={r.ruleId} component={Link} to={`/NeedRule/${r.ruleId}/show`} hover sx={{ textDecoration: 'none' }}>
                      <TableCell>{ruleName(r.ruleId)}</TableCell>
                      <TableCell>{shown(row.kpi, r.value)}</TableCell>
                      <TableCell>{translate('tierwise.kpis.parts', { part: r.confirmed, whole: r.judged })}</TableCell>
                    </TableRow>
                  ))}
              </TableBody>
            </Table>
          </>
        )}
        {WITH_RECORDS.has(row.kpi) && (
          <>
            <Typography variant="subtitle2">{translate(`tierwise.kpis.records.${row.kpi}`)}</Typography>
            {records && records.length === 0 && page === 0 && <Typography color="text.secondary">{translate('tierwise.kpis.noRecords')}</Typography>}
            <Table size="small" data-testid="kpi-records">
              {records && records.length > 0 && (
                <TableHead>
                  <TableRow>
                    <TableCell>{translate('tierwise.kpis.record')}</TableCell>
                    <TableCell>{translate('tierwise.kpis.tier')}</TableCell>
                    <TableCell>{translate('tierwise.kpis.when')}</TableCell>
                    <TableCell>{translate('tierwise.kpis.why')}</TableCell>
                  </TableRow>
                </TableHead>
              )}
              <TableBody>
                {(records ?? []).map((r) => (
                  <TableRow
                    key={r.id}
                    data-testid="kpi-record"
                    component={Link}
                    to={row.kpi === 'RESPONSE_TIME' ? `/ServiceRequest/${r.id}/show` : `/Customer/${r.customerId}/show`}
                    hover
                    sx={{ textDecoration: 'none' }}
                  >
                    <TableCell>{r.customerName}</TableCell>
                    <TableCell>{tierName(r.tierId ?? null)}</TableCell>
                    <TableCell>{r.at ? format.dateTime(r.at) : '—'}</TableCell>
                    <TableCell>{translate(`tierwise.kpis.reasons.${r.reason}`)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            <Box sx={{ display: 'flex', gap: 1, mt: 1 }}>
              <Button size="small" disabled={page === 0} onClick={() => setPage(page - 1)}>
                {translate('ra.navigation.prev')}
              </Button>
              <Button size="small" disabled={!records || records.length < perPage} onClick={() => setPage(page + 1)}>
                {translate('ra.navigation.next')}
              </Button>
            </Box>
          </>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
