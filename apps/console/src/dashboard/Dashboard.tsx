import { useEffect, useState } from 'react';
import {
  Box,
  Card,
  CardContent,
  CardHeader,
  Chip,
  List as MuiList,
  ListItem,
  ListItemText,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { Bar, BarChart, CartesianGrid, Cell, Pie, PieChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Loading, Title, useGetList, usePermissions, useTranslate } from 'react-admin';
import { Role } from '@tierwise/domain';
import { Link } from 'react-router-dom';
import { useTierwise } from '../dataProvider';
import type { TierwiseMethods } from '../dataProvider/methods';
import { RISK_COLOURS, formatDecimal, useLocalFormat, useLocalName } from '../fields';
import { AuditEntity, ChangeSummary } from '../audit/AuditParts';
import { ExclusiveShortfalls } from '../followUps/ExclusiveShortfalls';
import { KpiTiles } from './KpiTiles';

const STATUS_COLOURS: Record<string, string> = { DRAFT: '#90a4ae', ACTIVE: '#2e7d32', SUSPENDED: '#f9a825', RETIRED: '#6d4c41' };

type DashboardData = Awaited<ReturnType<TierwiseMethods['dashboard']>>;

/** The landing page: an advisor's day for advisors; the catalogue's dashboard for everyone else. */
export function Dashboard() {
  const { permissions } = usePermissions<Role | null>();
  return permissions === Role.ADVISOR ? <AdvisorDay /> : <CatalogueDashboard />;
}

/** An advisor's day: the follow-ups overdue and due, and where to act on them. */
function AdvisorDay() {
  const translate = useTranslate();
  const { total: overdue } = useGetList('FollowUp', { filter: { overdue: true }, pagination: { page: 1, perPage: 1 } });
  const { total: open } = useGetList('FollowUp', { filter: { open: true }, pagination: { page: 1, perPage: 1 } });
  return (
    <Box sx={{ p: 2 }} data-testid="advisor-day">
      <Title title="tierwise.advisory.myDay" />
      <Card>
        <CardHeader title={translate('tierwise.advisory.myDay')} />
        <CardContent>
          <Typography>{translate('tierwise.advisory.dayCounts', { overdue: overdue ?? 0, open: open ?? 0 })}</Typography>
          <Link to="/FollowUp">{translate('tierwise.advisory.toFollowUps')}</Link>
        </CardContent>
      </Card>
      <ExclusiveShortfalls />
    </Box>
  );
}

/** The catalogue at a glance, the tiers with their service levels, and the latest changes. */
function CatalogueDashboard() {
  const translate = useTranslate();
  const format = useLocalFormat();
  const localName = useLocalName();
  const tierwise = useTierwise();
  const [data, setData] = useState<DashboardData | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    tierwise
      .dashboard()
      .then(setData)
      .catch((e: Error) => setError(e.message));
  }, []);
  if (error)
    return (
      <Typography color="error" sx={{ m: 2 }}>
        {error}
      </Typography>
    );
  if (!data) return <Loading />;
  const label = (enumName: string) => (r: { key: string; count: number }) => ({ name: translate(`enums.${enumName}.${r.key}`), key: r.key, count: r.count });
  const total = data.stats.byStatus.reduce((n, r) => n + r.count, 0);
  return (
    <Box sx={{ p: 2 }} data-testid="dashboard">
      <Title title="tierwise.dashboard.title" />
      {total === 0 && (
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          {translate('tierwise.dashboard.noProducts')}
        </Typography>
      )}
      <KpiTiles tiers={data.tiers} />
      <Card sx={{ mb: 2 }} data-testid="coverage">
        <CardHeader
          title={`${translate('tierwise.customers.coverage')}: ${(Number(data.coverage.ratio) * 100).toFixed(1)}%`}
          subheader={translate('tierwise.customers.coverageHelp', { complete: data.coverage.complete, total: data.coverage.total })}
        />
      </Card>
      <Card sx={{ mb: 2 }} data-testid="acceptance">
        <CardHeader
          title={`${translate('tierwise.insights.acceptance')}: ${(Number(data.acceptance.rate) * 100).toFixed(1)}%`}
          subheader={translate('tierwise.insights.acceptanceHelp', { accepted: data.acceptance.accepted, shown: data.acceptance.shown })}
        />
        {data.acceptance.shown > 0 && (
          <CardContent sx={{ display: 'flex', gap: 4, flexWrap: 'wrap' }}>
            <Typography variant="body2">
              {data.acceptance.byTier
                .map(
                  (r) =>
                    `${localName(data.tiers.find((t) => t.id === r.key) ?? { name: r.key, nameEn: r.key })} ${(Number(r.rate) * 100).toFixed(0)}% (${r.accepted}/${r.shown})`,
                )
                .join(' · ')}
            </Typography>
            <Typography variant="body2">
              {data.acceptance.byProductType
                .map((r) => `${translate(`enums.ProductType.${r.key}`)} ${(Number(r.rate) * 100).toFixed(0)}% (${r.accepted}/${r.shown})`)
                .join(' · ')}
            </Typography>
          </CardContent>
        )}
      </Card>
      <PushAccuracyCard data={data} />
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr 1fr' }, gap: 2 }}>
        <Card>
          <CardHeader title={translate('tierwise.dashboard.byStatus')} subheader={`${total} ${translate('tierwise.dashboard.products')}`} />
          <CardContent sx={{ height: 240 }}>
            <ResponsiveContainer>
              <PieChart>
                <Pie
                  data={data.stats.byStatus.map(label('ProductStatus'))}
                  dataKey="count"
                  nameKey="name"
                  outerRadius={80}
                  label={(e: { name?: string; value?: number }) => `${e.name} ${e.value}`}
                >
                  {data.stats.byStatus.map((r) => (
                    <Cell key={r.key} fill={STATUS_COLOURS[r.key] ?? '#1976d2'} />
                  ))}
                </Pie>
                <Tooltip />
              </PieChart>
            </ResponsiveContainer>
          </CardContent>
        </Card>
        <Card>
          <CardHeader title={translate('tierwise.dashboard.byType')} />
          <CardContent sx={{ height: 300 }}>
            <ResponsiveContainer>
              <BarChart data={data.stats.byType.map(label('ProductType'))} layout="vertical" margin={{ left: 40 }}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis type="number" allowDecimals={false} />
                <YAxis type="category" dataKey="name" width={120} interval={0} tick={{ fontSize: 12 }} />
                <Tooltip />
                <Bar dataKey="count" fill="#1976d2" />
              </BarChart>
            </ResponsiveContainer>
          </CardContent>
        </Card>
        <Card>
          <CardHeader title={translate('tierwise.dashboard.byRiskLevel')} />
          <CardContent sx={{ height: 240 }}>
            <ResponsiveContainer>
              <BarChart data={data.stats.byRiskLevel.map((r) => ({ ...r, name: r.key }))}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="name" />
                <YAxis allowDecimals={false} />
                <Tooltip />
                <Bar dataKey="count">
                  {data.stats.byRiskLevel.map((r) => (
                    <Cell key={r.key} fill={RISK_COLOURS[r.key]} />
                  ))}
                </Bar>
              </BarChart>
            </ResponsiveContainer>
          </CardContent>
        </Card>
      </Box>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '2fr 1fr' }, gap: 2, mt: 2 }}>
        <Card>
          <CardHeader title={translate('tierwise.dashboard.tiers')} />
          <Table size="small" data-testid="dashboard-tiers">
            <TableHead>
              <TableRow>
                <TableCell>{translate('resources.Tier.fields.name')}</TableCell>
                <TableCell>{translate('resources.Tier.fields.minAum')}</TableCell>
                <TableCell>{translate('resources.Tier.fields.responseSlaMinutes')}</TableCell>
                <TableCell>{translate('resources.Tier.fields.advisorModel')}</TableCell>
                <TableCell>{translate('resources.Tier.fields.entitlements')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {data.tiers.map((t) => (
                <TableRow key={t.id} component={Link} to={`/Tier/${t.id}/show`} hover sx={{ textDecoration: 'none' }}>
                  <TableCell>
                    {localName(t)}
                    <Typography variant="caption" sx={{ display: 'block' }} color="text.secondary">
                      {t.code}
                    </Typography>
                  </TableCell>
                  <TableCell>
                    {t.maxAum
                      ? `${formatDecimal(t.minAum)} – ${formatDecimal(t.maxAum)}`
                      : `${formatDecimal(t.minAum)} ${translate('tierwise.tiers.unbounded')}`}
                  </TableCell>
                  <TableCell>{t.responseSlaMinutes}</TableCell>
                  <TableCell>{translate(`enums.AdvisorModel.${t.advisorModel}`)}</TableCell>
                  <TableCell>
                    {t.entitlements.map((e) => (
                      <Chip
                        key={e.id}
                        size="small"
                        sx={{ m: 0.25 }}
                        variant={e.exclusive ? 'filled' : 'outlined'}
                        color={e.exclusive ? 'secondary' : 'default'}
                        label={`${e.benefit ? localName(e.benefit) : e.benefitId} · ${e.annualQuota === null ? translate('tierwise.dashboard.unlimited') : translate('tierwise.dashboard.perYear', { count: e.annualQuota })}`}
                      />
                    ))}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Card>
        <Card>
          <CardHeader title={translate('tierwise.dashboard.recent')} />
          <MuiList dense data-testid="dashboard-recent">
            {data.recent.length === 0 && (
              <ListItem>
                <ListItemText primary={translate('tierwise.dashboard.none')} />
              </ListItem>
            )}
            {data.recent.map((e) => (
              <ListItem key={e.id} component={Link} to={`/AuditEvent/${e.id}/show`} sx={{ color: 'inherit' }}>
                <ListItemText
                  primary={
                    <>
                      {translate(`enums.AuditAction.${e.action}`)} · {translate(`resources.${e.entityType}.name`, { smart_count: 1, _: e.entityType })} ·{' '}
                      <AuditEntity entityType={e.entityType} entityId={e.entityId} link={false} />
                    </>
                  }
                  secondary={
                    <>
                      <ChangeSummary entityType={e.entityType} changes={e.changes} max={2} />
                      {format.dateTime(e.occurredAt)} · {e.actor}
                    </>
                  }
                  slotProps={{ secondary: { component: 'div' } }}
                />
              </ListItem>
            ))}
          </MuiList>
        </Card>
      </Box>
    </Box>
  );
}

/** Push accuracy (PRODUCT.md) of the last 30 days: of delivered outreach, the share opened or acted on, by channel and tier. */
function PushAccuracyCard({ data }: { data: Awaited<ReturnType<TierwiseMethods['dashboard']>> }) {
  const translate = useTranslate();
  const localName = useLocalName();
  const rows = data.pushAccuracy.byChannel;
  const delivered = rows.reduce((n, r) => n + r.delivered, 0);
  const accurate = rows.reduce((n, r) => n + r.accurate, 0);
  const pct = (a: number, d: number) => `${((100 * a) / d).toFixed(0)}%`;
  return (
    <Card sx={{ mb: 2 }} data-testid="push-accuracy">
      <CardHeader
        title={`${translate('tierwise.outreach.pushAccuracy')}: ${delivered ? pct(accurate, delivered) : '—'}`}
        subheader={delivered ? translate('tierwise.outreach.pushAccuracyHelp', { accurate, delivered }) : translate('tierwise.outreach.pushAccuracyNone')}
      />
      {delivered > 0 && (
        <CardContent sx={{ display: 'flex', gap: 4, flexWrap: 'wrap' }}>
          <Typography variant="body2">
            {rows
              .filter((r) => r.delivered)
              .map((r) => `${translate(`enums.MessageChannel.${r.key}`)} ${pct(r.accurate, r.delivered)} (${r.accurate}/${r.delivered})`)
              .join(' · ')}
          </Typography>
          <Typography variant="body2">
            {data.pushAccuracy.byTier
              .filter((r) => r.delivered)
              .map(
                (r) =>
                  `${localName(data.tiers.find((t) => t.id === r.key) ?? { name: r.key || '—', nameEn: r.key || '—' })} ${pct(r.accurate, r.delivered)} (${r.accurate}/${r.delivered})`,
              )
              .join(' · ')}
          </Typography>
        </CardContent>
      )}
    </Card>
  );
}
