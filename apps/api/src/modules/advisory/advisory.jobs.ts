import { systemContext } from '../../common/context';
import { HOUR_MS, jobs } from '../../common/queue';
import { AdvisoryService } from './advisory.service';

// Follow-ups come due by the day: an hourly look is plenty. Idempotent by a unique key (customer, kind, basis).
jobs.define({
  name: 'follow-ups',
  description: 'Follow-ups made due from the tiers’ intervals',
  everyMs: () => HOUR_MS,
  run: ({ dataSource }) => AdvisoryService.generateFollowUps(systemContext(dataSource, 'follow-ups')),
});
