import { ArgsType, Field, GraphQLISODateTime, InputType } from 'type-graphql';
import { IsOptional, Length, Matches } from 'class-validator';
import { UpdateArgs, type ArgsClass } from '../../common/catalogue-args';
import { InvestorRiskLevel, Language, LifeStage, Occupation } from '../../common/enums';
import { BaseFilter } from '../../common/list';
import { DecimalScalar } from '../../common/scalars';
import { OptionalEnum, OptionalId } from '../../common/input-fields';

@InputType('CustomerFilter')
export class CustomerFilter extends BaseFilter {
  @OptionalId()
  tierId?: string;

  @OptionalEnum(InvestorRiskLevel)
  riskLevel?: InvestorRiskLevel;

  @OptionalEnum(LifeStage)
  lifeStage?: LifeStage;

  @OptionalEnum(Occupation)
  occupation?: Occupation;

  @OptionalId({ description: "Only this advisor's portfolio" })
  advisorId?: string;
}

/**
 * The optional customer fields, the same on create, update and batch upsert. The risk level and its dates come only from
 * assessments (risk-profile), declared assets and income only from declarations, professional status only from evidence.
 */
function withCustomerFields<T extends ArgsClass>(Base: T, kind: 'args' | 'input' = 'args') {
  @(kind === 'args' ? ArgsType() : InputType(`${Base.name || 'Customer'}Fields`))
  class CustomerFields extends Base {
    @Field(() => String, { nullable: true })
    @IsOptional()
    @Matches(/^\+?[0-9 -]{5,32}$/, { message: 'phone must be a phone number' })
    phone?: string | null;

    @Field(() => String, { nullable: true })
    @IsOptional()
    @Matches(/^[0-9]{17}[0-9X]$|^[A-Z0-9]{6,20}$/, { message: 'idNumber must be an 18-character resident ID (or a passport number)' })
    idNumber?: string | null;

    @Field(() => GraphQLISODateTime, { nullable: true })
    birthDate?: Date | null;

    @OptionalEnum(Occupation)
    occupation?: Occupation | null;

    @OptionalEnum(LifeStage)
    lifeStage?: LifeStage | null;

    @OptionalEnum(Language, { description: 'The language of the messages the customer receives (Chinese unless set)' })
    language?: Language | null;

    @Field(() => DecimalScalar, { nullable: true })
    aum?: string;
  }
  return CustomerFields;
}

@ArgsType()
export class CreateCustomerArgs extends withCustomerFields(class {}) {
  @Field(() => String)
  @Length(1, 64)
  @Matches(/^[A-Za-z0-9_-]+$/, { message: 'externalRef uses letters, digits, "-" and "_"' })
  externalRef!: string;

  @Field(() => String)
  @Length(1, 120)
  name!: string;
}

@ArgsType()
export class UpdateCustomerArgs extends withCustomerFields(UpdateArgs) {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 120)
  name?: string;
}

/** Where a customer's own key and name are declared once for both the flat arguments and the batch input. */
class CustomerKey {}

/** One customer of a batch upsert, keyed by the institution's own id. */
@InputType('CustomerUpsertInput')
export class CustomerUpsertInput extends withCustomerFields(CustomerKey, 'input') {
  @Field(() => String)
  @Length(1, 64)
  @Matches(/^[A-Za-z0-9_-]+$/, { message: 'externalRef uses letters, digits, "-" and "_"' })
  externalRef!: string;

  @Field(() => String)
  @Length(1, 120)
  name!: string;
}

/** One day's AUM of one customer. */
@InputType('AumSnapshotInput')
export class AumSnapshotInput {
  @Field(() => String)
  @Length(1, 64)
  externalRef!: string;

  @Field(() => GraphQLISODateTime, { description: 'The day (any time of day; stored as midnight UTC)' })
  day!: Date;

  @Field(() => DecimalScalar)
  aum!: string;
}

/** One holding, keyed by the institution's own holding id. */
@InputType('HoldingInput')
export class HoldingInput {
  @Field(() => String)
  @Length(1, 64)
  @Matches(/^[A-Za-z0-9_-]+$/, { message: 'externalRef uses letters, digits, "-" and "_"' })
  externalRef!: string;

  @Field(() => String, { description: "The customer's externalRef" })
  @Length(1, 64)
  customerRef!: string;

  @Field(() => String, { description: 'The product code' })
  @Length(1, 40)
  productCode!: string;

  @Field(() => DecimalScalar)
  amount!: string;

  @Field(() => GraphQLISODateTime)
  startedAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  maturesAt?: Date | null;
}
