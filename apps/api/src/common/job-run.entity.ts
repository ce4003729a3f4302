import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { JobRunStatus } from './enums';

/**
 * One run of a background job (scheduled or enqueued), whichever process ran it: what it did, how far it got, how it
 * ended. The jobs page and `/metrics` read these; runs older than a week are pruned by the housekeeping job.
 */
@ObjectType('JobRun', { simpleResolvers: true })
@Entity('job_run')
@Index('IDX_job_run_job', ['job', 'startedAt'])
@Index('IDX_job_run_started', ['startedAt'])
export class JobRun {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Field(() => String, { description: 'The job, e.g. sla or campaign-send' })
  @Column({ type: 'varchar', length: 40 })
  job!: string;

  @Field(() => String, { description: 'The queue’s id of the job (a retried job keeps it)' })
  @Column({ type: 'varchar', length: 120 })
  jobKey!: string;

  @Field(() => Int, { description: 'Which attempt this run was (1 for the first)' })
  @Column({ type: 'int' })
  attempt!: number;

  @Field(() => JobRunStatus)
  @Column({ type: 'varchar', length: 12 })
  status!: JobRunStatus;

  @Field(() => Int, { description: 'Percent done, as the job last reported it' })
  @Column({ type: 'int', default: 0 })
  progress!: number;

  @Field(() => Int, { description: 'How many effects the run had (orders confirmed, messages sent, …)' })
  @Column({ type: 'int', default: 0 })
  count!: number;

  @Field(() => String, { nullable: true, description: 'Why the run failed (the error’s message)' })
  @Column({ type: 'varchar', length: 1000, nullable: true })
  error!: string | null;

  @Field(() => String, { description: 'The process that ran it: host:pid, and whether it was the API or a worker' })
  @Column({ type: 'varchar', length: 120 })
  runner!: string;

  @Field(() => GraphQLISODateTime)
  @Column({ type: 'datetime', precision: 6 })
  startedAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'datetime', precision: 6, nullable: true })
  finishedAt!: Date | null;
}
