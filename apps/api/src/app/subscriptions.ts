import { events } from '../common/events';
import { RetierService } from '../modules/customers/retier.service';

/**
 * Who reacts to which domain event: wired here, in the composition root, so that the module that publishes (tiers) never
 * imports the one that reacts (customers' re-tiering). Imported by the data source, so every process that can change
 * data (the API, the seed, scripts) has the same subscribers.
 */
events.subscribe('tierRangesChanged', (ctx, change) => RetierService.afterTierRangesChanged(ctx, change));
