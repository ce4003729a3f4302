import { ArgsType, Field, GraphQLISODateTime, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsEnum, IsInt, IsOptional, Length, Max, MaxLength, Min } from 'class-validator';
import { ApiScope } from '@tierwise/domain';
import { UpdateArgs } from '../../common/catalogue-args';
import { BaseFilter } from '../../common/list';
import { OptionalId } from '../../common/input-fields';

@InputType('ApiClientFilter')
export class ApiClientFilter extends BaseFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @MaxLength(36) partnerId?: string;
}

@ArgsType()
export class CreateApiClientArgs {
  @OptionalId({ description: "Empty for a key of the institution's own systems (events:write, feedback:write)" })
  partnerId?: string | null;
  @Field(() => String) @Length(1, 120) name!: string;
  @Field(() => [ApiScope], { description: 'At most 10' }) @IsEnum(ApiScope, { each: true }) @ArrayMinSize(1) @ArrayMaxSize(10) scopes!: ApiScope[];
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'At most a year from now (the default)' }) @IsOptional() expiresAt?: Date;
  @Field(() => Int, { nullable: true, description: 'Cost points per minute (default 1,000)' })
  @IsOptional()
  @IsInt()
  @Min(10)
  @Max(1_000_000)
  pointsPerMinute?: number;
}

@ArgsType()
export class UpdateApiClientArgs extends UpdateArgs {
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 120) name?: string;
  @Field(() => [ApiScope], { nullable: true, description: 'At most 10' })
  @IsOptional()
  @IsEnum(ApiScope, { each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  scopes?: ApiScope[];
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(10) @Max(1_000_000) pointsPerMinute?: number;
  @Field(() => Boolean, { nullable: true, description: 'true revokes the key at once (for good)' }) @IsOptional() @IsBoolean() revoked?: boolean;
}
