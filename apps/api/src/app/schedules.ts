import type { DataSource } from 'typeorm';
import { systemContext } from '../common/context';
import { logger } from '../common/observability';
import { ChangeRequestService } from '../modules/approvals';
import { OrderService } from '../modules/orders';
import { ServiceDeskService } from '../modules/service-desk';
import { AdvisoryService } from '../modules/advisory';

/** How often the in-process schedule runs (SCHEDULE_INTERVAL_MS; the outreach issue moves these jobs onto a worker and a queue). */
const everyMs = () => Math.max(100, Number(process.env.SCHEDULE_INTERVAL_MS ?? 60_000) || 60_000);

/**
 * The periodic jobs of this process: orders whose cooling-off has ended are confirmed, and approved changes whose
 * effective instant has come are applied, and service-level warnings and breaches are recorded (once each, by a unique row). Each is idempotent (an order is confirmed only while still in cooling-off, a
 * change applied only while still approved, each by a conditional update in the write's transaction), so two
 * processes running them do no harm.
 */
export function startSchedules(dataSource: DataSource): () => void {
  // Follow-ups come due by the day: an hourly look is plenty (and keeps a large customer base off every minute's run).
  let followUpsRanAt = 0;
  const hourly = (job: () => Promise<number>) => async () => {
    if (Date.now() - followUpsRanAt < 3_600_000) return 0;
    followUpsRanAt = Date.now();
    return job();
  };
  const jobs: [string, () => Promise<number>, string][] = [
    ['cooling-off', () => OrderService.confirmDue(systemContext(dataSource, 'cooling-off')), 'Orders confirmed at the end of their cooling-off'],
    ['four-eyes', () => ChangeRequestService.applyDue(systemContext(dataSource, 'four-eyes')), 'Approved changes applied at their effective instant'],
    ['sla', () => ServiceDeskService.checkClocks(systemContext(dataSource, 'sla')), 'Service-level warnings and breaches recorded'],
    ['follow-ups', hourly(() => AdvisoryService.generateFollowUps(systemContext(dataSource, 'follow-ups'))), 'Follow-ups made due from the tiers’ intervals'],
  ];
  const run = async () => {
    for (const [name, job, done] of jobs) {
      try {
        const count = await job();
        if (count) logger.info({ job: name, count }, done);
      } catch (error) {
        logger.warn({ job: name, error: error instanceof Error ? error.message : String(error) }, 'A scheduled job failed; retrying next run');
      }
    }
  };
  void run();
  const timer = setInterval(() => void run(), everyMs());
  timer.unref();
  return () => clearInterval(timer);
}
