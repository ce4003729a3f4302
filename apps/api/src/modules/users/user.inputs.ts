import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsEmail, IsEnum, IsInt, IsOptional, Length, MaxLength, Min } from 'class-validator';
import { ChangeResource, Role } from '../../common/enums';
import { BaseFilter } from '../../common/list';
import { OptionalEnum } from '../../common/input-fields';

const PASSWORD = { message: 'password must be 10 to 200 characters' };

@InputType('UserFilter')
export class UserFilter extends BaseFilter {
  @OptionalEnum(Role)
  role?: Role;
}

@ArgsType()
export class CreateUserArgs {
  @Field(() => String)
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(200)
  email!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(120)
  displayName?: string | null;

  @Field(() => Role)
  @IsEnum(Role)
  role!: Role;

  @Field(() => String)
  @Length(10, 200, PASSWORD)
  password!: string;

  @Field(() => [ChangeResource], { nullable: true, description: 'Four eyes: the resources whose changes the user may approve; at most 20' })
  @IsOptional()
  @IsEnum(ChangeResource, { each: true })
  @ArrayMaxSize(20)
  approves?: ChangeResource[];

  @Field(() => ID, { nullable: true, description: "An advisor's manager" })
  @IsOptional()
  @MaxLength(36)
  managerId?: string | null;
}

@ArgsType()
export class UpdateUserArgs {
  @Field(() => ID)
  @MaxLength(36)
  id!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(120)
  displayName?: string | null;

  @OptionalEnum(Role)
  role?: Role;

  @Field(() => String, { nullable: true, description: 'A new password (leave out to keep the current one)' })
  @IsOptional()
  @Length(10, 200, PASSWORD)
  password?: string;

  @Field(() => [ChangeResource], { nullable: true, description: 'Four eyes: the resources whose changes the user may approve; at most 20' })
  @IsOptional()
  @IsEnum(ChangeResource, { each: true })
  @ArrayMaxSize(20)
  approves?: ChangeResource[];

  @Field(() => ID, { nullable: true, description: "An advisor's manager" })
  @IsOptional()
  @MaxLength(36)
  managerId?: string | null;
}
