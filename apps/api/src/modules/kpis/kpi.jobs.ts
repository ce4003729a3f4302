import { HOUR_MS, jobs } from '../../common/queue';
import { snapshotDue } from './kpi.service';

// Idempotent by the database: one snapshot row per (month, scope), upserted; a month is closed on the first run after it ends.
jobs.define({
  name: 'kpi-snapshot',
  description: "The plan's KPIs measured for the current month by tier, and missing months of the last year filled in",
  everyMs: () => HOUR_MS,
  run: async ({ dataSource }) => (await snapshotDue(dataSource)).months.length,
});
