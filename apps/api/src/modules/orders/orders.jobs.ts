import { systemContext } from '../../common/context';
import { jobs, minuteJobs } from '../../common/queue';
import { OrderService } from './order.service';

// Idempotent by a conditional update: an order is confirmed only while it is still in cooling-off.
jobs.define({
  name: 'cooling-off',
  description: 'Orders confirmed at the end of their cooling-off',
  everyMs: minuteJobs,
  run: ({ dataSource }) => OrderService.confirmDue(systemContext(dataSource, 'cooling-off')),
});
