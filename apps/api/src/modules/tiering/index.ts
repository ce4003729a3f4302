// modules/tiering: Placing customers in tiers: re-tiering runs and tier history (adds Customer.tierHistory). Other modules and the app import only this file.
import { TierChange } from './tier-change.entity';
import { RetierJob } from './retier-job.entity';
import { TieringResolver } from './tiering.resolver';
export { RetierJob } from './retier-job.entity';
export { RetierService, resumeRetierJobs, tieringBatch, tieringWindows } from './retier.service';
export { TierChange } from './tier-change.entity';
export { TieringResolver };

/** The entities this module owns (the app assembles the data source from every module's list). */
export const entities = [TierChange, RetierJob];
/** The resolvers this module adds to the schema. */
export const resolvers = [TieringResolver];
