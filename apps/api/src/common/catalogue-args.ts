import { ArgsType, Field, ID, Int } from 'type-graphql';
import { IsInt, IsOptional, Length, Matches, MaxLength, Min } from 'class-validator';
import { CATALOGUE_CODE } from '@tierwise/domain';

const CODE = CATALOGUE_CODE.pattern;
const CODE_RULE = { message: 'code uses capital letters, digits, "-" and "_" (e.g. WM-FLEX-001)' };

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- mixins need a constructor of any arguments
export type ArgsClass<T = object> = new (...args: any[]) => T;

/** The identity of a new catalogue record: its code and names. */
@ArgsType()
export class CreateCatalogueArgs {
  @Field(() => String)
  @Length(CATALOGUE_CODE.minLength, CATALOGUE_CODE.maxLength)
  @Matches(CODE, CODE_RULE)
  code!: string;

  @Field(() => String)
  @Length(1, 200)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  nameEn?: string | null;
}

/** Which record an update changes, and the version the caller read (optimistic locking). */
@ArgsType()
export class UpdateArgs {
  @Field(() => ID)
  @MaxLength(36)
  id!: string;

  @Field(() => Int, { description: 'The version you read; a stale one is refused with CONFLICT' })
  @IsInt()
  @Min(1)
  version!: number;
}

/** An update of a catalogue record: every field is optional (left out = unchanged). */
@ArgsType()
export class UpdateCatalogueArgs extends UpdateArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(CATALOGUE_CODE.minLength, CATALOGUE_CODE.maxLength)
  @Matches(CODE, CODE_RULE)
  code?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  nameEn?: string | null;
}
