import { Field, ID, InputType } from 'type-graphql';
import { IsEnum, IsOptional, MaxLength } from 'class-validator';
import { FulfilmentStatus, ReferralStatus } from '../../common/enums';
import { BaseFilter } from '../../common/list';

@InputType('ReferralFilter')
export class ReferralFilter extends BaseFilter {
  @Field(() => ReferralStatus, { nullable: true }) @IsOptional() @IsEnum(ReferralStatus) status?: ReferralStatus;
  @Field(() => ID, { nullable: true }) @IsOptional() @MaxLength(36) partnerId?: string;
}

@InputType('FulfilmentOrderFilter')
export class FulfilmentOrderFilter extends BaseFilter {
  @Field(() => FulfilmentStatus, { nullable: true }) @IsOptional() @IsEnum(FulfilmentStatus) status?: FulfilmentStatus;
  @Field(() => ID, { nullable: true }) @IsOptional() @MaxLength(36) partnerId?: string;
}
