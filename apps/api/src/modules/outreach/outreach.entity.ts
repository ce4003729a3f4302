import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import {
  AudienceKind,
  CampaignStatus,
  DeliveryEvent,
  MessageCategory,
  MessageChannel,
  MessageStatus,
  NeedType,
  TriggerKind,
  type ContactPolicy,
  type NotSentReason,
} from '@tierwise/domain';
import { CatalogueRecord } from '../../common/persistence/columns';

registerEnumType(CampaignStatus, { name: 'CampaignStatus', description: 'DRAFT → (approved) SCHEDULED → RUNNING → COMPLETED; PAUSED; CANCELLED' });
registerEnumType(AudienceKind, { name: 'AudienceKind', description: 'A saved segment, a detected need, a tier, or the holders of a product' });
registerEnumType(TriggerKind, { name: 'TriggerKind', description: 'What makes a trigger campaign send (none: a one-off at its instant)' });
registerEnumType(MessageChannel, { name: 'MessageChannel' });
registerEnumType(MessageCategory, {
  name: 'MessageCategory',
  description: 'MARKETING and REMINDER follow the contact policy; TRANSACTIONAL (never selling) is exempt from caps and quiet hours',
});
registerEnumType(MessageStatus, {
  name: 'MessageStatus',
  description: 'QUEUED → SENT → DELIVERED → OPENED → CLICKED / CONVERTED, or FAILED / BOUNCED; HELD by quiet hours; NOT_SENT with its reason',
});
registerEnumType(DeliveryEvent, { name: 'DeliveryEvent' });
export { AudienceKind, CampaignStatus, DeliveryEvent, MessageCategory, MessageChannel, MessageStatus, TriggerKind };

/** An outreach campaign: who (audience), how (channels), what (a template per language), when (once, or a trigger). */
@ObjectType('Campaign', { simpleResolvers: true })
@Entity('campaign')
@Index('UQ_campaign_code', ['code'], { unique: true })
@Index('IDX_campaign_status', ['status'])
export class Campaign extends CatalogueRecord {
  @Field(() => CampaignStatus)
  @Column({ type: 'varchar', length: 12 })
  status!: CampaignStatus;

  @Field(() => MessageCategory)
  @Column({ type: 'varchar', length: 16 })
  category!: MessageCategory;

  @Field(() => ID, { description: 'The user who owns the campaign' })
  @Column({ type: 'varchar', length: 36 })
  ownerId!: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 200 })
  ownerEmail!: string;

  @Field(() => AudienceKind)
  @Column({ type: 'varchar', length: 16 })
  audienceKind!: AudienceKind;

  @Field(() => String, { description: 'The saved segment’s or tier’s or product’s id, or the need (e.g. HOME_PURCHASE)' })
  @Column({ type: 'varchar', length: 40 })
  audienceRef!: string;

  @Field(() => [MessageChannel])
  @Column({ type: 'simple-json' })
  channels!: MessageChannel[];

  @Field(() => String, { description: 'The message in Chinese, with {{name}}, {{product}}, {{date}}, {{amount}}, {{tier}}' })
  @Column({ type: 'varchar', length: 600 })
  templateZh!: string;

  @Field(() => String, { nullable: true, description: 'The message in English (customers who prefer English; else the Chinese one)' })
  @Column({ type: 'varchar', length: 600, nullable: true })
  templateEn!: string | null;

  @Field(() => ID, { nullable: true, description: 'The product it is about ({{product}}; orders of it within 7 days are its conversions)' })
  @Column({ type: 'varchar', length: 36, nullable: true })
  productId!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'A one-off campaign sends from this instant' })
  @Column({ type: 'datetime', precision: 6, nullable: true })
  sendAt!: Date | null;

  @Field(() => TriggerKind, { nullable: true })
  @Column({ type: 'varchar', length: 16, nullable: true })
  trigger!: TriggerKind | null;

  @Field(() => [Int], { description: 'MATURITY: days before maturity to remind (7, 3 and 1 by default)' })
  @Column({ type: 'simple-json' })
  offsets!: number[];

  @Field(() => NeedType, { nullable: true, description: 'NEW_NEED: the kind of need' })
  @Column({ type: 'varchar', length: 32, nullable: true })
  triggerNeed!: NeedType | null;

  @Field(() => Int, { nullable: true, description: 'RECOMMENDATION: the least score (0–100)' })
  @Column({ type: 'int', nullable: true })
  minScore!: number | null;

  @Field(() => String, { nullable: true, description: 'Who approved it (four eyes), and when' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  approvedBy!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'datetime', precision: 6, nullable: true })
  approvedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'datetime', precision: 6, nullable: true })
  startedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'datetime', precision: 6, nullable: true })
  completedAt!: Date | null;

  /** How many times it started sending (once, plus each resume): the send job of each start is queued once. */
  @Column({ type: 'int', default: 0 })
  runs!: number;

  /** A one-off send's progress through its audience (customer ids in order), so a resumed send goes on from here. */
  @Column({ type: 'varchar', length: 36, nullable: true })
  cursor!: string | null;
}

/** One message to one customer on one channel, and everything that became of it. */
@ObjectType('OutreachMessage', { simpleResolvers: true })
@Entity('outreach_message')
@Index('UQ_outreach_message_key', ['dedupeKey'], { unique: true })
@Index('IDX_outreach_message_customer', ['customerId', 'sentAt'])
@Index('IDX_outreach_message_campaign', ['campaignId', 'status'])
@Index('IDX_outreach_message_status', ['status', 'holdUntil'])
@Index('IDX_outreach_message_sent', ['sentAt'])
@Index('IDX_outreach_message_order', ['orderId'])
export class OutreachMessage {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  /** What makes it unique: campaign, customer and channel; for a reminder, holding, offset and channel. */
  @Column({ type: 'varchar', length: 200 })
  dedupeKey!: string;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'varchar', length: 36, nullable: true })
  campaignId!: string | null;

  @Field(() => ID)
  @Column({ type: 'varchar', length: 36 })
  customerId!: string;

  @Field(() => MessageChannel)
  @Column({ type: 'varchar', length: 12 })
  channel!: MessageChannel;

  @Field(() => MessageCategory)
  @Column({ type: 'varchar', length: 16 })
  category!: MessageCategory;

  @Field(() => String, { description: 'What set it off: CAMPAIGN, or the trigger (MATURITY, NEW_NEED, …)' })
  @Column({ type: 'varchar', length: 16 })
  source!: string;

  @Field(() => String, { description: 'zh or en' })
  @Column({ type: 'varchar', length: 2 })
  language!: string;

  @Field(() => String, { description: 'The text as rendered for the customer' })
  @Column({ type: 'varchar', length: 700 })
  body!: string;

  @Field(() => MessageStatus)
  @Column({ type: 'varchar', length: 12 })
  status!: MessageStatus;

  @Field(() => String, {
    nullable: true,
    description: 'Why it was not sent (NO_CONSENT, CAP_REACHED, COOLING_OFF, SUPPRESSED, DUPLICATE, STALE) or is held (QUIET_HOURS_HELD)',
  })
  @Column({ type: 'varchar', length: 20, nullable: true })
  reason!: NotSentReason | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Held until then (quiet hours), then decided again' })
  @Column({ type: 'datetime', precision: 6, nullable: true })
  holdUntil!: Date | null;

  @Field(() => GraphQLJSONObject, { description: 'What it is about, re-checked when it goes: { holdingId, maturesAt, offset } or { needId } or { productId }' })
  @Column({ type: 'simple-json' })
  basis!: Record<string, string | number | null>;

  @Field(() => GraphQLISODateTime)
  @Column({ type: 'datetime', precision: 6 })
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was decided on last (sent, held or not sent)' })
  @Column({ type: 'datetime', precision: 6, nullable: true })
  decidedAt!: Date | null;

  /** A send in progress claims the message (at-least-once delivery to the channel; the message id is the idempotency key). */
  @Column({ type: 'datetime', precision: 6, nullable: true })
  claimedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'datetime', precision: 6, nullable: true })
  sentAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'datetime', precision: 6, nullable: true })
  deliveredAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'datetime', precision: 6, nullable: true })
  openedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'datetime', precision: 6, nullable: true })
  clickedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'datetime', precision: 6, nullable: true })
  convertedAt!: Date | null;

  @Field(() => ID, { nullable: true, description: 'The order attributed to it (within 7 days of sending)' })
  @Column({ type: 'varchar', length: 36, nullable: true })
  orderId!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'datetime', precision: 6, nullable: true })
  dismissedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'datetime', precision: 6, nullable: true })
  unsubscribedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'datetime', precision: 6, nullable: true })
  failedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'The channel’s error, for a failed or bounced message' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  error!: string | null;

  @Field(() => String, { nullable: true, description: 'The provider’s id of the message' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  providerMessageId!: string | null;

  @Field(() => Int, { description: 'Times it was handed to the channel (more than one only after a failure to hear back)' })
  @Column({ type: 'int', default: 0 })
  attempts!: number;
}

/** The development channel: messages "sent" are written here (once each) and shown in the console. */
@ObjectType('OutboxMessage', { simpleResolvers: true })
@Entity('outbox_message')
@Index('UQ_outbox_message', ['messageId'], { unique: true })
@Index('IDX_outbox_created', ['createdAt'])
export class OutboxMessage {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Field(() => ID)
  @Column({ type: 'varchar', length: 36 })
  messageId!: string;

  @Field(() => MessageChannel)
  @Column({ type: 'varchar', length: 12 })
  channel!: MessageChannel;

  @Field(() => ID)
  @Column({ type: 'varchar', length: 36 })
  customerId!: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 700 })
  body!: string;

  @Field(() => GraphQLISODateTime)
  @Column({ type: 'datetime', precision: 6 })
  createdAt!: Date;
}

/** The institution's contact policy (one row), as product managers set it. */
@Entity('contact_policy_setting')
export class ContactPolicySetting {
  @PrimaryColumn({ type: 'varchar', length: 16 })
  id!: string;

  @Column({ type: 'simple-json' })
  policy!: ContactPolicy;

  @Column({ type: 'int' })
  version!: number;

  @Column({ type: 'varchar', length: 200 })
  updatedBy!: string;

  @Column({ type: 'datetime', precision: 6 })
  updatedAt!: Date;
}
