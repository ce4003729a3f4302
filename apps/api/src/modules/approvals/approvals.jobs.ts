import { systemContext } from '../../common/context';
import { jobs, minuteJobs } from '../../common/queue';
import { ChangeRequestService } from './change-request.service';

// Idempotent by a conditional update: a change is applied only while it is still approved, in the write's transaction.
jobs.define({
  name: 'four-eyes',
  description: 'Approved changes applied at their effective instant',
  everyMs: minuteJobs,
  run: ({ dataSource }) => ChangeRequestService.applyDue(systemContext(dataSource, 'four-eyes')),
});
