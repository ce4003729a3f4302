import { ChangeOperation, type ChangeResource } from '@tierwise/domain';
import type { RequestContext } from '../../common/context';
import type { WriteGuard } from '../../common/crud.resolver';
import { AppError } from '../../common/errors';
import { registerChange, type ChangeTargetRef } from './change-registry';
import { ChangeArgs } from './change-request.inputs';
import { ChangeRequestService } from './change-request.service';

type Row = { id: string; version: number };

/** Every write under four eyes takes the change arguments and goes through the change-request service. */
const fourEyesGuard: WriteGuard = {
  argsType: ChangeArgs,
  write: (ctx, mutation, args, extra) => ChangeRequestService.write(ctx, mutation, args, extra),
};

const META = new Set(['id', 'version', 'createdAt', 'updatedAt']);

/** A record's fields as a change compares them: its columns (not the bookkeeping ones) and what `extras` adds. */
async function snapshotOf<T extends Row>(ctx: RequestContext, record: T, extras?: (ctx: RequestContext, record: T) => Promise<Record<string, unknown>>) {
  const fields = Object.fromEntries(Object.entries(record).filter(([k]) => !META.has(k)));
  return { ...fields, ...(extras ? await extras(ctx, record) : {}) };
}

/** How people know a record: its code, else its name, else its id. */
const labelOf = (record: object) => String((record as { code?: string }).code ?? (record as { name?: string }).name ?? (record as Row).id);

/** A write's own fields: its arguments without the record's id and version. */
function fieldsOf(args: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(args).filter(([k, v]) => k !== 'id' && k !== 'version' && v !== undefined));
}

/** The current version of a record (null once it is gone). */
export async function versionOf(get: () => Promise<Row>): Promise<number | null> {
  try {
    return (await get()).version;
  } catch (e) {
    if (e instanceof AppError && e.extensions.code === 'NOT_FOUND') return null;
    throw e;
  }
}

/**
 * Put a catalogue resource's create, update and delete under four eyes: each is registered (its arguments replayed
 * through the same service call once approved) and the resolver factory sends every call through the guard.
 */
export function catalogueChanges<T extends Row, C extends object, U extends Row>(o: {
  resource: ChangeResource;
  typeName: string;
  service: {
    get(ctx: RequestContext, id: string): Promise<T>;
    create(ctx: RequestContext, args: C): Promise<T>;
    update(ctx: RequestContext, args: U): Promise<T>;
    delete?(ctx: RequestContext, id: string): Promise<T>;
  };
  /** Fields beyond the record's columns that its writes set (eligible tiers, components, entitlements…). */
  extras?: (ctx: RequestContext, record: T) => Promise<Record<string, unknown>>;
  afterApply?: (ctx: RequestContext, args: object, result: unknown) => Promise<void>;
}): WriteGuard {
  const target = async (ctx: RequestContext, id: string): Promise<ChangeTargetRef> => {
    const record = await o.service.get(ctx, id);
    return { recordId: id, label: labelOf(record), version: record.version, before: await snapshotOf(ctx, record, o.extras) };
  };
  const currentVersion = (ctx: RequestContext, id: string) => versionOf(() => o.service.get(ctx, id));
  registerChange<C>({
    mutation: `create${o.typeName}`,
    resource: o.resource,
    operation: ChangeOperation.CREATE,
    targets: async () => [],
    proposed: (args) => fieldsOf(args),
    label: (args) => labelOf(args),
    run: (ctx, args) => o.service.create(ctx, args),
    held: async (_ctx, _args, dryRun) => dryRun,
    currentVersion,
    afterApply: o.afterApply,
  });
  registerChange<U>({
    mutation: `update${o.typeName}`,
    resource: o.resource,
    operation: ChangeOperation.UPDATE,
    targets: async (ctx, args) => [await target(ctx, args.id)],
    proposed: (args) => fieldsOf(args),
    run: (ctx, args) => o.service.update(ctx, args),
    held: (ctx, args) => o.service.get(ctx, args.id),
    currentVersion,
    afterApply: o.afterApply,
  });
  const remove = o.service.delete;
  if (remove) {
    registerChange<{ id: string }>({
      mutation: `delete${o.typeName}`,
      resource: o.resource,
      operation: ChangeOperation.DELETE,
      targets: async (ctx, args) => [await target(ctx, args.id)],
      proposed: () => null,
      run: (ctx, args) => remove(ctx, args.id),
      held: (ctx, args) => o.service.get(ctx, args.id),
      currentVersion,
      afterApply: o.afterApply,
    });
  }
  return fourEyesGuard;
}
