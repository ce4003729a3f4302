import {
  Arg,
  Args,
  Ctx,
  Field,
  FieldResolver,
  Float,
  GraphQLISODateTime,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
  registerEnumType,
} from 'type-graphql';
import { ApiScope, ChangeOperation, MessageCategory, MessageChannel, type ContactPolicy } from '@tierwise/domain';
import { ChangeArgs, ChangeRequestService, pendingChangesResolver, registerChange, versionOf } from '../approvals';
import { Allow, AllowOrScope } from '../../common/auth';
import type { RequestContext } from '../../common/context';
import { createReadResolver, createWriteResolver } from '../../common/crud.resolver';
import { ChangeResource, Role } from '../../common/enums';
import { assertListSize } from '../../common/errors';
import { Campaign, OutboxMessage, OutreachMessage } from './outreach.entity';
import {
  CampaignFilter,
  CampaignStepArgs,
  ContactPolicyInput,
  CreateCampaignArgs,
  DeliveryReportInput,
  OutboxMessageFilter,
  OutreachMessageFilter,
  UpdateCampaignArgs,
} from './outreach.inputs';
import { OutreachService } from './outreach.service';

@ObjectType('NotSentCount')
class NotSentCount {
  @Field(() => String, { description: 'NO_CONSENT, CAP_REACHED, QUIET_HOURS_HELD (held, not lost), COOLING_OFF, SUPPRESSED, DUPLICATE, STALE' })
  reason!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('CampaignFunnel', { description: 'From the audience to conversions; each message not sent counted under its reason' })
class CampaignFunnel {
  @Field(() => Int, { description: 'Customers in the audience now' }) audience!: number;
  @Field(() => Int, { description: 'Messages made (a customer and a channel each)' }) messages!: number;
  @Field(() => Int, { description: 'Messages the contact policy let through (or holds for later)' }) eligible!: number;
  @Field(() => [NotSentCount]) notSent!: NotSentCount[];
  @Field(() => Int) queued!: number;
  @Field(() => Int, { description: 'Held by quiet hours, to go when they end' }) held!: number;
  @Field(() => Int) sent!: number;
  @Field(() => Int, { description: 'FAILED or BOUNCED' }) failed!: number;
  @Field(() => Int) delivered!: number;
  @Field(() => Int) opened!: number;
  @Field(() => Int) clicked!: number;
  @Field(() => Int, { description: 'Followed by an order of the product within 7 days' }) converted!: number;
}

@ObjectType('CampaignPreview')
class CampaignPreview {
  @Field(() => Int, { description: 'Customers in the audience now (before the contact policy)' }) audience!: number;
  @Field(() => String, { description: 'The Chinese message as the first customer of the audience would get it' }) zh!: string;
  @Field(() => String, { nullable: true }) en!: string | null;
}

@ObjectType('FrequencyCap')
class FrequencyCapType {
  @Field(() => MessageChannel) channel!: MessageChannel;
  @Field(() => MessageCategory) category!: MessageCategory;
  @Field(() => Int, { nullable: true }) perDay!: number | null;
  @Field(() => Int, { nullable: true }) perWeek!: number | null;
}

@ObjectType('ContactPolicy', {
  description: 'Caps per channel and category (calendar days in Asia/Shanghai), quiet hours, suppression after ignored approaches',
})
class ContactPolicyType {
  @Field(() => [FrequencyCapType]) caps!: FrequencyCapType[];
  @Field(() => String, { nullable: true, description: 'HH:MM local' }) quietFrom!: string | null;
  @Field(() => String, { nullable: true }) quietTo!: string | null;
  @Field(() => Int, { nullable: true }) ignored!: number | null;
  @Field(() => Int, { nullable: true }) withinDays!: number | null;
  @Field(() => Int, { nullable: true }) restDays!: number | null;
  @Field(() => Int, { description: 'Send it back with a change (a stale one is refused)' }) version!: number;
  @Field(() => String, { nullable: true }) updatedBy!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) updatedAt!: Date | null;
}

enum AccuracyDimension {
  campaign = 'campaign',
  channel = 'channel',
  tier = 'tier',
}
registerEnumType(AccuracyDimension, { name: 'AccuracyDimension' });

@ObjectType('PushAccuracy', { description: 'Of the delivered outreach messages, the share opened or acted on and neither dismissed nor unsubscribed' })
class PushAccuracyRow {
  @Field(() => String, { description: 'The campaign’s id, the channel, or the tier’s id (empty: none)' }) key!: string;
  @Field(() => Int) delivered!: number;
  @Field(() => Int) accurate!: number;
  @Field(() => Float, { nullable: true, description: '0–1; null when none was delivered' }) rate!: number | null;
}

const policyShape = (p: { policy: ContactPolicy; version: number; updatedBy: string | null; updatedAt: Date | null }): ContactPolicyType => ({
  caps: p.policy.caps.map((c) => ({ ...c })),
  quietFrom: p.policy.quietHours?.start ?? null,
  quietTo: p.policy.quietHours?.end ?? null,
  ignored: p.policy.suppression?.ignored ?? null,
  withinDays: p.policy.suppression?.withinDays ?? null,
  restDays: p.policy.suppression?.restDays ?? null,
  version: p.version,
  updatedBy: p.updatedBy,
  updatedAt: p.updatedAt,
});

/** Marketing content is approved before it goes out: scheduling a campaign is held for a checker. */
registerChange<{ id: string; version: number }>({
  mutation: 'scheduleCampaign',
  resource: ChangeResource.CAMPAIGN,
  operation: ChangeOperation.UPDATE,
  targets: async (ctx, args) => {
    const c = await OutreachService.get(ctx, args.id);
    const { id: _id, version: _v, createdAt: _c, updatedAt: _u, cursor: _cursor, ...before } = c;
    return [{ recordId: c.id, label: c.code, version: c.version, before }];
  },
  proposed: () => ({ status: 'SCHEDULED' }),
  run: (ctx, args) => OutreachService.schedule(ctx, args),
  held: (ctx, args) => OutreachService.get(ctx, args.id),
  currentVersion: (ctx, id) => versionOf(() => OutreachService.get(ctx, id)),
});

/** Campaigns: drafted freely, scheduled under four eyes, paused and resumed; their funnels and previews. */
@Resolver(() => Campaign)
export class CampaignResolver extends createWriteResolver({
  type: Campaign,
  plural: 'Campaigns',
  filter: CampaignFilter,
  createArgs: CreateCampaignArgs,
  updateArgs: UpdateCampaignArgs,
  service: OutreachService,
  read: Role.VIEWER,
  write: Role.PRODUCT_MANAGER,
}) {
  @Allow(Role.PRODUCT_MANAGER)
  @Mutation(() => Campaign, {
    description: 'Submit the campaign for approval; once approved it is SCHEDULED (a one-off sends at its instant, a trigger goes live). Under four eyes',
  })
  scheduleCampaign(@Ctx() ctx: RequestContext, @Args(() => CampaignStepArgs) args: CampaignStepArgs, @Args(() => ChangeArgs) change: ChangeArgs) {
    return ChangeRequestService.write(ctx, 'scheduleCampaign', { id: args.id, version: args.version }, change);
  }

  @Allow(Role.PRODUCT_MANAGER)
  @Mutation(() => Campaign, { description: 'Stop sending; nothing further goes out until it is resumed' })
  pauseCampaign(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return OutreachService.pause(ctx, id);
  }

  @Allow(Role.PRODUCT_MANAGER)
  @Mutation(() => Campaign, { description: 'Go on with the approved content (an edited campaign is scheduled again instead)' })
  resumeCampaign(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return OutreachService.resume(ctx, id);
  }

  @Allow(Role.PRODUCT_MANAGER)
  @Mutation(() => Campaign, { description: 'End the campaign for good' })
  cancelCampaign(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return OutreachService.cancel(ctx, id);
  }

  @FieldResolver(() => CampaignFunnel)
  funnel(@Root() campaign: Campaign, @Ctx() ctx: RequestContext) {
    return OutreachService.funnel(ctx, campaign);
  }

  @FieldResolver(() => CampaignPreview, { description: 'The audience’s size and the message rendered for its first customer' })
  preview(@Root() campaign: Campaign, @Ctx() ctx: RequestContext) {
    return OutreachService.preview(ctx, campaign);
  }

  @Allow(Role.VIEWER)
  @Query(() => [PushAccuracyRow], { description: 'Push accuracy by campaign, channel or tier, of messages sent since `since`' })
  pushAccuracy(@Ctx() ctx: RequestContext, @Arg('by', () => AccuracyDimension) by: AccuracyDimension, @Arg('since', () => GraphQLISODateTime) since: Date) {
    return OutreachService.accuracy(ctx, by, since);
  }

  @Allow(Role.VIEWER)
  @Query(() => ContactPolicyType, { description: 'The contact policy every message is decided by when it would go out' })
  async contactPolicy(@Ctx() ctx: RequestContext) {
    return policyShape(await OutreachService.policy(ctx));
  }

  @Allow(Role.PRODUCT_MANAGER)
  @Mutation(() => ContactPolicyType, { description: 'Set the contact policy (send the version you read)' })
  async setContactPolicy(
    @Ctx() ctx: RequestContext,
    @Arg('policy', () => ContactPolicyInput, { validate: true }) policy: ContactPolicyInput,
    @Arg('version', () => Int) version: number,
  ) {
    return policyShape(await OutreachService.setPolicy(ctx, policy, version));
  }

  @AllowOrScope(Role.PRODUCT_MANAGER, ApiScope.EVENTS_WRITE)
  @Mutation(() => Int, {
    description: 'What the app or a channel knows of messages (delivered, opened, clicked, dismissed, …); up to 1,000, all or none. Answers how many changed',
  })
  reportMessageEvents(
    @Ctx() ctx: RequestContext,
    @Arg('reports', () => [DeliveryReportInput], { validate: true, description: 'At most 1,000' }) reports: DeliveryReportInput[],
  ) {
    assertListSize('reports', reports, 1000);
    return OutreachService.report(ctx, reports);
  }
}

export const CampaignPendingChangesResolver = pendingChangesResolver(Campaign);

/** Every message, with what became of it and why any was not sent (a customer's contact history). */
@Resolver(() => OutreachMessage)
export class OutreachMessageResolver extends createReadResolver({
  type: OutreachMessage,
  plural: 'OutreachMessages',
  filter: OutreachMessageFilter,
  service: OutreachService.messages,
  read: Role.VIEWER,
}) {}

/** The development channel's messages. */
@Resolver(() => OutboxMessage)
export class OutboxMessageResolver extends createReadResolver({
  type: OutboxMessage,
  plural: 'OutboxMessages',
  filter: OutboxMessageFilter,
  service: OutreachService.outbox,
  read: Role.VIEWER,
}) {}
