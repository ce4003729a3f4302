import { Alert, Card, CardContent, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { FunctionField, LinearProgress, NumberField, SelectInput, TextField, TextInput, useTranslate } from 'react-admin';
import { choices } from '../choices';
import { EmptyState, ListActions } from '../common';
import { useTierwise } from '../dataProvider';
import { DateField, EnumField, useLocalFormat } from '../fields';
import { ConsoleList, ResponsiveDatagrid, type CardRecord as R } from '../lists';

/** Each kind of job: its schedule, last run, last success and the last day's failures; and where jobs run. */
function JobSummaries() {
  const translate = useTranslate();
  const format = useLocalFormat();
  const tierwise = useTierwise();
  const { data } = useQuery({ queryKey: ['jobs'], queryFn: () => tierwise.jobs(), refetchInterval: 10_000 });
  if (!data) return <LinearProgress />;
  const q = data.jobQueue;
  return (
    <Card variant="outlined" sx={{ mb: 2 }} data-testid="job-summaries">
      <CardContent>
        <Alert severity={q.failed ? 'warning' : 'info'} sx={{ mb: 1 }}>
          {translate(q.backend === 'bullmq' ? 'tierwise.jobs.onWorkers' : 'tierwise.jobs.inProcess', {
            waiting: q.waiting,
            active: q.active,
            delayed: q.delayed,
            failed: q.failed,
          })}
        </Alert>
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('tierwise.jobs.job')}</TableCell>
              <TableCell>{translate('tierwise.jobs.every')}</TableCell>
              <TableCell>{translate('tierwise.jobs.lastRun')}</TableCell>
              <TableCell>{translate('tierwise.jobs.lastSuccess')}</TableCell>
              <TableCell align="right">{translate('tierwise.jobs.runs24h')}</TableCell>
              <TableCell align="right">{translate('tierwise.jobs.failed24h')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {data.jobSummaries.map((j) => (
              <TableRow key={j.name} data-testid={`job-${j.name}`}>
                <TableCell>
                  <Typography variant="body2">{translate(`tierwise.jobs.names.${j.name}`, { _: j.description })}</Typography>
                  <Typography variant="caption" color="text.secondary">
                    {j.name}
                  </Typography>
                </TableCell>
                <TableCell>
                  {j.everySeconds === null ? translate('tierwise.jobs.onDemand') : translate('tierwise.jobs.seconds', { s: j.everySeconds })}
                </TableCell>
                <TableCell>
                  {j.lastRun ? (
                    <>
                      <Chip
                        size="small"
                        color={j.lastRun.status === 'FAILED' ? 'error' : j.lastRun.status === 'RUNNING' ? 'warning' : 'success'}
                        label={`${translate(`enums.JobRunStatus.${j.lastRun.status}`)}${j.lastRun.status === 'RUNNING' ? ` ${j.lastRun.progress}%` : ''}`}
                      />{' '}
                      {format.dateTime(j.lastRun.startedAt)}
                      {j.lastRun.error && (
                        <Typography variant="caption" color="error" sx={{ display: 'block' }}>
                          {j.lastRun.error}
                        </Typography>
                      )}
                    </>
                  ) : (
                    translate('tierwise.jobs.never')
                  )}
                </TableCell>
                <TableCell>{j.lastSucceededAt ? format.dateTime(j.lastSucceededAt) : '—'}</TableCell>
                <TableCell align="right">{j.runs24h}</TableCell>
                <TableCell align="right">{j.failed24h}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
}

const FILTERS = [<TextInput key="job" source="job" alwaysOn />, <SelectInput key="status" source="status" choices={choices.JobRunStatus} alwaysOn />];

/** Background jobs: the summary per job, then every run (newest first) with its progress and failure. */
function JobRunList() {
  const t = useTranslate();
  const format = useLocalFormat();
  const cards = {
    primaryText: (r: R) => `${r.job} · ${t(`enums.JobRunStatus.${r.status}`)}`,
    secondaryText: (r: R) => r.error ?? '',
    tertiaryText: (r: R) => format.dateTime(r.startedAt),
  };
  return (
    <>
      <JobSummaries />
      <ConsoleList filters={FILTERS} sort={{ field: 'startedAt', order: 'DESC' }} actions={<ListActions />}>
        <ResponsiveDatagrid {...cards} bulkActionButtons={false} empty={<EmptyState />}>
          <DateField source="startedAt" showTime />
          <TextField source="job" />
          <EnumField source="status" enumName="JobRunStatus" />
          <FunctionField source="progress" sortable={false} render={(r: { progress: number }) => `${r.progress}%`} />
          <NumberField source="count" />
          <TextField source="runner" sortable={false} />
          <DateField source="finishedAt" showTime emptyText="—" />
          <TextField source="error" sortable={false} emptyText="" />
        </ResponsiveDatagrid>
      </ConsoleList>
    </>
  );
}

export default { list: JobRunList };
