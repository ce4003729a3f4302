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
