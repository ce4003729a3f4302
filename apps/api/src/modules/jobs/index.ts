// modules/jobs: the read side of background jobs (the queue itself is in the kernel). Other modules and the app import only this file.
import { JobRun } from '../../common/job-run.entity';
import { JobRunResolver } from './jobs.resolver';
export { JobRunResolver };

/** The entities this module owns (the app assembles the data source from every module's list). */
export const entities = [JobRun];
/** The resolvers this module adds to the schema. */
export const resolvers = [JobRunResolver];
