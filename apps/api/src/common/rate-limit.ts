import { Redis } from 'ioredis';

export interface Consumption {
  allowed: boolean;
  /** Points left in the current window (0 when refused). */
  remaining: number;
  /** When the window ends and the budget is whole again. */
  resetAt: Date;
}

/** A per-key budget of cost points per fixed one-minute window. */
export interface RateLimitStore {
  consume(key: string, cost: number, limit: number, now?: Date): Promise<Consumption>;
  close(): Promise<void>;
}

export const WINDOW_MS = 60_000;
const windowOf = (now: Date) => Math.floor(now.getTime() / WINDOW_MS);

const outcome = (spent: number, limit: number, window: number): Consumption =>
  ({ allowed: spent <= limit, remaining: Math.max(0, limit - spent), resetAt: new Date((window + 1) * WINDOW_MS) });

/** One process's budgets, in memory: right for a single API instance (and for tests). */
export class MemoryRateLimitStore implements RateLimitStore {
  private readonly spent = new Map<string, { window: number; points: number }>();

  async consume(key: string, cost: number, limit: number, now = new Date()): Promise<Consumption> {
    const window = windowOf(now);
    const entry = this.spent.get(key);
    const points = (entry && entry.window === window ? entry.points : 0) + cost;
    this.spent.set(key, { window, points });
    if (this.spent.size > 100_000) for (const [k, v] of this.spent) if (v.window < window) this.spent.delete(k);
    return outcome(points, limit, window);
  }

  async close(): Promise<void> { /* nothing held */ }
}

/**
 * Budgets in Redis, shared by every API instance that points at the same server: one INCRBY per request on a key
 * per (API key, minute), expiring with its window.
 */
export class RedisRateLimitStore implements RateLimitStore {
  private readonly redis: Redis;

  constructor(url: string) {
    this.redis = new Redis(url, { maxRetriesPerRequest: 2, enableOfflineQueue: true, lazyConnect: false });
  }

  async consume(key: string, cost: number, limit: number, now = new Date()): Promise<Consumption> {
    const window = windowOf(now);
    const redisKey = `tierwise:rate:${key}:${window}`;
    const results = await this.redis.multi().incrby(redisKey, cost).pexpire(redisKey, WINDOW_MS * 2).exec();
    const [error, spent] = results?.[0] ?? [new Error('Redis returned no result'), 0];
    if (error) throw error;
    return outcome(Number(spent), limit, window);
  }

  async close(): Promise<void> {
    await this.redis.quit();
  }
}

export function createRateLimitStore(redisUrl: string | undefined): RateLimitStore {
  return redisUrl ? new RedisRateLimitStore(redisUrl) : new MemoryRateLimitStore();
}
