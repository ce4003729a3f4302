import { ArgsType, Field, GraphQLISODateTime, ID, InputType, Int } from 'type-graphql';
import { IsBoolean, IsDate, IsInt, IsOptional, Length, MaxLength, Min } from 'class-validator';
import { ChangeRequestStatus, ChangeResource } from '../../common/enums';
import { OptionalEnum } from '../../common/input-fields';
import { BaseFilter } from '../../common/list';

/** What every write under four eyes also takes: when it applies, a note for the checker, or keep it as a draft. */
@ArgsType()
export class ChangeArgs {
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Four eyes: when the change applies once approved (leave out: as soon as approved)' })
  @IsOptional()
  @IsDate()
  changeEffectiveFrom?: Date | null;

  @Field(() => String, { nullable: true, description: 'Four eyes: a note for the checker' })
  @IsOptional()
  @MaxLength(500)
  changeNote?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Four eyes: keep the change as a draft (submit it later)' })
  @IsOptional()
  @IsBoolean()
  changeDraft?: boolean | null;
}

@InputType('ChangeRequestFilter')
export class ChangeRequestFilter extends BaseFilter {
  @OptionalEnum(ChangeRequestStatus)
  status?: ChangeRequestStatus;

  @OptionalEnum(ChangeResource)
  resource?: ChangeResource;

  @Field(() => ID, { nullable: true, description: 'Only the changes of this record' })
  @IsOptional()
  @MaxLength(64)
  recordId?: string;

  @Field(() => Boolean, { nullable: true, description: 'Only the changes I made' })
  @IsOptional()
  @IsBoolean()
  mine?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Only submitted changes I may decide (not mine, of a resource I check)' })
  @IsOptional()
  @IsBoolean()
  awaitingMe?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Only changes still open (draft, submitted, or approved and not yet applied)' })
  @IsOptional()
  @IsBoolean()
  open?: boolean;
}

@ArgsType()
export class ChangeDecisionArgs {
  @Field(() => ID) @MaxLength(36) id!: string;
  @Field(() => Int, { description: "The request's version (a stale one is refused)" }) @IsInt() @Min(1) version!: number;
}

@ArgsType()
export class RejectChangeArgs extends ChangeDecisionArgs {
  @Field(() => String, { description: 'Why (required; the maker reads it)' }) @Length(1, 1000) reason!: string;
}
