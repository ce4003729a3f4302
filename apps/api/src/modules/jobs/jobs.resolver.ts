import { Ctx, Query, Resolver } from 'type-graphql';
import { Allow } from '../../common/auth';
import { createReadResolver } from '../../common/crud.resolver';
import { Role } from '../../common/enums';
import { JobRun } from '../../common/job-run.entity';
import type { RequestContext } from '../../common/context';
import { JobRunFilter } from './jobs.inputs';
import { JobService } from './jobs.service';
import { JobQueueState, JobSummary } from './jobs.types';

/** Background jobs are read here; they are started by the writes and schedules that need them. */
@Resolver(() => JobRun)
export class JobRunResolver extends createReadResolver({
  type: JobRun,
  plural: 'JobRuns',
  filter: JobRunFilter,
  service: JobService,
  read: Role.VIEWER,
}) {
  @Allow(Role.VIEWER)
  @Query(() => [JobSummary], { description: 'Every kind of background job with its schedule, last run and the last 24 hours' })
  jobSummaries(@Ctx() ctx: RequestContext): Promise<JobSummary[]> {
    return JobService.summaries(ctx);
  }

  @Allow(Role.VIEWER)
  @Query(() => JobQueueState, { description: 'Where background jobs run (a worker on Redis, or this process) and what waits' })
  jobQueue(): Promise<JobQueueState> {
    return JobService.queue();
  }
}
