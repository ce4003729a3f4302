import { HOUR_MS, jobs } from '../../common/queue';
import { CreditLineService } from './credit-line.service';

// Idempotent by the database: a line's proposal is unique per review period (its month), so the hourly runs of a
// month after the first add nothing but what new conduct figures make the rules propose.
jobs.define({
  name: 'credit-review',
  description: 'Credit lines reviewed against the credit-line rules (once a month each); applied changes told to the customer',
  everyMs: () => HOUR_MS,
  run: ({ dataSource }) => CreditLineService.reviewAll(dataSource),
});
