import { Arg, Args, ArgsType, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import { Allow, AllowOrAdvisor, AllowOrAdvisorFor } from './auth';
import type { RequestContext } from './context';
import { Role } from './enums';
import { ListArgs, ListMetadata } from './list';

/** What a resource's service offers for react-admin's read operations. */
export interface ReadService<T extends object, F extends object> {
  list(ctx: RequestContext, args: ListArgs, filter?: F): Promise<T[]>;
  count(ctx: RequestContext, filter?: F): Promise<number>;
  get(ctx: RequestContext, id: string): Promise<T>;
}

/** ... for its creates and updates ... */
export interface WriteService<T extends object, F extends object, C extends object, U extends object> extends ReadService<T, F> {
  create(ctx: RequestContext, args: C): Promise<T>;
  update(ctx: RequestContext, args: U): Promise<T>;
}

/** ... and for its deletes. */
export interface CrudService<T extends object, F extends object, C extends object, U extends object> extends WriteService<T, F, C, U> {
  delete(ctx: RequestContext, id: string): Promise<T>;
}

export interface ReadResolverOptions<T extends object, F extends object> {
  /** The GraphQL type, whose name is the react-admin resource name (`Product`). */
  type: ClassType<T>;
  /** Plural for the list queries (`Products` → `allProducts`, `_allProductsMeta`). */
  plural: string;
  filter: ClassType<F>;
  service: ReadService<T, F>;
  /** Who may read. */
  read: Role;
  /**
   * Advisors may read too: the list narrowed to their portfolio by the service, one record only of it — `true` for
   * customers themselves, or the record kind registered with `registerCustomerOwner` (whose customer a record is).
   */
  advisors?: true | string;
}

/**
 * A check every write of a resource goes through (four eyes: the write is held for approval), with the extra arguments
 * it takes. The kernel knows only this shape; the approvals module provides it.
 */
export interface WriteGuard {
  argsType: ClassType<object>;
  write(ctx: RequestContext, mutation: string, args: object, extra: object): Promise<unknown>;
}

export interface WriteResolverOptions<T extends object, F extends object, C extends object, U extends object> extends ReadResolverOptions<T, F> {
  createArgs: ClassType<C>;
  updateArgs: ClassType<U>;
  service: WriteService<T, F, C, U>;
  /** Who may create, update (and delete). */
  write: Role;
  /** Every create, update and delete goes through it (the resolver answers what it answers). */
  guard?: WriteGuard;
}

/** Extra arguments of an unguarded write: none. */
@ArgsType()
class NoExtraArgs {}

export interface CrudResolverOptions<T extends object, F extends object, C extends object, U extends object> extends WriteResolverOptions<T, F, C, U> {
  service: CrudService<T, F, C, U>;
}

/**
 * The read operations react-admin's ra-data-graphql-simple expects for a resource — `allX`, `_allXMeta`
 * and `X(id)` — each declaring who may call it. Extend it to add field resolvers and other operations.
 */
export function createReadResolver<T extends object, F extends object>(o: ReadResolverOptions<T, F>) {
  const name = o.type.name;
  @Resolver(() => o.type)
  abstract class ReadResolver {
    @(o.advisors ? AllowOrAdvisor(o.read) : Allow(o.read))
    @Query(() => [o.type], { name: `all${o.plural}`, description: `A page of ${o.plural}, 0-based, at most 100 per page` })
    all(@Ctx() ctx: RequestContext, @Args(() => ListArgs) args: ListArgs, @Arg('filter', () => o.filter, { nullable: true }) filter?: F) {
      return o.service.list(ctx, args, filter);
    }

    @(o.advisors ? AllowOrAdvisor(o.read) : Allow(o.read))
    @Query(() => ListMetadata, { name: `_all${o.plural}Meta`, description: `How many ${o.plural} match the filter` })
    async meta(@Ctx() ctx: RequestContext, @Args(() => ListArgs) _args: ListArgs, @Arg('filter', () => o.filter, { nullable: true }) filter?: F) {
      return { count: await o.service.count(ctx, filter) };
    }

    @(o.advisors === true ? AllowOrAdvisor(o.read, 'id') : o.advisors ? AllowOrAdvisorFor(o.read, o.advisors) : Allow(o.read))
    @Query(() => o.type, { name })
    one(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
      return o.service.get(ctx, id);
    }
  }
  return ReadResolver;
}

/** The read operations plus `createX` and `updateX` with flat arguments (react-admin's conventions). */
export function createWriteResolver<T extends object, F extends object, C extends object, U extends object>(o: WriteResolverOptions<T, F, C, U>) {
  const name = o.type.name;
  @Resolver(() => o.type)
  abstract class WriteResolver extends createReadResolver(o) {
    @Allow(o.write)
    @Mutation(() => o.type, {
      name: `create${name}`,
      description: o.guard ? 'Under four eyes: held for approval, answered with what it would create' : undefined,
    })
    create(@Ctx() ctx: RequestContext, @Args(() => o.createArgs) args: C, @Args(() => o.guard?.argsType ?? NoExtraArgs) extra: object) {
      return o.guard ? o.guard.write(ctx, `create${name}`, args, extra) : o.service.create(ctx, args);
    }

    @Allow(o.write)
    @Mutation(() => o.type, {
      name: `update${name}`,
      description: `Send the version you read; a stale one is refused with CONFLICT${o.guard ? '. Under four eyes: held for approval, answered with the record as it still is' : ''}`,
    })
    update(@Ctx() ctx: RequestContext, @Args(() => o.updateArgs) args: U, @Args(() => o.guard?.argsType ?? NoExtraArgs) extra: object) {
      return o.guard ? o.guard.write(ctx, `update${name}`, args, extra) : o.service.update(ctx, args);
    }
  }
  return WriteResolver;
}

/** The whole of react-admin's CRUD for a resource: read, create, update and `deleteX(id)`. */
export function createCrudResolver<T extends object, F extends object, C extends object, U extends object>(o: CrudResolverOptions<T, F, C, U>) {
  @Resolver(() => o.type)
  abstract class CrudResolver extends createWriteResolver(o) {
    @Allow(o.write)
    @Mutation(() => o.type, {
      name: `delete${o.type.name}`,
      description: o.guard ? 'Under four eyes: held for approval, answered with the record as it still is' : undefined,
    })
    delete(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Args(() => o.guard?.argsType ?? NoExtraArgs) extra: object) {
      return o.guard ? o.guard.write(ctx, `delete${o.type.name}`, { id }, extra) : o.service.delete(ctx, id);
    }
  }
  return CrudResolver;
}
