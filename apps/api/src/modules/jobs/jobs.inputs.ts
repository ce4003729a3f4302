import { Field, GraphQLISODateTime, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';
import { MAX_IDS } from '../../common/list';
import { JobRunStatus } from '../../common/enums';
import { OptionalEnum } from '../../common/input-fields';

@InputType('JobRunFilter')
export class JobRunFilter {
  @Field(() => [ID], { nullable: true, description: `Only these ids; at most ${MAX_IDS}` })
  @IsOptional()
  @ArrayMaxSize(MAX_IDS)
  @MaxLength(36, { each: true })
  ids?: string[];

  @Field(() => String, { nullable: true, description: 'The job, e.g. sla' })
  @IsOptional()
  @MaxLength(40)
  job?: string;

  @OptionalEnum(JobRunStatus)
  status?: JobRunStatus;

  @Field(() => GraphQLISODateTime, { nullable: true })
  startedFrom?: Date;
}
