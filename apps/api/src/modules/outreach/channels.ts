import { createHmac, timingSafeEqual } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { MessageChannel } from '@tierwise/domain';
import { LimiterStore } from '../../common/rate-limit';
import { jobs } from '../../common/queue';
import { insertRows } from '../../common/persistence/bulk-insert';
import { newId } from '../../common/persistence/columns';
import { OutboxMessage } from './outreach.entity';

/** A message handed to a channel: the message id is the idempotency key (a re-sent message carries the same one). */
export interface OutgoingMessage {
  id: string;
  channel: MessageChannel;
  customerId: string;
  customerRef: string;
  language: string;
  body: string;
  campaignId: string | null;
}

/**
 * A way out to customers. `send` is called inside the transaction that marks the message SENT when `transactional`
 * (the write and the mark commit together: exactly once); otherwise after the message is claimed, and a message whose
 * send was not heard back from is sent again with the same id (at least once; the provider drops the repeat).
 */
export interface ChannelAdapter {
  readonly name: string;
  readonly transactional: boolean;
  send(message: OutgoingMessage, manager: EntityManager): Promise<{ providerMessageId: string | null }>;
  /** A transactional adapter's write of many messages at once (in order, each one's provider id); else `send` each. */
  sendMany?(messages: OutgoingMessage[], manager: EntityManager): Promise<(string | null)[]>;
}

/** Development: the message is written to the outbox table (unique by message id), which the console shows. */
export class OutboxAdapter implements ChannelAdapter {
  readonly name = 'outbox';
  readonly transactional = true;

  async send(message: OutgoingMessage, manager: EntityManager) {
    const [providerMessageId] = await this.sendMany([message], manager);
    return { providerMessageId };
  }

  async sendMany(messages: OutgoingMessage[], manager: EntityManager) {
    const createdAt = new Date();
    const rows = messages.map((m) => ({ id: newId(), messageId: m.id, channel: m.channel, customerId: m.customerId, body: m.body, createdAt }));
    await insertRows(manager, OutboxMessage, rows, { chunk: 500 });
    return rows.map((r) => r.id);
  }
}

/** The signature of a webhook body: `sha256=` and the hex HMAC-SHA256 of the raw body with the shared secret. */
export const signBody = (secret: string, body: string) => `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

/** Whether `signature` is the body's (constant-time). */
export function signatureValid(secret: string, body: string, signature: string | undefined): boolean {
  if (!signature) return false;
  const expected = Buffer.from(signBody(secret, body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/**
 * A provider behind an HTTP webhook: each message is POSTed as JSON to the configured URL, signed with HMAC in
 * `X-Tierwise-Signature`, with the message id as `Idempotency-Key`. The provider answers 2xx (optionally
 * `{ "providerMessageId": … }`) and later reports delivery to `/outreach/callbacks`, signed the same way.
 */
export class WebhookAdapter implements ChannelAdapter {
  readonly name = 'webhook';
  readonly transactional = false;

  constructor(
    private readonly url: string,
    private readonly secret: string,
    private readonly timeoutMs = 10_000,
  ) {}

  async send(message: OutgoingMessage) {
    const body = JSON.stringify({
      messageId: message.id,
      channel: message.channel,
      customerRef: message.customerRef,
      language: message.language,
      body: message.body,
      campaignId: message.campaignId,
    });
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-tierwise-signature': signBody(this.secret, body), 'idempotency-key': message.id },
      body,
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    if (!response.ok) throw new Error(`The channel's webhook answered HTTP ${response.status}`);
    const answer = (await response.json().catch(() => ({}))) as { providerMessageId?: unknown };
    return { providerMessageId: typeof answer.providerMessageId === 'string' ? answer.providerMessageId.slice(0, 100) : null };
  }
}

/** Outreach settings from the environment (the same for the API and the worker). */
export function outreachConfig(env: NodeJS.ProcessEnv = process.env) {
  return {
    adapter: env.OUTREACH_WEBHOOK_URL ? 'webhook' : 'outbox',
    webhookUrl: env.OUTREACH_WEBHOOK_URL || undefined,
    /** Signs what goes out and checks the callbacks that come in. */
    webhookSecret: env.OUTREACH_WEBHOOK_SECRET || undefined,
    /** Messages per second per channel (shared by every worker when Redis is configured). */
    ratePerSecond: Math.max(1, Number(env.OUTREACH_RATE_PER_SECOND ?? 200) || 200),
    redisUrl: env.REDIS_URL || undefined,
    redisPrefix: env.REDIS_PREFIX || 'tierwise',
  };
}

let adapter: ChannelAdapter | undefined;

/** The configured adapter (one provider class per deployment; the outbox unless a webhook is configured). */
export function channelAdapter(): ChannelAdapter {
  if (adapter) return adapter;
  const config = outreachConfig();
  if (config.webhookUrl) {
    if (!config.webhookSecret) throw new Error('OUTREACH_WEBHOOK_SECRET must be set with OUTREACH_WEBHOOK_URL (messages are signed)');
    adapter = new WebhookAdapter(config.webhookUrl, config.webhookSecret);
  } else adapter = new OutboxAdapter();
  return adapter;
}

/** Replace the adapter (a provider's own class, or a test's). */
export function useChannelAdapter(next: ChannelAdapter | undefined): void {
  adapter = next;
}

let limiter: ReturnType<LimiterStore['limiter']> | undefined;
let limiterRate = 0;

/** Wait for the channel's turn for `count` messages: at most `ratePerSecond` a second per channel, across workers on Redis. */
export async function channelTurn(channel: MessageChannel, count = 1): Promise<void> {
  const config = outreachConfig();
  if (!limiter || limiterRate !== config.ratePerSecond) {
    // Workers on Redis share the budget there; jobs run in this process alone keep it in memory.
    limiter = new LimiterStore(jobs.kind === 'bullmq' ? config.redisUrl : undefined, config.redisPrefix).limiter('outreach', config.ratePerSecond, 1);
    limiterRate = config.ratePerSecond;
  }
  for (let left = count; left > 0;) {
    const take = Math.min(left, config.ratePerSecond);
    try {
      await limiter.consume(channel, take);
      left -= take;
    } catch (refusal) {
      const wait = (refusal as { msBeforeNext?: number }).msBeforeNext;
      if (typeof wait !== 'number') throw refusal;
      await new Promise((resolve) => setTimeout(resolve, Math.max(5, wait)));
    }
  }
}
