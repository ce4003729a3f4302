// modules/outreach: campaigns, triggers, the contact policy at send time, channels and their delivery reports. Other modules and the app import only this file.
import './outreach.jobs';
import { Campaign, ContactPolicySetting, OutboxMessage, OutreachMessage } from './outreach.entity';
import { CampaignPendingChangesResolver, CampaignResolver, OutboxMessageResolver, OutreachMessageResolver } from './outreach.resolver';
export { Campaign, OutreachMessage, OutboxMessage } from './outreach.entity';
export { outreachCallbackHandler } from './callbacks';
export { signBody, useChannelAdapter, WebhookAdapter, type ChannelAdapter, type OutgoingMessage } from './channels';
import { attributeConversions, deliver, fireTriggers, releaseDue, sendCampaign } from './sending';
/** The jobs' work, for the app's scripts (the benchmark) and tests that run it on a clock of their own. */
export const OutreachJobs = { attributeConversions, deliver, fireTriggers, releaseDue, sendCampaign };
export { OutreachService } from './outreach.service';
export { fireEvent, type CustomerEvent } from './sending';

/** The entities this module owns (the app assembles the data source from every module's list). */
export const entities = [Campaign, OutreachMessage, OutboxMessage, ContactPolicySetting];
/** The resolvers this module adds to the schema. */
export const resolvers = [CampaignResolver, CampaignPendingChangesResolver, OutreachMessageResolver, OutboxMessageResolver];
