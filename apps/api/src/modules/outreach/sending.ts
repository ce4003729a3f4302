import {
  Brackets,
  In,
  IsNull,
  LessThan,
  LessThanOrEqual,
  MoreThan,
  MoreThanOrEqual,
  type DataSource,
  type EntityManager,
  type SelectQueryBuilder,
} from 'typeorm';
import {
  AudienceKind,
  attributable,
  calendarDay,
  CampaignStatus,
  consentsInForce,
  contactDecision,
  ConsentKind,
  DAY_MS,
  DEFAULT_CONTACT_POLICY,
  dueMaturityOffsets,
  formatAmount,
  fromMinorUnits,
  ignoredAt,
  Language,
  maskName,
  MessageCategory,
  MessageChannel,
  messageKey,
  MessageStatus,
  OrderStatus,
  renderTemplate,
  TriggerKind,
  type ContactFacts,
  type ContactPolicy,
  type NotSentReason,
} from '@tierwise/domain';
import { inTransaction, systemContext } from '../../common/context';
import { insertIgnoringExisting } from '../../common/persistence/bulk-insert';
import { newId } from '../../common/persistence/columns';
import { Customer, Holding } from '../customers';
import { Consent } from '../consents';
import { Order } from '../orders';
import { CustomerNeed } from '../needs';
import { Product } from '../products';
import { Tier } from '../tiers';
import { SavedSegment } from '../segments';
import { RecommendationService } from '../recommendations';
import { channelAdapter, channelTurn, outreachConfig, type OutgoingMessage } from './channels';
import { Campaign, ContactPolicySetting, OutreachMessage } from './outreach.entity';

/** Customers a send reads and decides per batch (their facts one query each). */
export const SEND_BATCH = 1000;
/** Messages handed to a transactional channel per transaction, at most (each run paced before its transaction opens). */
const SEND_TRANSACTION = 500;
/** A claim on a message (a webhook send in flight) older than this is taken to have failed, and the message is sent again. */
const CLAIM_TIMEOUT_MS = 60_000;
/** Attempts at handing a message to the channel before it is FAILED. */
const MAX_ATTEMPTS = 3;

const CONSENT_OF: Record<MessageChannel, ConsentKind> = {
  [MessageChannel.SMS]: ConsentKind.MARKETING_SMS,
  [MessageChannel.APP_PUSH]: ConsentKind.MARKETING_APP_PUSH,
  [MessageChannel.WECHAT]: ConsentKind.MARKETING_WECHAT,
};

/** The institution's contact policy (the default until a product manager sets one). */
export async function contactPolicy(m: EntityManager): Promise<{ policy: ContactPolicy; version: number; updatedBy: string | null; updatedAt: Date | null }> {
  const row = await m.findOneBy(ContactPolicySetting, { id: 'default' });
  return row
    ? { policy: row.policy, version: row.version, updatedBy: row.updatedBy, updatedAt: row.updatedAt }
    : { policy: DEFAULT_CONTACT_POLICY, version: 0, updatedBy: null, updatedAt: null };
}

/** The customers of an audience (as a query on `c`), optionally only some of them. */
export function audienceQuery(
  m: EntityManager,
  campaign: Pick<Campaign, 'audienceKind' | 'audienceRef'>,
  segment: SavedSegment | null,
  now: Date,
): SelectQueryBuilder<Customer> {
  const qb = m.getRepository(Customer).createQueryBuilder('c');
  switch (campaign.audienceKind) {
    case AudienceKind.TIER:
      qb.where('c.tierId = :ref', { ref: campaign.audienceRef });
      break;
    case AudienceKind.SEGMENT:
      if (!segment) qb.where('1 = 0');
      else
        for (const d of ['tierId', 'riskLevel', 'lifeStage', 'occupation'] as const) if (segment[d] != null) qb.andWhere(`c.${d} = :${d}`, { [d]: segment[d] });
      break;
    case AudienceKind.NEED:
      qb.where('EXISTS (SELECT 1 FROM customer_need n WHERE n.customerId = c.id AND n.need = :ref AND n.expiresAt > :now)', { ref: campaign.audienceRef, now });
      break;
    case AudienceKind.PRODUCT_HOLDERS:
      qb.where('EXISTS (SELECT 1 FROM holding h WHERE h.customerId = c.id AND h.productId = :ref)', { ref: campaign.audienceRef });
      break;
  }
  return qb;
}

export const segmentOf = async (m: EntityManager, campaign: Campaign) =>
  campaign.audienceKind === AudienceKind.SEGMENT ? await m.findOneBy(SavedSegment, { id: campaign.audienceRef }) : null;

type Recipient = Pick<Customer, 'id' | 'name' | 'tierId' | 'language'>;

/** What a campaign's message says: the customer's language where the campaign has its template (else Chinese), variables filled. */
export function renderCampaign(
  campaign: Pick<Campaign, 'templateZh' | 'templateEn'>,
  language: Language | null,
  v: {
    name: string | null;
    product?: Pick<Product, 'name' | 'nameEn'> | null;
    tier?: Pick<Tier, 'name' | 'nameEn'> | null;
    date?: Date | null;
    amount?: string | null;
  },
): { language: Language; body: string } {
  const en = language === Language.en && !!campaign.templateEn;
  const body = renderTemplate(en ? campaign.templateEn! : campaign.templateZh, {
    name: v.name ? maskName(v.name) : en ? 'Z***' : '张*',
    product: (en ? v.product?.nameEn : null) ?? v.product?.name ?? '',
    date: v.date ? calendarDay(v.date) : '',
    amount: v.amount ?? '',
    tier: (en ? v.tier?.nameEn : null) ?? v.tier?.name ?? '',
  });
  return { language: en ? Language.en : Language.zh, body: body.slice(0, 700) };
}

/** The messages of a campaign for its customers (the product and tiers read once). */
async function renderer(m: EntityManager, campaign: Campaign) {
  const product = campaign.productId ? await m.findOneBy(Product, { id: campaign.productId }) : null;
  const tiers = new Map((await m.find(Tier)).map((t) => [t.id, t]));
  return (customer: Recipient, extra: { date?: Date | null; amount?: string | null; product?: Pick<Product, 'name' | 'nameEn'> } = {}) =>
    renderCampaign(campaign, customer.language, {
      name: customer.name,
      product: extra.product ?? product,
      tier: customer.tierId ? tiers.get(customer.tierId) : null,
      date: extra.date ?? campaign.sendAt,
      amount: extra.amount,
    });
}

const message = (
  campaign: Campaign,
  customerId: string,
  channel: MessageChannel,
  dedupeKey: string,
  rendered: { language: string; body: string },
  source: string,
  basis: OutreachMessage['basis'],
  now: Date,
): OutreachMessage => ({
  id: newId(),
  dedupeKey,
  campaignId: campaign.id,
  customerId,
  channel,
  category: campaign.category,
  source,
  language: rendered.language,
  body: rendered.body,
  status: MessageStatus.QUEUED,
  reason: null,
  holdUntil: null,
  basis,
  createdAt: now,
  decidedAt: null,
  claimedAt: null,
  sentAt: null,
  deliveredAt: null,
  openedAt: null,
  clickedAt: null,
  convertedAt: null,
  orderId: null,
  dismissedAt: null,
  unsubscribedAt: null,
  failedAt: null,
  error: null,
  providerMessageId: null,
  attempts: 0,
});

/** The facts the contact policy needs for these customers, re-read now (one query each, for the whole batch). */
async function contactFacts(m: EntityManager, customerIds: string[], policy: ContactPolicy, now: Date) {
  const consents = await m.find(Consent, { where: { customerId: In(customerIds), kind: In(Object.values(CONSENT_OF)) } });
  const byCustomer = new Map<string, Consent[]>();
  for (const c of consents) byCustomer.set(c.customerId, [...(byCustomer.get(c.customerId) ?? []), c]);
  const coolingOff = new Set(
    (await m.find(Order, { select: { customerId: true }, where: { customerId: In(customerIds), status: OrderStatus.IN_COOLING_OFF } })).map(
      (o) => o.customerId,
    ),
  );
  const lookBack = Math.max(8, (policy.suppression?.withinDays ?? 0) + (policy.suppression?.restDays ?? 0) + 1);
  const recent = await m.find(OutreachMessage, {
    select: {
      id: true,
      customerId: true,
      channel: true,
      category: true,
      status: true,
      sentAt: true,
      openedAt: true,
      clickedAt: true,
      dismissedAt: true,
      unsubscribedAt: true,
    },
    where: { customerId: In(customerIds), sentAt: MoreThan(new Date(now.getTime() - lookBack * DAY_MS)) },
  });
  const facts = new Map<string, { consented: Set<MessageChannel>; inCoolingOff: boolean; sent: ContactFacts['sent'][number][]; ignoredAt: Date[] }>();
  for (const id of customerIds) {
    const inForce = consentsInForce(byCustomer.get(id) ?? []);
    const consented = new Set(Object.values(MessageChannel).filter((ch) => inForce.some((c) => c.kind === CONSENT_OF[ch] && c.granted)));
    facts.set(id, { consented, inCoolingOff: coolingOff.has(id), sent: [], ignoredAt: [] });
  }
  for (const r of recent) {
    const f = facts.get(r.customerId)!;
    f.sent.push({ channel: r.channel, category: r.category, sentAt: r.sentAt! });
    const ignored = ignoredAt(r, now);
    if (ignored) f.ignoredAt.push(ignored);
  }
  return facts;
}

/** Whether what a message is about still holds (a reminder: the holding still matures then; a need: still in force). */
async function staleness(m: EntityManager, messages: OutreachMessage[], now: Date): Promise<Set<string>> {
  const stale = new Set<string>();
  const holdingIds = messages.map((x) => x.basis.holdingId).filter((v): v is string => typeof v === 'string');
  const needIds = messages.map((x) => x.basis.needId).filter((v): v is string => typeof v === 'string');
  const holdings = new Map((holdingIds.length ? await m.findBy(Holding, { id: In(holdingIds) }) : []).map((h) => [h.id, h]));
  const needs = new Map((needIds.length ? await m.findBy(CustomerNeed, { id: In(needIds) }) : []).map((n) => [n.id, n]));
  for (const x of messages) {
    if (typeof x.basis.holdingId === 'string') {
      const h = holdings.get(x.basis.holdingId);
      if (!h?.maturesAt || h.maturesAt.toISOString() !== x.basis.maturesAt) stale.add(x.id);
    }
    if (typeof x.basis.needId === 'string') {
      const n = needs.get(x.basis.needId);
      if (!n || n.expiresAt <= now) stale.add(x.id);
    }
  }
  return stale;
}

const OPEN = [MessageStatus.QUEUED, MessageStatus.HELD];

type Decided = { drops: Map<NotSentReason, OutreachMessage[]>; holds: Map<number, OutreachMessage[]>; sends: OutreachMessage[] };

/**
 * The one contact-policy decision for each of these messages, with the customers' facts re-read now (one query each
 * for the batch): not sent (with the reason), held until quiet hours end, or to send. The caps count what the batch
 * sends as it goes. A message claimed by a send in flight elsewhere is left out.
 */
async function decide(m: EntityManager, messages: OutreachMessage[], at: Date): Promise<Decided> {
  const { policy } = await contactPolicy(m);
  const facts = await contactFacts(m, [...new Set(messages.map((x) => x.customerId))], policy, at);
  const stale = await staleness(m, messages, at);
  const decided: Decided = { drops: new Map(), holds: new Map(), sends: [] };
  const add = <K>(map: Map<K, OutreachMessage[]>, key: K, x: OutreachMessage) => map.set(key, [...(map.get(key) ?? []), x]);
  for (const x of messages) {
    if (x.claimedAt && at.getTime() - x.claimedAt.getTime() < CLAIM_TIMEOUT_MS) continue;
    const f = facts.get(x.customerId)!;
    const decision = contactDecision(
      { channel: x.channel, category: x.category, at },
      { consented: f.consented.has(x.channel), inCoolingOff: f.inCoolingOff, sent: f.sent, ignoredAt: f.ignoredAt, duplicate: false, stale: stale.has(x.id) },
      policy,
    );
    if (decision.outcome === 'DROP') add(decided.drops, decision.reason, x);
    else if (decision.outcome === 'HOLD') add(decided.holds, decision.until.getTime(), x);
    else {
      decided.sends.push(x);
      f.sent.push({ channel: x.channel, category: x.category, sentAt: at });
    }
  }
  return decided;
}

/** What a channel is handed for these messages. */
async function outgoing(m: EntityManager, messages: OutreachMessage[]): Promise<OutgoingMessage[]> {
  const ids = [...new Set(messages.map((x) => x.customerId))];
  const refs = new Map((await m.find(Customer, { select: { id: true, externalRef: true }, where: { id: In(ids) } })).map((c) => [c.id, c.externalRef]));
  return messages.map((x) => ({
    id: x.id,
    channel: x.channel,
    customerId: x.customerId,
    customerRef: refs.get(x.customerId) ?? '',
    language: x.language,
    body: x.body,
    campaignId: x.campaignId,
  }));
}

/** Runs of messages to send, each at most about a second of the channel's pace, paced before its transaction opens. */
function paced<T>(items: T[], isSend: (x: T) => boolean): T[][] {
  const size = Math.min(SEND_TRANSACTION, outreachConfig().ratePerSecond);
  const runs: T[][] = [];
  let run: T[] = [];
  let sends = 0;
  for (const x of items) {
    run.push(x);
    if (isSend(x) && ++sends >= size) {
      runs.push(run);
      run = [];
      sends = 0;
    }
  }
  if (run.length) runs.push(run);
  return runs;
}

/** Wait for the channels' turns for these sends (pacing, before a transaction opens, never inside one). */
async function awaitTurns(sends: { channel: MessageChannel }[]): Promise<void> {
  for (const channel of new Set(sends.map((x) => x.channel))) await channelTurn(channel, sends.filter((x) => x.channel === channel).length);
}

/** Hand messages to a transactional channel inside `tx` and record their provider ids. */
async function handOver(tx: EntityManager, messages: OutreachMessage[]): Promise<void> {
  if (!messages.length) return;
  const adapter = channelAdapter();
  const out = await outgoing(tx, messages);
  const providerIds: (string | null)[] = [];
  if (adapter.sendMany) providerIds.push(...(await adapter.sendMany(out, tx)));
  else for (const x of out) providerIds.push((await adapter.send(x, tx)).providerMessageId);
  await setProviderIds(
    tx,
    messages.map((x) => x.id),
    providerIds,
  );
}

/**
 * Decide and send these open messages now (see `decide`). Every change is conditional on the message still being
 * open, so two workers (or a retried job) deciding the same message do it once. Answers how many were sent.
 */
export async function deliver(ds: DataSource, ids: string[], now = () => new Date()): Promise<number> {
  if (!ids.length) return 0;
  const m = ds.manager;
  const pending = await m.find(OutreachMessage, { where: { id: In(ids), status: In(OPEN) }, order: { createdAt: 'ASC' } });
  if (!pending.length) return 0;
  const at = now();
  const { drops, holds, sends } = await decide(m, pending, at);
  const openOnes = (xs: OutreachMessage[]) => ({ id: In(xs.map((x) => x.id)), status: In(OPEN) });
  for (const [reason, xs] of drops) await m.update(OutreachMessage, openOnes(xs), { status: MessageStatus.NOT_SENT, reason, holdUntil: null, decidedAt: at });
  for (const [until, xs] of holds)
    await m.update(OutreachMessage, openOnes(xs), { status: MessageStatus.HELD, reason: 'QUIET_HOURS_HELD', holdUntil: new Date(until), decidedAt: at });
  const adapter = channelAdapter();
  let sent = 0;
  if (adapter.transactional) {
    // The channel's write and the messages' SENT commit together, a run per transaction: exactly once.
    for (const run of paced(sends, () => true)) {
      await awaitTurns(run);
      sent += await inTransaction(systemContext(ds, 'outreach'), async (tx) => {
        // Claimed with a token of this transaction: what another worker decided meanwhile is not marked, and not sent.
        const token = `claim:${newId()}`;
        const ids = run.map((x) => x.id);
        await tx.manager.update(
          OutreachMessage,
          { id: In(ids), status: In(OPEN) },
          { status: MessageStatus.SENT, reason: null, holdUntil: null, decidedAt: at, sentAt: now(), attempts: () => 'attempts + 1', providerMessageId: token },
        );
        const mine = new Set(
          (await tx.manager.find(OutreachMessage, { select: { id: true }, where: { id: In(ids), providerMessageId: token } })).map((r) => r.id),
        );
        const claimed = run.filter((x) => mine.has(x.id));
        await handOver(tx.manager, claimed);
        return claimed.length;
      });
    }
    return sent;
  }
  const out = new Map((await outgoing(m, sends)).map((o) => [o.id, o]));
  for (const x of sends) {
    await channelTurn(x.channel);
    const sentAt = now();
    const claim = await m
      .createQueryBuilder()
      .update(OutreachMessage)
      .set({ claimedAt: sentAt, attempts: x.attempts + 1 })
      .where('id = :id AND status IN (:...open)', { id: x.id, open: OPEN })
      .andWhere(new Brackets((w) => w.where('claimedAt IS NULL').orWhere('claimedAt < :stale', { stale: new Date(sentAt.getTime() - CLAIM_TIMEOUT_MS) })))
      .execute();
    if (!claim.affected) continue;
    try {
      const { providerMessageId } = await adapter.send(out.get(x.id)!, m);
      await m.update(
        OutreachMessage,
        { id: x.id },
        { status: MessageStatus.SENT, reason: null, holdUntil: null, decidedAt: at, sentAt, providerMessageId, claimedAt: null },
      );
      sent++;
    } catch (error) {
      const final = x.attempts + 1 >= MAX_ATTEMPTS;
      await m.update(
        OutreachMessage,
        { id: x.id },
        final
          ? { status: MessageStatus.FAILED, failedAt: now(), error: String((error as Error).message).slice(0, 500), claimedAt: null, decidedAt: at }
          : { error: String((error as Error).message).slice(0, 500), claimedAt: new Date(sentAt.getTime() - CLAIM_TIMEOUT_MS + 5_000) },
      );
    }
  }
  return sent;
}

/**
 * Record new messages (a campaign's batch, what a trigger fired) and send them. Through a transactional channel each
 * is decided first and inserted with its outcome, the SENT ones handed over in the same transaction; a message whose
 * key exists already (a resumed batch, another worker) is left alone — and delivered if it is still queued. Through
 * any other channel they are inserted queued and delivered. Answers how many were sent.
 */
async function record(ds: DataSource, rows: OutreachMessage[], now = () => new Date()): Promise<number> {
  if (!rows.length) return 0;
  if (!channelAdapter().transactional) return deliver(ds, await enqueueMessages(ds, rows), now);
  const at = now();
  const { drops, holds, sends } = await decide(ds.manager, rows, at);
  for (const [reason, xs] of drops) for (const x of xs) Object.assign(x, { status: MessageStatus.NOT_SENT, reason, decidedAt: at });
  for (const [until, xs] of holds)
    for (const x of xs) Object.assign(x, { status: MessageStatus.HELD, reason: 'QUIET_HOURS_HELD', holdUntil: new Date(until), decidedAt: at });
  for (const x of sends) Object.assign(x, { status: MessageStatus.SENT, decidedAt: at, sentAt: at, attempts: 1 });
  let sent = 0;
  const left: string[] = [];
  for (const run of paced(rows, (x) => x.status === MessageStatus.SENT)) {
    await awaitTurns(run.filter((x) => x.status === MessageStatus.SENT));
    sent += await inTransaction(systemContext(ds, 'outreach'), async (tx) => {
      await insertIgnoringExisting(tx.manager, OutreachMessage, run, 500);
      const recorded = await tx.manager.find(OutreachMessage, { select: { id: true, status: true }, where: { dedupeKey: In(run.map((x) => x.dedupeKey)) } });
      const mine = new Set(recorded.map((r) => r.id));
      left.push(...recorded.filter((r) => r.status === MessageStatus.QUEUED).map((r) => r.id));
      const handed = run.filter((x) => x.status === MessageStatus.SENT && mine.has(x.id));
      await handOver(tx.manager, handed);
      return handed.length;
    });
  }
  return sent + (left.length ? await deliver(ds, left, now) : 0);
}

/** Record each message's provider id (one statement for the run). */
async function setProviderIds(m: EntityManager, ids: string[], providerIds: (string | null)[]): Promise<void> {
  const params: Record<string, string | null> = {};
  const cases = ids.map((id, i) => {
    params[`m${i}`] = id;
    params[`p${i}`] = providerIds[i] ?? null;
    return `WHEN :m${i} THEN :p${i}`;
  });
  await m
    .createQueryBuilder()
    .update(OutreachMessage)
    .set({ providerMessageId: () => `CASE id ${cases.join(' ')} END` })
    .where('id IN (:...ids)', { ids })
    .setParameters(params)
    .execute();
}

/** Insert messages (a repeated key is ignored: the message exists already) and answer the ids of those still open. */
async function enqueueMessages(ds: DataSource, rows: OutreachMessage[]): Promise<string[]> {
  if (!rows.length) return [];
  await insertIgnoringExisting(ds.manager, OutreachMessage, rows, 500);
  const open = await ds.manager.find(OutreachMessage, {
    select: { id: true },
    where: { dedupeKey: In(rows.map((r) => r.dedupeKey)), status: MessageStatus.QUEUED },
  });
  return open.map((r) => r.id);
}

/**
 * A one-off send, batch by batch through the audience in id order: each batch's messages are inserted (unique per
 * campaign, customer and channel), decided and sent, then the cursor moves. A send resumed after a crash (or by
 * another worker) repeats the last batch's inserts harmlessly and sends only what is still open. Stops when paused.
 */
export async function sendCampaign(ds: DataSource, campaignId: string, progress?: (percent: number) => Promise<void>): Promise<number> {
  let sent = 0;
  const total = await (async () => {
    const c = await ds.manager.findOneBy(Campaign, { id: campaignId });
    return c ? audienceQuery(ds.manager, c, await segmentOf(ds.manager, c), new Date()).getCount() : 0;
  })();
  let done = 0;
  for (;;) {
    const campaign = await ds.manager.findOneBy(Campaign, { id: campaignId });
    if (!campaign || campaign.status !== CampaignStatus.RUNNING) return sent;
    const now = new Date();
    const qb = audienceQuery(ds.manager, campaign, await segmentOf(ds.manager, campaign), now)
      .select(['c.id', 'c.name', 'c.tierId', 'c.language'])
      .orderBy('c.id', 'ASC')
      .take(SEND_BATCH);
    if (campaign.cursor) qb.andWhere('c.id > :cursor', { cursor: campaign.cursor });
    const batch = await qb.getMany();
    if (!batch.length) {
      await ds.manager.update(Campaign, { id: campaignId, status: CampaignStatus.RUNNING }, { status: CampaignStatus.COMPLETED, completedAt: now });
      return sent;
    }
    const render = await renderer(ds.manager, campaign);
    const rows = batch.flatMap((c) =>
      campaign.channels.map((ch) =>
        message(campaign, c.id, ch, messageKey.campaign(campaign.id, c.id, ch), render(c), 'CAMPAIGN', { productId: campaign.productId }, now),
      ),
    );
    sent += await record(ds, rows);
    await ds.manager.update(Campaign, { id: campaignId, cursor: campaign.cursor ?? IsNull() }, { cursor: batch[batch.length - 1].id });
    done += batch.length;
    if (progress && total) await progress((100 * done) / total);
  }
}

/** Trigger campaigns that are live (approved ones start on their first run). */
async function liveTriggers(m: EntityManager, now: Date): Promise<Campaign[]> {
  await m
    .createQueryBuilder()
    .update(Campaign)
    .set({ status: CampaignStatus.RUNNING, startedAt: now })
    .where('status = :s AND trigger IS NOT NULL AND trigger <> :sale', { s: CampaignStatus.SCHEDULED, sale: TriggerKind.SALE_WINDOW })
    .execute();
  return m.find(Campaign, {
    where: {
      status: CampaignStatus.RUNNING,
      trigger: In([TriggerKind.MATURITY, TriggerKind.NEW_NEED, TriggerKind.RECOMMENDATION, TriggerKind.CREDIT_LIMIT]),
    },
    // The earliest approved first: when two fire the same reminder, the older campaign sends it.
    order: { approvedAt: 'ASC', createdAt: 'ASC', id: 'ASC' },
  });
}

/**
 * Fire the trigger campaigns: maturity reminders for holdings maturing in each offset's days (one per holding, offset
 * and channel, whichever campaign fires it: a second campaign's is recorded as DUPLICATE), new needs of the kind, new
 * recommendations of the product above the score. Answers how many messages were sent.
 */
export async function fireTriggers(ds: DataSource, now = new Date()): Promise<number> {
  const m = ds.manager;
  let sent = 0;
  for (const campaign of await liveTriggers(m, now)) {
    const segment = await segmentOf(m, campaign);
    const render = await renderer(m, campaign);
    const rows: OutreachMessage[] = [];
    if (campaign.trigger === TriggerKind.MATURITY) {
      const horizon = new Date(now.getTime() + (Math.max(...campaign.offsets, 0) + 2) * DAY_MS);
      const holders = audienceQuery(m, campaign, segment, now).select('c.id');
      const qb = m
        .getRepository(Holding)
        .createQueryBuilder('h')
        .innerJoin(Customer, 'c', 'c.id = h.customerId')
        .select(['h.id', 'h.customerId', 'h.maturesAt', 'h.amount', 'h.productId'])
        .addSelect(['c.id', 'c.name', 'c.tierId', 'c.language'])
        .where('h.maturesAt > :now AND h.maturesAt <= :horizon', { now, horizon })
        .andWhere(`h.customerId IN (${holders.getQuery()})`)
        .setParameters(holders.getParameters());
      if (campaign.productId) qb.andWhere('h.productId = :productId', { productId: campaign.productId });
      const raw = await qb.getRawMany<{
        h_id: string;
        h_customerId: string;
        h_maturesAt: string | Date;
        h_amount: string | number;
        h_productId: string;
        c_name: string;
        c_tierId: string | null;
        c_language: Language | null;
      }>();
      const products = new Map(
        (await m.find(Product, { select: { id: true, name: true, nameEn: true }, where: { id: In([...new Set(raw.map((r) => r.h_productId))]) } })).map((p) => [
          p.id,
          p,
        ]),
      );
      for (const r of raw) {
        const maturesAt = m.connection.driver.prepareHydratedValue(
          r.h_maturesAt,
          m.connection.getMetadata(Holding).findColumnWithPropertyName('maturesAt')!,
        ) as Date;
        for (const offset of dueMaturityOffsets(maturesAt, campaign.offsets, now)) {
          const rendered = render(
            { id: r.h_customerId, name: r.c_name, tierId: r.c_tierId, language: r.c_language },
            { date: maturesAt, amount: formatAmount(fromMinorUnits(String(r.h_amount))), product: products.get(r.h_productId) },
          );
          for (const ch of campaign.channels)
            rows.push(
              message(
                campaign,
                r.h_customerId,
                ch,
                messageKey.maturity(r.h_id, offset, ch),
                rendered,
                'MATURITY',
                { holdingId: r.h_id, maturesAt: maturesAt.toISOString(), offset },
                now,
              ),
            );
        }
      }
    } else if (campaign.trigger === TriggerKind.NEW_NEED && campaign.triggerNeed) {
      const members = audienceQuery(m, campaign, segment, now).select('c.id');
      const needs = await m
        .getRepository(CustomerNeed)
        .createQueryBuilder('n')
        .innerJoin(Customer, 'c', 'c.id = n.customerId')
        .select(['n.id AS id', 'n.customerId AS customerId', 'c.name AS name', 'c.tierId AS tierId', 'c.language AS language'])
        .where('n.need = :need AND n.detectedAt >= :since AND n.expiresAt > :now', { need: campaign.triggerNeed, since: campaign.startedAt ?? now, now })
        .andWhere(`n.customerId IN (${members.getQuery()})`)
        .setParameters(members.getParameters())
        .getRawMany<{ id: string; customerId: string; name: string; tierId: string | null; language: Language | null }>();
      for (const n of needs)
        for (const ch of campaign.channels)
          rows.push(
            message(
              campaign,
              n.customerId,
              ch,
              messageKey.need(n.id, ch),
              render({ id: n.customerId, name: n.name, tierId: n.tierId, language: n.language }),
              'NEW_NEED',
              { needId: n.id },
              now,
            ),
          );
    } else if (campaign.trigger === TriggerKind.RECOMMENDATION && campaign.productId) {
      // Customers of the audience not yet messaged about it, a batch per run (recommending is the costly part).
      const members = await audienceQuery(m, campaign, segment, now)
        .select(['c.id', 'c.name', 'c.tierId', 'c.language'])
        .andWhere('NOT EXISTS (SELECT 1 FROM outreach_message o WHERE o.campaignId = :campaignId AND o.customerId = c.id)', { campaignId: campaign.id })
        .orderBy('c.id', 'ASC')
        .take(200)
        .getMany();
      const ctx = systemContext(ds, 'outreach');
      for (const c of members) {
        const picks = await RecommendationService.recommend(ctx, c.id, 10, now);
        if (!picks.some((p) => p.product.id === campaign.productId && p.score >= (campaign.minScore ?? 0))) continue;
        for (const ch of campaign.channels)
          rows.push(
            message(
              campaign,
              c.id,
              ch,
              messageKey.recommendation(campaign.id, c.id, campaign.productId, ch),
              render(c),
              'RECOMMENDATION',
              { productId: campaign.productId },
              now,
            ),
          );
      }
    }
    sent += await recordFired(ds, campaign, rows, now);
  }
  return sent;
}

/** Something that happened to a customer, for the trigger campaigns of its kind to tell them. */
export interface CustomerEvent {
  /** Unique per event (the record it is about): the message key, so an event is told once per channel. */
  id: string;
  customerId: string;
  /** A sum the template names as {{amount}} (a decimal string). */
  amount?: string;
  basis: Record<string, string | number | null>;
}

/**
 * Tell customers of events through the live trigger campaigns of `trigger` (a campaign's audience bounds whom it tells):
 * each message recorded and sent like any other — consent, quiet hours, caps decided at send time; idempotent by the
 * event's key. Answers how many were sent.
 */
export async function fireEvent(ds: DataSource, trigger: TriggerKind, events: readonly CustomerEvent[], now = new Date()): Promise<number> {
  if (!events.length) return 0;
  const m = ds.manager;
  let sent = 0;
  for (const campaign of (await liveTriggers(m, now)).filter((c) => c.trigger === trigger)) {
    const render = await renderer(m, campaign);
    const members = await audienceQuery(m, campaign, await segmentOf(m, campaign), now)
      .select(['c.id', 'c.name', 'c.tierId', 'c.language'])
      .andWhere('c.id IN (:...eventCustomers)', { eventCustomers: [...new Set(events.map((e) => e.customerId))] })
      .getMany();
    const byId = new Map(members.map((c) => [c.id, c]));
    const rows: OutreachMessage[] = [];
    for (const e of events) {
      const c = byId.get(e.customerId);
      if (!c) continue;
      const rendered = render(c, { amount: e.amount ? formatAmount(e.amount) : null, date: now });
      for (const ch of campaign.channels) rows.push(message(campaign, c.id, ch, messageKey.event(trigger, e.id, ch), rendered, trigger, e.basis, now));
    }
    sent += await recordFired(ds, campaign, rows, now);
  }
  return sent;
}

/**
 * Record and send what a trigger fired. A key another campaign already used (the same reminder) is recorded for this one as
 * not sent, DUPLICATE — once (its own key is unique too).
 */
async function recordFired(ds: DataSource, campaign: Campaign, rows: OutreachMessage[], now: Date): Promise<number> {
  if (!rows.length) return 0;
  const existing = await ds.manager.find(OutreachMessage, {
    select: { dedupeKey: true, campaignId: true },
    where: { dedupeKey: In(rows.map((r) => r.dedupeKey)) },
  });
  const taken = new Map(existing.map((e) => [e.dedupeKey, e.campaignId]));
  const duplicates = rows
    .filter((r) => taken.has(r.dedupeKey) && taken.get(r.dedupeKey) !== campaign.id)
    .map((r) => ({
      ...r,
      dedupeKey: `${r.dedupeKey}#${campaign.id}`.slice(0, 200),
      status: MessageStatus.NOT_SENT,
      reason: 'DUPLICATE' as const,
      decidedAt: now,
    }));
  if (duplicates.length) await insertIgnoringExisting(ds.manager, OutreachMessage, duplicates, 500);
  return record(
    ds,
    rows.filter((r) => !taken.has(r.dedupeKey)),
    () => now,
  );
}

/** Held messages whose quiet hours have ended, and open ones a crashed send left behind: decided again now. */
export async function releaseDue(ds: DataSource, now = new Date()): Promise<number> {
  const due = await ds.manager.find(OutreachMessage, {
    select: { id: true },
    where: [
      { status: MessageStatus.HELD, holdUntil: LessThanOrEqual(now) },
      { status: MessageStatus.QUEUED, createdAt: LessThan(new Date(now.getTime() - CLAIM_TIMEOUT_MS)) },
    ],
    order: { createdAt: 'ASC' },
    take: 5000,
  });
  let sent = 0;
  for (let i = 0; i < due.length; i += SEND_BATCH)
    sent += await deliver(
      ds,
      due.slice(i, i + SEND_BATCH).map((d) => d.id),
      () => now,
    );
  return sent;
}

/** One-off campaigns whose instant has come (and sale-window ones whose product has opened): started, and their send queued. */
export async function dueCampaigns(ds: DataSource, now = new Date()): Promise<Campaign[]> {
  const m = ds.manager;
  const scheduled = await m.find(Campaign, { where: { status: CampaignStatus.SCHEDULED } });
  for (const c of scheduled) {
    let due = false;
    if (!c.trigger) due = !c.sendAt || c.sendAt <= now;
    else if (c.trigger === TriggerKind.SALE_WINDOW && c.productId) {
      const product = await m.findOneBy(Product, { id: c.productId });
      due = !!product?.saleStartsAt && product.saleStartsAt <= now && (!product.saleEndsAt || product.saleEndsAt > now);
    }
    if (due)
      await m.update(Campaign, { id: c.id, status: CampaignStatus.SCHEDULED }, { status: CampaignStatus.RUNNING, startedAt: now, runs: () => 'runs + 1' });
  }
  return m.find(Campaign, {
    where: [
      { status: CampaignStatus.RUNNING, trigger: IsNull() },
      { status: CampaignStatus.RUNNING, trigger: TriggerKind.SALE_WINDOW },
    ],
  });
}

/**
 * Conversions: a message about a product, followed within 7 days by the customer's order of it (not cancelled or
 * refused), is CONVERTED with that order. Set once per message (the update is conditional on no order yet).
 */
export async function attributeConversions(ds: DataSource, now = new Date()): Promise<number> {
  const m = ds.manager;
  const since = new Date(now.getTime() - 8 * DAY_MS);
  const candidates = await m.find(OutreachMessage, {
    where: {
      sentAt: MoreThanOrEqual(since),
      orderId: IsNull(),
      status: In([MessageStatus.SENT, MessageStatus.DELIVERED, MessageStatus.OPENED, MessageStatus.CLICKED]),
    },
    take: 20_000,
  });
  const withProduct = candidates.filter((x) => typeof x.basis.productId === 'string');
  if (!withProduct.length) return 0;
  const orders = await m.find(Order, {
    select: { id: true, customerId: true, productId: true, createdAt: true, status: true },
    where: { customerId: In([...new Set(withProduct.map((x) => x.customerId))]), createdAt: MoreThanOrEqual(since) },
  });
  const ordersOf = new Map<string, Order[]>();
  for (const o of orders) ordersOf.set(o.customerId, [...(ordersOf.get(o.customerId) ?? []), o]);
  let converted = 0;
  for (const x of withProduct) {
    const order = (ordersOf.get(x.customerId) ?? []).find(
      (o) =>
        o.productId === x.basis.productId && attributable(x.sentAt!, o.createdAt) && o.status !== OrderStatus.CANCELLED && o.status !== OrderStatus.REFUSED,
    );
    if (!order) continue;
    const r = await m.update(
      OutreachMessage,
      { id: x.id, orderId: IsNull() },
      { status: MessageStatus.CONVERTED, convertedAt: order.createdAt, orderId: order.id },
    );
    converted += r.affected ?? 0;
  }
  return converted;
}
