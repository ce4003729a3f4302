import { systemContext } from '../../common/context';
import { jobs, minuteJobs } from '../../common/queue';
import { WealthPlanningService } from './wealth-planning.service';

// Idempotent by a conditional move: a proposal expires only while it is still presented.
jobs.define({
  name: 'proposal-expiry',
  description: 'Presented proposals past their 30 days expired',
  everyMs: minuteJobs,
  run: ({ dataSource }) => WealthPlanningService.expireDue(systemContext(dataSource, 'proposal-expiry')),
});
