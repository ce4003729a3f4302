import type { DataSource } from 'typeorm';
import { systemContext } from '../common/context';
import { logger } from '../common/observability';
import { OrderService } from '../modules/orders';

/** How often the in-process schedule runs (the outreach issue moves these jobs onto a worker and a queue). */
const EVERY_MS = 60_000;

/**
 * The periodic jobs of this process: orders whose cooling-off has ended are confirmed. Each run is idempotent (an order
 * is confirmed only while still in cooling-off, by a version-checked update), so two processes running it do no harm.
 */
export function startSchedules(dataSource: DataSource): () => void {
  const run = async () => {
    try {
      const confirmed = await OrderService.confirmDue(systemContext(dataSource, 'cooling-off'));
      if (confirmed) logger.info({ confirmed }, 'Orders confirmed at the end of their cooling-off');
    } catch (error) {
      logger.warn({ error: error instanceof Error ? error.message : String(error) }, 'Confirming orders after cooling-off failed; retrying next run');
    }
  };
  void run();
  const timer = setInterval(() => void run(), EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
