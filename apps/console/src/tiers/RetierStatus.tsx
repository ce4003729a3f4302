import Autorenew from '@mui/icons-material/Autorenew';
import { Alert, LinearProgress, Stack, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, useNotify, usePermissions, useTranslate } from 'react-admin';
import { Role, roleAtLeast } from '@tierwise/domain';
import { useCodedText, useLocalFormat } from '../fields';
import { useTierwise } from '../dataProvider';

/**
 * The latest re-tiering run (on demand, or started by a change of the tier ranges), followed while it runs, and a
 * button to re-tier everyone now.
 */
export function RetierStatus() {
  const translate = useTranslate();
  const format = useLocalFormat();
  const coded = useCodedText();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const { permissions } = usePermissions<Role | null>();
  const tierwise = useTierwise();
  const { data: job } = useQuery({
    queryKey: ['latestRetierJob'],
    queryFn: () => tierwise.latestRetierJob(),
    refetchInterval: (query) => (query.state.data?.status === 'RUNNING' ? 1000 : 10_000),
  });
  const start = async () => {
    try {
      await tierwise.startRetier();
      await queryClient.invalidateQueries({ queryKey: ['latestRetierJob'] });
    } catch (error) {
      notify((error as Error).message, { type: 'error' }); // e.g. a run is already in progress (CONFLICT)
    }
  };
  const running = job?.status === 'RUNNING';
  const percent = job && job.total > 0 ? Math.round((100 * job.processed) / job.total) : 100;
  return (
    <Alert
      severity={job?.status === 'FAILED' ? 'error' : 'info'}
      icon={<Autorenew />}
      sx={{ mt: 2 }}
      data-testid="retier-status"
      action={permissions && roleAtLeast(permissions, Role.PRODUCT_MANAGER) && !running ? <Button label="tierwise.retier.start" onClick={start} /> : undefined}
    >
      {!job ? (
        translate('tierwise.retier.none')
      ) : (
        <Stack spacing={0.5}>
          <Typography variant="body2">
            {translate(`tierwise.retier.status.${job.status}`, { _: job.status })} ·{' '}
            {coded('retierReasons', { code: job.reasonCode, params: job.reasonParams, fallback: job.reason })} · {job.requestedBy} ·{' '}
            {format.dateTime(job.startedAt)}
          </Typography>
          {job.scope === 'DUE' && <Typography variant="body2">{translate('tierwise.retier.scope.DUE')}</Typography>}
          <Typography variant="body2">
            {translate('tierwise.retier.progress', {
              processed: format.number(job.processed),
              total: format.number(job.total),
              percent,
              changed: format.number(job.changed),
            })}
          </Typography>
          {running && <LinearProgress variant="determinate" value={percent} />}
          {job.error && (
            <Typography variant="body2" color="error">
              {job.error}
            </Typography>
          )}
        </Stack>
      )}
    </Alert>
  );
}
