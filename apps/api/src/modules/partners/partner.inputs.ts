import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { IsEmail, IsEnum, IsInt, IsOptional, IsUrl, Length, Matches, MaxLength, Min } from 'class-validator';
import { PartnerKind, PartnerStatus } from '../../common/enums';
import { BaseFilter } from '../../common/list';

const CODE = /^[A-Z0-9][A-Z0-9_-]*$/;
const CODE_MESSAGE = 'code uses capital letters, digits, "-" and "_" (e.g. CHINA_FUND)';

@InputType('PartnerInstitutionFilter')
export class PartnerInstitutionFilter extends BaseFilter {
  @Field(() => PartnerKind, { nullable: true }) @IsOptional() @IsEnum(PartnerKind)
  kind?: PartnerKind;

  @Field(() => PartnerStatus, { nullable: true }) @IsOptional() @IsEnum(PartnerStatus)
  status?: PartnerStatus;
}

@ArgsType()
export class CreatePartnerInstitutionArgs {
  @Field(() => String) @Length(2, 40) @Matches(CODE, { message: CODE_MESSAGE })
  code!: string;

  @Field(() => String) @Length(1, 200)
  name!: string;

  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200)
  nameEn?: string | null;

  @Field(() => PartnerKind) @IsEnum(PartnerKind)
  kind!: PartnerKind;

  @Field(() => PartnerStatus, { nullable: true }) @IsOptional() @IsEnum(PartnerStatus)
  status?: PartnerStatus;

  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(120)
  contactName?: string | null;

  @Field(() => String, { nullable: true }) @IsOptional() @IsEmail({}, { message: 'contactEmail must be an email address' }) @MaxLength(200)
  contactEmail?: string | null;

  @Field(() => String, { nullable: true }) @IsOptional() @Matches(/^\+?[0-9 ()-]{5,40}$/, { message: 'contactPhone must be a phone number' })
  contactPhone?: string | null;

  @Field(() => String, { nullable: true }) @IsOptional() @IsUrl({ require_protocol: true }, { message: 'website must be a full URL, e.g. https://example.com' }) @MaxLength(300)
  website?: string | null;
}

@ArgsType()
export class UpdatePartnerInstitutionArgs {
  @Field(() => ID) @MaxLength(36)
  id!: string;

  @Field(() => Int) @IsInt() @Min(1)
  version!: number;

  @Field(() => String, { nullable: true }) @IsOptional() @Length(2, 40) @Matches(CODE, { message: CODE_MESSAGE })
  code?: string;

  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 200)
  name?: string;

  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200)
  nameEn?: string | null;

  @Field(() => PartnerKind, { nullable: true }) @IsOptional() @IsEnum(PartnerKind)
  kind?: PartnerKind;

  @Field(() => PartnerStatus, { nullable: true }) @IsOptional() @IsEnum(PartnerStatus)
  status?: PartnerStatus;

  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(120)
  contactName?: string | null;

  @Field(() => String, { nullable: true }) @IsOptional() @IsEmail({}, { message: 'contactEmail must be an email address' }) @MaxLength(200)
  contactEmail?: string | null;

  @Field(() => String, { nullable: true }) @IsOptional() @Matches(/^\+?[0-9 ()-]{5,40}$/, { message: 'contactPhone must be a phone number' })
  contactPhone?: string | null;

  @Field(() => String, { nullable: true }) @IsOptional() @IsUrl({ require_protocol: true }, { message: 'website must be a full URL, e.g. https://example.com' }) @MaxLength(300)
  website?: string | null;
}
