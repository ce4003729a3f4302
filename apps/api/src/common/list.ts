import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ArrayMaxSize, IsIn, IsInt, IsOptional, Max, MaxLength, Min } from 'class-validator';

export const MAX_PAGE_SIZE = 100;
/** The most ids a get-many filter takes (react-admin asks for a page's references at once). */
export const MAX_IDS = 1000;

/** react-admin's list arguments (ra-data-graphql-simple): 0-based page, page size, sort. */
@ArgsType()
export class ListArgs {
  @Field(() => Int, { nullable: true, description: '0-based page number' })
  @IsOptional()
  @IsInt()
  @Min(0)
  page?: number;

  @Field(() => Int, { nullable: true, description: `Page size, 1–${MAX_PAGE_SIZE} (default 25)` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  perPage?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(40)
  sortField?: string;

  @Field(() => String, { nullable: true, description: 'ASC or DESC' })
  @IsOptional()
  @IsIn(['ASC', 'DESC', 'asc', 'desc'])
  sortOrder?: string;
}

/** The count react-admin asks for with `_allXMeta`. */
@ObjectType('ListMetadata')
export class ListMetadata {
  @Field(() => Int)
  count!: number;
}

/** Filters every list accepts: get-many by ids, and free-text search. */
@InputType('BaseFilter')
export class BaseFilter {
  @Field(() => [ID], { nullable: true, description: `Only these ids (react-admin get-many); at most ${MAX_IDS}` })
  @IsOptional()
  @ArrayMaxSize(MAX_IDS)
  @MaxLength(36, { each: true })
  ids?: string[];

  @Field(() => String, { nullable: true, description: 'Free-text search on code and names' })
  @IsOptional()
  @MaxLength(100)
  q?: string;
}
