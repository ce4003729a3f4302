// modules/kpis: the plan's KPIs measured from the records of every module below, by tier and month, with monthly snapshots. Other modules and the app import only this file.
import './kpi.jobs';
import { KpiSnapshot } from './kpi-snapshot.entity';
import { KpiResolver } from './kpi.resolver';
export { KpiSnapshot } from './kpi-snapshot.entity';
export { KpiService, snapshotDue, snapshotMonth } from './kpi.service';

/** The entities this module owns (the app assembles the data source from every module's list). */
export const entities = [KpiSnapshot];
/** The resolvers this module adds to the schema. */
export const resolvers = [KpiResolver];
