import { systemContext } from '../../common/context';
import { jobs, minuteJobs } from '../../common/queue';
import { ServiceDeskService } from './service-desk.service';

// Idempotent by a unique key: one SLA event per (request, metric, kind).
jobs.define({
  name: 'sla',
  description: 'Service-level warnings and breaches recorded',
  everyMs: minuteJobs,
  run: ({ dataSource }) => ServiceDeskService.checkClocks(systemContext(dataSource, 'sla')),
});
