import { ArgsType, Field, ID, Int } from 'type-graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, Length, Max, MaxLength, Min } from 'class-validator';
import { ServiceCategory } from '@tierwise/domain';
import { ConsentKind } from '../../common/enums';
import { DecimalScalar } from '../../common/scalars';
import { AnswerInput } from '../risk-profile';

/** Every call of the customer-facing API names its customer. */
@ArgsType()
export class SelfArgs {
  @Field(() => ID, { description: 'The customer the app acts for (every answer concerns this customer only)' })
  @MaxLength(36)
  customerId!: string;
}

@ArgsType()
export class SelfRefArgs {
  @Field(() => String, { description: "The customer's number in the institution (externalRef)" })
  @Length(1, 64)
  customerRef!: string;
}

@ArgsType()
export class SelfAssessmentArgs extends SelfArgs {
  @Field(() => Int, { description: "The customer's version (from customerSelf): the answer changes their record, and a stale one is refused" })
  @IsInt()
  @Min(1)
  version!: number;
  @Field(() => [AnswerInput], { description: 'One per question; at most 50' }) answers!: AnswerInput[];
  @Field(() => Boolean, { defaultValue: false, description: 'The private-fund questionnaire (qualified investors)' }) @IsBoolean() forPrivateFunds!: boolean;
}

@ArgsType()
export class SelfConsentArgs extends SelfArgs {
  @Field(() => ConsentKind) @IsEnum(ConsentKind) kind!: ConsentKind;
  @Field(() => Boolean) @IsBoolean() granted!: boolean;
  @Field(() => ID, { nullable: true, description: 'For DATA_SHARING: the partner institution' }) @IsOptional() @MaxLength(36) partnerId?: string;
}

@ArgsType()
export class SelfPlaceOrderArgs extends SelfArgs {
  @Field(() => ID) @MaxLength(36) productId!: string;
  @Field(() => DecimalScalar, { description: "In the product's currency" }) amount!: string;
}

@ArgsType()
export class SelfOrderArgs extends SelfArgs {
  @Field(() => ID) @MaxLength(36) orderId!: string;
  @Field(() => Int, { description: "The order's version (a stale one is refused)" }) @IsInt() @Min(1) version!: number;
}

@ArgsType()
export class SelfConfirmWarningArgs extends SelfOrderArgs {
  @Field(() => Int, { description: 'The warning version the app showed (must be the one in force)' }) @IsInt() @Min(1) warningVersion!: number;
}

@ArgsType()
export class SelfCancelOrderArgs extends SelfOrderArgs {
  @Field(() => String) @Length(1, 500) reason!: string;
}

@ArgsType()
export class SelfRedeemArgs extends SelfArgs {
  @Field(() => ID) @MaxLength(36) benefitId!: string;
  @Field(() => String, { nullable: true, description: 'Up to 100 characters; send the same on a retry' }) @IsOptional() @Length(1, 100) idempotencyKey?: string;
  @Field(() => Boolean, { nullable: true, description: 'Hold it against the quota (a booking) instead of consuming it' })
  @IsOptional()
  @IsBoolean()
  reserve?: boolean;
}

@ArgsType()
export class SelfOpenRequestArgs extends SelfArgs {
  @Field(() => ServiceCategory) @IsEnum(ServiceCategory) category!: ServiceCategory;
  @Field(() => String) @Length(1, 2000) description!: string;
}

@ArgsType()
export class SelfReplyArgs extends SelfArgs {
  @Field(() => ID) @MaxLength(36) requestId!: string;
  @Field(() => String) @Length(1, 4000) body!: string;
}

@ArgsType()
export class SelfRateArgs extends SelfArgs {
  @Field(() => ID) @MaxLength(36) requestId!: string;
  @Field(() => Int, { description: '1 (poor) to 5 (excellent)' }) @IsInt() @Min(1) @Max(5) rating!: number;
}

@ArgsType()
export class SelfNeedArgs extends SelfArgs {
  @Field(() => ID) @MaxLength(36) needId!: string;
}
