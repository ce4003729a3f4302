import { Field, GraphQLISODateTime, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';
import { MAX_IDS } from '../../common/list';
import { AuditAction } from '../../common/enums';
import { OptionalEnum, OptionalId } from '../../common/input-fields';

@InputType('AuditEventFilter')
export class AuditEventFilter {
  @Field(() => [ID], { nullable: true, description: `Only these ids; at most ${MAX_IDS}` })
  @IsOptional()
  @ArrayMaxSize(MAX_IDS)
  @MaxLength(36, { each: true })
  ids?: string[];

  @Field(() => String, { nullable: true, description: 'e.g. Product' })
  @IsOptional()
  @MaxLength(40)
  entityType?: string;

  @OptionalId()
  entityId?: string;

  @Field(() => String, { nullable: true, description: "The acting user's email" })
  @IsOptional()
  @MaxLength(200)
  actor?: string;

  @OptionalEnum(AuditAction)
  action?: AuditAction;

  @Field(() => GraphQLISODateTime, { nullable: true })
  occurredFrom?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  occurredTo?: Date;
}
