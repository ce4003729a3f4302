import { ArgsType, Field, InputType } from 'type-graphql';
import { IsEmail, IsEnum, IsOptional, IsUrl, Matches, MaxLength } from 'class-validator';
import { CreateCatalogueArgs, UpdateCatalogueArgs, type ArgsClass } from '../../common/catalogue-args';
import { PartnerKind, PartnerStatus } from '../../common/enums';
import { BaseFilter } from '../../common/list';
import { OptionalEnum } from '../../common/input-fields';

@InputType('PartnerInstitutionFilter')
export class PartnerInstitutionFilter extends BaseFilter {
  @OptionalEnum(PartnerKind)
  kind?: PartnerKind;

  @OptionalEnum(PartnerStatus)
  status?: PartnerStatus;
}

/** The optional partner fields, the same on create and update. */
function withPartnerFields<T extends ArgsClass>(Base: T) {
  @ArgsType()
  class PartnerFields extends Base {
    @OptionalEnum(PartnerStatus)
    status?: PartnerStatus;

    @Field(() => String, { nullable: true })
    @IsOptional()
    @MaxLength(120)
    contactName?: string | null;

    @Field(() => String, { nullable: true })
    @IsOptional()
    @IsEmail({}, { message: 'contactEmail must be an email address' })
    @MaxLength(200)
    contactEmail?: string | null;

    @Field(() => String, { nullable: true })
    @IsOptional()
    @Matches(/^\+?[0-9 ()-]{5,40}$/, { message: 'contactPhone must be a phone number' })
    contactPhone?: string | null;

    @Field(() => String, { nullable: true })
    @IsOptional()
    @IsUrl({ require_protocol: true }, { message: 'website must be a full URL, e.g. https://example.com' })
    @MaxLength(300)
    website?: string | null;
  }
  return PartnerFields;
}

@ArgsType()
export class CreatePartnerInstitutionArgs extends withPartnerFields(CreateCatalogueArgs) {
  @Field(() => PartnerKind)
  @IsEnum(PartnerKind)
  kind!: PartnerKind;
}

@ArgsType()
export class UpdatePartnerInstitutionArgs extends withPartnerFields(UpdateCatalogueArgs) {
  @OptionalEnum(PartnerKind)
  kind?: PartnerKind;
}
