import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract, type RateLimiterRes } from 'rate-limiter-flexible';

export interface Consumption {
  allowed: boolean;
  /** Points left in the rolling minute (0 when refused). */
  remaining: number;
  /**
   * Allowed: when everything spent so far has rolled out of the rolling minute (the budget is whole again). Refused:
   * when enough has rolled out for this request's cost to fit.
   */
  resetAt: Date;
}

/** A per-key budget of cost points per rolling minute. */
export interface RateLimitStore {
  consume(key: string, cost: number, limit: number, now?: Date): Promise<Consumption>;
  close(): Promise<void>;
}

export const WINDOW_MS = 60_000;

/**
 * Where the limiters keep their counts: one Redis server shared by every API instance, or this process's memory. Both
 * are rate-limiter-flexible stores, so the partner budgets and the sign-in lock-out behave the same on either.
 */
export class LimiterStore {
  private readonly redis: Redis | null;

  /** `namespace` prefixes every key, so that deployments (or test runs) sharing one Redis keep their counts apart. */
  constructor(
    redisUrl: string | undefined,
    private readonly namespace = 'tierwise',
  ) {
    this.redis = redisUrl ? new Redis(redisUrl, { maxRetriesPerRequest: 2, enableOfflineQueue: true, lazyConnect: false }) : null;
  }

  /** A limiter of `points` per `durationSeconds` under `keyPrefix`. */
  limiter(keyPrefix: string, points: number, durationSeconds: number): RateLimiterAbstract {
    const options = { keyPrefix: `${this.namespace}:${keyPrefix}`, points, duration: durationSeconds };
    return this.redis ? new RateLimiterRedis({ ...options, storeClient: this.redis }) : new RateLimiterMemory(options);
  }

  async close(): Promise<void> {
    await this.redis?.quit();
  }
}

const consumed = (res: RateLimiterRes | null) => res?.consumedPoints ?? 0;

/**
 * A rolling minute, estimated from two clock-aligned minutes (the sliding-window counter): what was spent in the
 * previous minute counts in proportion to how much of it still lies within the last 60 seconds. A burst just before a
 * minute ends therefore still counts just after it (a fixed window would give a second budget at once).
 */
export class RollingBudgets implements RateLimitStore {
  private readonly counts: RateLimiterAbstract;

  constructor(private readonly store: LimiterStore) {
    // The counts themselves: one key per (API key, minute), kept for two minutes; the limit is applied here, not there.
    this.counts = store.limiter('budget', Number.MAX_SAFE_INTEGER, (2 * WINDOW_MS) / 1000);
  }

  async consume(key: string, cost: number, limit: number, now = new Date()): Promise<Consumption> {
    const minute = Math.floor(now.getTime() / WINDOW_MS);
    const elapsed = (now.getTime() - minute * WINDOW_MS) / WINDOW_MS;
    const [previous, current] = await Promise.all([this.counts.get(`${key}:${minute - 1}`), this.counts.consume(`${key}:${minute}`, cost)]);
    const carried = consumed(previous) * (1 - elapsed);
    const spent = carried + consumed(current);
    if (spent <= limit) return { allowed: true, remaining: Math.max(0, Math.floor(limit - spent)), resetAt: new Date((minute + 2) * WINDOW_MS) };
    // A refused request spends nothing.
    await this.counts.reward(`${key}:${minute}`, cost);
    // When the previous minute's share has decayed enough for this cost to fit (or, failing that, the next minute).
    const over = spent - limit;
    const perMs = consumed(previous) / WINDOW_MS;
    const waitMs = perMs > 0 && over <= carried ? Math.ceil(over / perMs) : (minute + 1) * WINDOW_MS - now.getTime() + 1;
    return { allowed: false, remaining: 0, resetAt: new Date(now.getTime() + waitMs) };
  }

  async close(): Promise<void> {
    await this.store.close();
  }
}
