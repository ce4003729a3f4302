import { ArgsType, Field, GraphQLISODateTime, ID, InputType, Int } from 'type-graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { NeedType } from '@tierwise/domain';
import { CreateCatalogueArgs, UpdateCatalogueArgs, type ArgsClass } from '../../common/catalogue-args';
import { OptionalEnum, OptionalId } from '../../common/input-fields';
import { BaseFilter } from '../../common/list';
import { AudienceKind, CampaignStatus, DeliveryEvent, MessageCategory, MessageChannel, MessageStatus, TriggerKind } from './outreach.entity';

@InputType('CampaignFilter')
export class CampaignFilter extends BaseFilter {
  @OptionalEnum(CampaignStatus) status?: CampaignStatus;
  @OptionalEnum(TriggerKind) trigger?: TriggerKind;
}

function withCampaignFields<T extends ArgsClass>(Base: T, required: boolean) {
  @ArgsType()
  class CampaignFields extends Base {
    @Field(() => MessageCategory, { nullable: true, description: 'MARKETING (default) or REMINDER; transactional messages are not campaigns' })
    @IsOptional()
    @IsEnum(MessageCategory)
    category?: MessageCategory;

    @Field(() => AudienceKind, { nullable: !required })
    @IsOptional()
    @IsEnum(AudienceKind)
    audienceKind?: AudienceKind;

    @Field(() => String, { nullable: !required, description: 'The saved segment’s, tier’s or product’s id, or the need (e.g. HOME_PURCHASE)' })
    @IsOptional()
    @Length(1, 40)
    audienceRef?: string;

    @Field(() => [MessageChannel], { nullable: !required, description: 'One to three channels (at most 3)' })
    @IsOptional()
    @ArrayMinSize(1)
    @ArrayMaxSize(3)
    @ArrayUnique()
    @IsEnum(MessageChannel, { each: true })
    channels?: MessageChannel[];

    @Field(() => String, {
      nullable: !required,
      description: 'The message in Chinese; variables {{name}} (masked), {{product}}, {{date}}, {{amount}}, {{tier}}',
    })
    @IsOptional()
    @Length(1, 600)
    templateZh?: string;

    @Field(() => String, { nullable: true, description: 'The message in English' })
    @IsOptional()
    @MaxLength(600)
    templateEn?: string | null;

    @OptionalId({ description: 'The product it is about' })
    productId?: string | null;

    @Field(() => GraphQLISODateTime, { nullable: true, description: 'A one-off campaign sends from this instant (as soon as approved when left out)' })
    @IsOptional()
    sendAt?: Date | null;

    @Field(() => TriggerKind, { nullable: true, description: 'Leave out for a one-off campaign' })
    @IsOptional()
    @IsEnum(TriggerKind)
    trigger?: TriggerKind | null;

    @Field(() => [Int], { nullable: true, description: 'MATURITY: days before maturity, 1–90; at most 5 (7, 3 and 1 by default)' })
    @IsOptional()
    @ArrayMaxSize(5)
    @ArrayUnique()
    @IsInt({ each: true })
    @Min(1, { each: true })
    @Max(90, { each: true })
    offsets?: number[];

    @Field(() => NeedType, { nullable: true, description: 'NEW_NEED: the kind of need' })
    @IsOptional()
    @IsEnum(NeedType)
    triggerNeed?: NeedType | null;

    @Field(() => Int, { nullable: true, description: 'RECOMMENDATION: the least score, 0–100' })
    @IsOptional()
    @IsInt()
    @Min(0)
    @Max(100)
    minScore?: number | null;
  }
  return CampaignFields;
}

@ArgsType()
export class CreateCampaignArgs extends withCampaignFields(CreateCatalogueArgs, true) {}

@ArgsType()
export class UpdateCampaignArgs extends withCampaignFields(UpdateCatalogueArgs, false) {}

@ArgsType()
export class CampaignStepArgs {
  @Field(() => ID) @MaxLength(36) id!: string;
  @Field(() => Int, { description: "The campaign's version (a stale one is refused)" }) @IsInt() @Min(1) version!: number;
}

@InputType('OutreachMessageFilter')
export class OutreachMessageFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these ids; at most 100' })
  @IsOptional()
  @ArrayMaxSize(100)
  @MaxLength(36, { each: true })
  ids?: string[];

  @OptionalId() customerId?: string;
  @OptionalId() campaignId?: string;
  @OptionalEnum(MessageStatus) status?: MessageStatus;
  @OptionalEnum(MessageChannel) channel?: MessageChannel;

  @Field(() => String, { nullable: true, description: 'Only those not sent (or held) for this reason, e.g. CAP_REACHED' })
  @IsOptional()
  @Matches(/^[A-Z_]{1,20}$/)
  reason?: string;
}

@InputType('OutboxMessageFilter')
export class OutboxMessageFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these ids; at most 100' })
  @IsOptional()
  @ArrayMaxSize(100)
  @MaxLength(36, { each: true })
  ids?: string[];

  @OptionalId() customerId?: string;
  @OptionalEnum(MessageChannel) channel?: MessageChannel;
}

@InputType('FrequencyCapInput')
export class FrequencyCapInput {
  @Field(() => MessageChannel) @IsEnum(MessageChannel) channel!: MessageChannel;
  @Field(() => MessageCategory) @IsEnum(MessageCategory) category!: MessageCategory;
  @Field(() => Int, { nullable: true, description: 'At most this many a calendar day (none: no daily cap); 0–50' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(50)
  perDay?: number | null;
  @Field(() => Int, { nullable: true, description: 'At most this many in 7 calendar days; 0–200' }) @IsOptional() @IsInt() @Min(0) @Max(200) perWeek?:
    number | null;
}

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

@InputType('ContactPolicyInput')
export class ContactPolicyInput {
  @Field(() => [FrequencyCapInput], { description: 'At most 9 (a channel and category each)' })
  @ArrayMaxSize(9)
  @ValidateNested({ each: true })
  caps!: FrequencyCapInput[];

  @Field(() => String, { nullable: true, description: 'Quiet hours from, HH:MM local (none: no quiet hours)' })
  @IsOptional()
  @Matches(HHMM, { message: 'quietFrom is a time of day, HH:MM' })
  quietFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'Quiet hours to, HH:MM local' })
  @IsOptional()
  @Matches(HHMM, { message: 'quietTo is a time of day, HH:MM' })
  quietTo?: string | null;

  @Field(() => Int, { nullable: true, description: 'Suppression: after this many ignored approaches… (none: no suppression); 1–20' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(20)
  ignored?: number | null;

  @Field(() => Int, { nullable: true, description: '…within this many days (1–365)…' }) @IsOptional() @IsInt() @Min(1) @Max(365) withinDays?: number | null;
  @Field(() => Int, { nullable: true, description: '…the customer rests this many days (1–365)' }) @IsOptional() @IsInt() @Min(1) @Max(365) restDays?:
    number | null;
}

@InputType('DeliveryReportInput')
export class DeliveryReportInput {
  @Field(() => ID) @MaxLength(36) messageId!: string;
  @Field(() => DeliveryEvent) @IsEnum(DeliveryEvent) event!: DeliveryEvent;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it happened (now when left out)' }) @IsOptional() at?: Date | null;
  @Field(() => String, { nullable: true, description: 'For FAILED and BOUNCED: why' }) @IsOptional() @MaxLength(500) error?: string | null;
}

@ArgsType()
export class PreviewCampaignArgs {
  @Field(() => ID) @MaxLength(36) id!: string;
  @Field(() => Boolean, { nullable: true, description: 'Render for a sample customer of the audience (the first); else with placeholders' })
  @IsOptional()
  @IsBoolean()
  sample?: boolean;
}
