import { Field, Float, GraphQLISODateTime, Int, ObjectType } from 'type-graphql';
import { JobRun } from '../../common/job-run.entity';

@ObjectType('JobSummary', { description: 'One kind of background job: its schedule and how its recent runs went' })
export class JobSummary {
  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'What it does (English; the console translates by name)' })
  description!: string;

  @Field(() => Float, { nullable: true, description: 'Periodic: every this many seconds (null: run when enqueued)' })
  everySeconds!: number | null;

  @Field(() => JobRun, { nullable: true })
  lastRun!: JobRun | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  lastSucceededAt!: Date | null;

  @Field(() => Int, { description: 'Runs started in the last 24 hours' })
  runs24h!: number;

  @Field(() => Int, { description: 'Of them, failed' })
  failed24h!: number;

  @Field(() => Int, { description: 'Running now' })
  running!: number;
}

@ObjectType('JobQueueState', { description: 'Where background jobs run, and what waits' })
export class JobQueueState {
  @Field(() => String, { description: 'bullmq (worker processes on Redis) or in-process (no Redis: the API runs them)' })
  backend!: string;

  @Field(() => Int)
  waiting!: number;

  @Field(() => Int)
  active!: number;

  @Field(() => Int)
  delayed!: number;

  @Field(() => Int, { description: 'Failed for good (every attempt spent) and kept for inspection' })
  failed!: number;
}
