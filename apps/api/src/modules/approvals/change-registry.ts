import type { ChangeOperation, ChangeResource } from '@tierwise/domain';
import type { RequestContext } from '../../common/context';

/** A record a change concerns, as it is now: how people know it, its version, and its fields (for the diff). */
export interface ChangeTargetRef {
  recordId: string;
  label: string;
  version: number;
  before: Record<string, unknown>;
}

/**
 * How one write of a covered resource is held for approval and replayed once approved. Each module registers the
 * writes it offers (its resolvers call them through `ChangeRequestService.write`); the change request keeps the
 * mutation's name and arguments and, when its time comes, runs `run` with them — the same code the direct write runs.
 */
export interface ChangeSpec<A extends object = object> {
  /** The mutation's name, e.g. updateProduct (the registry's key). */
  mutation: string;
  resource: ChangeResource;
  operation: ChangeOperation;
  /** The records it changes, read now (empty for a create). */
  targets(ctx: RequestContext, args: A): Promise<ChangeTargetRef[]>;
  /** What the fields of `target` become (of the new record, for a create; null for a delete). */
  proposed(args: A, target: ChangeTargetRef | null): Record<string, unknown> | null;
  /** How people will know a record a create makes. */
  label?(args: A): string;
  /** The write itself (the service call the direct mutation makes). */
  run(ctx: RequestContext, args: A): Promise<unknown>;
  /** The answer of a held write: the records as they still are (a create: what it would make). */
  held(ctx: RequestContext, args: A, dryRun: unknown): Promise<unknown>;
  /** The current version of a record it concerns (null once gone), to tell a stale change. */
  currentVersion(ctx: RequestContext, recordId: string): Promise<number | null>;
  /** What follows a write once it has committed (a tier-range change starts the re-tier run). */
  afterApply?(ctx: RequestContext, args: A, result: unknown): Promise<void>;
}

const registry = new Map<string, ChangeSpec>();

/** Register a write under four eyes (at module load; a name registered twice is a programming error). */
export function registerChange<A extends object>(spec: ChangeSpec<A>): void {
  if (registry.has(spec.mutation)) throw new Error(`${spec.mutation} is registered for four eyes twice`);
  registry.set(spec.mutation, spec as unknown as ChangeSpec);
}

export function changeSpec(mutation: string): ChangeSpec {
  const spec = registry.get(mutation);
  if (!spec) throw new Error(`${mutation} is not registered for four eyes`);
  return spec;
}

/** Every write under four eyes, by mutation name (the no-bypass test compares it with the schema). */
export function guardedMutations(): string[] {
  return [...registry.keys()].sort();
}

/** Arguments as stored: dates tagged, so that the replay gets Date objects back. */
export function serializeArgs(args: object): string {
  return JSON.stringify(args, function (this: Record<string, unknown>, key, value) {
    const raw = this[key];
    return raw instanceof Date ? { $date: raw.toISOString() } : value;
  });
}

export function deserializeArgs<A>(text: string): A {
  return JSON.parse(text, (_key, value) =>
    value && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 1 && typeof value.$date === 'string'
      ? new Date(value.$date)
      : value,
  ) as A;
}
