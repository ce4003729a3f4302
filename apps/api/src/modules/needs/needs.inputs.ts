import { ArgsType, Field, GraphQLISODateTime, ID, InputType, Int } from 'type-graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, Length, Max, MaxLength, Min } from 'class-validator';
import { BehaviourType } from '@tierwise/domain';
import { CreateCatalogueArgs, UpdateCatalogueArgs, type ArgsClass } from '../../common/catalogue-args';
import { NeedType } from '../../common/enums';
import { BaseFilter } from '../../common/list';
import { OptionalEnum } from '../../common/input-fields';

@InputType('NeedRuleFilter')
export class NeedRuleFilter extends BaseFilter {}

/** The rule's terms; on create the required ones are checked by the domain rules and the schema. */
function withRuleFields<T extends ArgsClass>(Base: T, required: boolean) {
  @ArgsType()
  class RuleFields extends Base {
    @OptionalEnum(BehaviourType, { description: 'Only events of this type count (any when empty)' })
    eventType?: BehaviourType | null;
    @Field(() => String, { nullable: !required }) @IsOptional() @Length(1, 64) topic?: string;
    @Field(() => Int, { nullable: !required }) @IsOptional() @IsInt() minEvents?: number;
    @Field(() => Int, { nullable: !required }) @IsOptional() @IsInt() windowDays?: number;
    @Field(() => NeedType, { nullable: !required }) @IsOptional() @IsEnum(NeedType) need?: NeedType;
    @Field(() => Int, { nullable: !required }) @IsOptional() @IsInt() weight?: number;
    @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() active?: boolean;
  }
  return RuleFields;
}

@ArgsType()
export class CreateNeedRuleArgs extends withRuleFields(CreateCatalogueArgs, true) {
  declare topic: string;
  declare minEvents: number;
  declare windowDays: number;
  declare need: NeedType;
  declare weight: number;
}

@ArgsType()
export class UpdateNeedRuleArgs extends withRuleFields(UpdateCatalogueArgs, false) {}

@InputType('BehaviourEventInput')
export class BehaviourEventInput {
  @Field(() => String, { description: "The sender's event id: an event sent twice is stored once" }) @Length(1, 64) id!: string;
  @Field(() => String, { description: "The customer's externalRef" }) @Length(1, 64) customerRef!: string;
  @Field(() => BehaviourType) @IsEnum(BehaviourType) type!: BehaviourType;
  @Field(() => String, { description: 'e.g. mortgage_rate, study_abroad, pension' }) @Length(1, 64) topic!: string;
  @Field(() => GraphQLISODateTime) occurredAt!: Date;
}

@ArgsType()
export class InterviewNeedArgs {
  @Field(() => ID) @MaxLength(36) customerId!: string;
  @Field(() => NeedType) @IsEnum(NeedType) need!: NeedType;
  @Field(() => Int, { description: 'How strong the need is, 1–100' }) @IsInt() @Min(1) @Max(100) weight!: number;
  @Field(() => String, { description: 'What the customer said' }) @Length(1, 1000) notes!: string;
  @Field(() => Int, { nullable: true, description: 'Days the need holds unless confirmed again (default 120: until the next quarterly interview is overdue)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(730)
  validDays?: number;
}
