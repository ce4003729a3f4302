import type { RequestContext } from './context';

/**
 * The events modules publish for others to react to, after the change has committed (Vendure's EventBus idea). A lower
 * module never calls a higher one: it publishes, and the higher one subscribes in the composition root (app/).
 */
export interface DomainEvents {
  /** The tier ranges changed (a tier created, deleted, or its range moved): every customer needs re-tiering. */
  tierRangesChanged: { code: 'TIER_CREATED' | 'TIER_RANGE_EDITED' | 'RANGES_EDITED' | 'TIER_DELETED'; tier?: string };
}

type Handler<K extends keyof DomainEvents> = (ctx: RequestContext, event: DomainEvents[K]) => Promise<unknown>;

/** In-process and synchronous: `publish` resolves when every subscriber has handled the event. */
export class EventBus {
  private readonly handlers = new Map<keyof DomainEvents, Handler<never>[]>();

  subscribe<K extends keyof DomainEvents>(name: K, handler: Handler<K>): () => void {
    const list = (this.handlers.get(name) ?? []) as Handler<K>[];
    if (!list.includes(handler)) list.push(handler);
    this.handlers.set(name, list as Handler<never>[]);
    return () => this.handlers.set(name, list.filter((h) => h !== handler) as Handler<never>[]);
  }

  async publish<K extends keyof DomainEvents>(ctx: RequestContext, name: K, event: DomainEvents[K]): Promise<void> {
    for (const handler of (this.handlers.get(name) ?? []) as Handler<K>[]) await handler(ctx, event);
  }
}

/** The process's one bus. */
export const events = new EventBus();

/** Records that other records may depend on, and what depends on them (the name of the dependants, e.g. "products"). */
export type Referenced = 'PartnerInstitution' | 'Tier';
type UsageCounter = (ctx: RequestContext, id: string) => Promise<number>;

/**
 * What still uses a record, asked before it is deleted: the modules that hold the references (products name their
 * issuer and tiers) register a counter in the composition root, so the record's own module never imports them.
 */
export class Usages {
  private readonly counters = new Map<Referenced, Map<string, UsageCounter>>();

  register(record: Referenced, dependants: string, count: UsageCounter): void {
    const forRecord = this.counters.get(record) ?? new Map<string, UsageCounter>();
    forRecord.set(dependants, count);
    this.counters.set(record, forRecord);
  }

  /** Every registered kind of dependant with its count (0 when none), in the transaction of `ctx`. */
  async of(ctx: RequestContext, record: Referenced, id: string): Promise<Record<string, number>> {
    const out: Record<string, number> = {};
    for (const [dependants, count] of this.counters.get(record) ?? []) out[dependants] = await count(ctx, id);
    return out;
  }
}

export const usages = new Usages();
