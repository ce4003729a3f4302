import { calendarDay, DEFAULT_TIME_ZONE } from './calendar';
import { MessageCategory, MessageChannel } from './contact-policy';

const DAY = 24 * 60 * 60 * 1000;

/** A campaign's life: drafted, approved and scheduled, sending (or, for a trigger, live), paused, done. */
export enum CampaignStatus {
  DRAFT = 'DRAFT',
  /** Approved; a one-off send waits for its instant, a trigger campaign for its first run. */
  SCHEDULED = 'SCHEDULED',
  /** Sending (a one-off) or live (a trigger: messages go as the trigger fires). */
  RUNNING = 'RUNNING',
  PAUSED = 'PAUSED',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}

export const CAMPAIGN_TRANSITIONS: Readonly<Record<CampaignStatus, readonly CampaignStatus[]>> = {
  [CampaignStatus.DRAFT]: [CampaignStatus.SCHEDULED, CampaignStatus.CANCELLED],
  [CampaignStatus.SCHEDULED]: [CampaignStatus.RUNNING, CampaignStatus.PAUSED, CampaignStatus.CANCELLED],
  [CampaignStatus.RUNNING]: [CampaignStatus.PAUSED, CampaignStatus.COMPLETED, CampaignStatus.CANCELLED],
  // Resuming needs no second approval (the content is the approved one); an edit sends it back to draft.
  [CampaignStatus.PAUSED]: [CampaignStatus.RUNNING, CampaignStatus.SCHEDULED, CampaignStatus.DRAFT, CampaignStatus.CANCELLED],
  [CampaignStatus.COMPLETED]: [],
  [CampaignStatus.CANCELLED]: [],
};

export const canMoveCampaign = (from: CampaignStatus, to: CampaignStatus) => CAMPAIGN_TRANSITIONS[from].includes(to);

/** Who a campaign is for. */
export enum AudienceKind {
  SEGMENT = 'SEGMENT',
  NEED = 'NEED',
  TIER = 'TIER',
  PRODUCT_HOLDERS = 'PRODUCT_HOLDERS',
}

/** What makes a trigger campaign send (a one-off campaign has none: it sends at its instant). */
export enum TriggerKind {
  /** A holding of the campaign's product (or any) matures in N days (N from the offsets, e.g. 7, 3 and 1). */
  MATURITY = 'MATURITY',
  /** The campaign's product opens for sale (its sale window starts) — to the campaign's audience. */
  SALE_WINDOW = 'SALE_WINDOW',
  /** A need of the campaign's kind is newly detected for a customer of the audience. */
  NEW_NEED = 'NEW_NEED',
  /** The campaign's product is newly recommended to a customer of the audience with at least the given score. */
  RECOMMENDATION = 'RECOMMENDATION',
  /** A customer's credit limit changed (an approved adjustment): `{{amount}}` is the new limit. */
  CREDIT_LIMIT = 'CREDIT_LIMIT',
}

export const DEFAULT_MATURITY_OFFSETS: readonly number[] = [7, 3, 1];

/** A message's delivery, as the channel reports it; FAILED and BOUNCED end it, NOT_SENT means the policy stopped it. */
export enum MessageStatus {
  QUEUED = 'QUEUED',
  /** Held by quiet hours until `holdUntil` (decided again then). */
  HELD = 'HELD',
  SENT = 'SENT',
  DELIVERED = 'DELIVERED',
  OPENED = 'OPENED',
  CLICKED = 'CLICKED',
  CONVERTED = 'CONVERTED',
  FAILED = 'FAILED',
  BOUNCED = 'BOUNCED',
  NOT_SENT = 'NOT_SENT',
}

/** What a channel may report about a message it took. */
export enum DeliveryEvent {
  DELIVERED = 'DELIVERED',
  OPENED = 'OPENED',
  CLICKED = 'CLICKED',
  FAILED = 'FAILED',
  BOUNCED = 'BOUNCED',
  /** The customer dismissed the message (it counts as ignored, and against push accuracy). */
  DISMISSED = 'DISMISSED',
  /** The customer unsubscribed from it (against push accuracy). */
  UNSUBSCRIBED = 'UNSUBSCRIBED',
}

const PROGRESS: readonly MessageStatus[] = [MessageStatus.SENT, MessageStatus.DELIVERED, MessageStatus.OPENED, MessageStatus.CLICKED, MessageStatus.CONVERTED];

/**
 * The status after a delivery event: it only moves forward (a late DELIVERED after OPENED changes nothing), and a
 * failure or bounce counts only before delivery. Dismissal and unsubscription keep the status (they are recorded
 * beside it). Null: the event does not apply to a message in this status (e.g. not sent).
 */
export function statusAfter(current: MessageStatus, event: DeliveryEvent): MessageStatus | null {
  const at = PROGRESS.indexOf(current);
  if (at < 0) return null;
  switch (event) {
    case DeliveryEvent.FAILED:
    case DeliveryEvent.BOUNCED:
      return current === MessageStatus.SENT ? (event as unknown as MessageStatus) : current;
    case DeliveryEvent.DISMISSED:
    case DeliveryEvent.UNSUBSCRIBED:
      return current;
    default: {
      const to = PROGRESS.indexOf(event as unknown as MessageStatus);
      return to > at ? PROGRESS[to] : current;
    }
  }
}

/** What a message's delivery is known to have reached. */
export interface MessageOutcome {
  status: MessageStatus;
  category: MessageCategory;
  sentAt: Date | null;
  openedAt: Date | null;
  clickedAt: Date | null;
  dismissedAt: Date | null;
  unsubscribedAt: Date | null;
}

const reached = (status: MessageStatus, floor: MessageStatus) => PROGRESS.indexOf(status) >= PROGRESS.indexOf(floor);

/** The statuses of a message that reached the customer (delivered, and perhaps opened or acted on since). */
export const DELIVERED_STATUSES: readonly MessageStatus[] = PROGRESS.filter((s) => reached(s, MessageStatus.DELIVERED));
/** The statuses of a message the customer opened or acted on. */
export const OPENED_STATUSES: readonly MessageStatus[] = PROGRESS.filter((s) => reached(s, MessageStatus.OPENED));

/** Days after sending with no open or click before an approach counts as ignored (for suppression). */
export const IGNORED_AFTER_DAYS = 3;

/**
 * When a customer ignored an approach: a marketing or reminder message dismissed (at the dismissal), or sent and
 * neither opened nor clicked within `IGNORED_AFTER_DAYS` (at its sending). Null while it may still be opened.
 */
export function ignoredAt(message: MessageOutcome, now: Date): Date | null {
  if (message.category === MessageCategory.TRANSACTIONAL || !message.sentAt) return null;
  if (message.dismissedAt) return message.dismissedAt;
  if (message.openedAt || message.clickedAt || reached(message.status, MessageStatus.OPENED)) return null;
  if (message.status === MessageStatus.FAILED || message.status === MessageStatus.BOUNCED) return null;
  return now.getTime() - message.sentAt.getTime() >= IGNORED_AFTER_DAYS * DAY ? message.sentAt : null;
}

/**
 * Push accuracy (PRODUCT.md): of the delivered outreach messages, the share opened or acted on (clicked, converted)
 * and neither dismissed nor unsubscribed. Transactional messages are not outreach and are left out. Null when none
 * was delivered.
 */
export function pushAccuracy(messages: readonly MessageOutcome[]): { delivered: number; accurate: number; rate: number | null } {
  let delivered = 0;
  let accurate = 0;
  for (const m of messages) {
    if (m.category === MessageCategory.TRANSACTIONAL || !reached(m.status, MessageStatus.DELIVERED) || PROGRESS.indexOf(m.status) < 0) continue;
    delivered++;
    if (reached(m.status, MessageStatus.OPENED) && !m.dismissedAt && !m.unsubscribedAt) accurate++;
  }
  return { delivered, accurate, rate: delivered ? accurate / delivered : null };
}

/** An order of the message's product within this many days of the message is attributed to it (a conversion). */
export const ATTRIBUTION_DAYS = 7;

export const attributable = (sentAt: Date, orderedAt: Date) => orderedAt >= sentAt && orderedAt.getTime() - sentAt.getTime() <= ATTRIBUTION_DAYS * DAY;

/** The variables a template may use. */
export const TEMPLATE_VARIABLES = ['name', 'product', 'date', 'amount', 'tier'] as const;
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];

const VARIABLE = /\{\{\s*([a-zA-Z]+)\s*\}\}/g;

/** The longest message each channel takes (an SMS of up to five parts; a push's body; a WeChat template field). */
export const MAX_MESSAGE_LENGTH: Readonly<Record<MessageChannel, number>> = {
  [MessageChannel.SMS]: 335,
  [MessageChannel.APP_PUSH]: 500,
  [MessageChannel.WECHAT]: 600,
};

/** What is wrong with a template: variables it names that do not exist, a brace left open. */
export function templateProblems(template: string): { code: 'UNKNOWN_VARIABLE' | 'UNCLOSED_VARIABLE'; variable?: string }[] {
  const problems: { code: 'UNKNOWN_VARIABLE' | 'UNCLOSED_VARIABLE'; variable?: string }[] = [];
  for (const [, name] of template.matchAll(VARIABLE)) {
    if (!(TEMPLATE_VARIABLES as readonly string[]).includes(name)) problems.push({ code: 'UNKNOWN_VARIABLE', variable: name });
  }
  if (template.replace(VARIABLE, '').includes('{{')) problems.push({ code: 'UNCLOSED_VARIABLE' });
  return problems;
}

/** The message a customer gets: the template with its variables filled in (a missing value reads as empty). */
export function renderTemplate(template: string, values: Partial<Record<TemplateVariable, string | null>>): string {
  return template.replace(VARIABLE, (_all, name: string) => values[name as TemplateVariable] ?? '');
}

/**
 * Which reminder offsets are due today for a holding maturing at `maturesAt`: those N with today + N days = the
 * maturity's calendar day (in the institution's time zone). Usually none or one.
 */
export function dueMaturityOffsets(maturesAt: Date, offsets: readonly number[], now: Date, timeZone = DEFAULT_TIME_ZONE): number[] {
  const maturity = Date.parse(`${calendarDay(maturesAt, timeZone)}T00:00:00Z`);
  const today = Date.parse(`${calendarDay(now, timeZone)}T00:00:00Z`);
  return offsets.filter((n) => today + n * DAY === maturity);
}

/** The key that makes a message unique: one per campaign, customer and channel; one reminder per holding, offset and channel. */
export const messageKey = {
  campaign: (campaignId: string, customerId: string, channel: MessageChannel) => `campaign:${campaignId}:${customerId}:${channel}`,
  maturity: (holdingId: string, offset: number, channel: MessageChannel) => `maturity:${holdingId}:${offset}:${channel}`,
  need: (needId: string, channel: MessageChannel) => `need:${needId}:${channel}`,
  saleWindow: (campaignId: string, customerId: string, channel: MessageChannel) => `sale:${campaignId}:${customerId}:${channel}`,
  recommendation: (campaignId: string, customerId: string, productId: string, channel: MessageChannel) =>
    `rec:${campaignId}:${customerId}:${productId}:${channel}`,
  /** One message per event (a credit-limit change…) and channel, whichever campaign sends it. */
  event: (trigger: TriggerKind, eventId: string, channel: MessageChannel) => `${trigger.toLowerCase()}:${eventId}:${channel}`,
};

/** An exact decimal amount as a customer reads it: thousands grouped, two decimals (e.g. 200,000.00). */
export function formatAmount(decimal: string): string {
  const [whole, fraction = ''] = decimal.replace(/^-/, '').split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${decimal.startsWith('-') ? '-' : ''}${grouped}.${(fraction + '00').slice(0, 2)}`;
}
