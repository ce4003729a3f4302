import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import { Allow } from '../../common/auth';
import type { RequestContext } from '../../common/context';
import { createReadResolver } from '../../common/crud.resolver';
import { ChangeResource, Role } from '../../common/enums';
import { ChangeRequest, FourEyesSetting } from './change-request.entity';
import { ChangeDecisionArgs, ChangeRequestFilter, RejectChangeArgs } from './change-request.inputs';
import { openChangesOfRecord } from './change-request.loaders';
import { ChangeRequestService, HELD_CHANGE } from './change-request.service';

/**
 * Four eyes: change requests (a react-admin resource: `allChangeRequests` with the queues "mine" and "awaiting me"),
 * the decisions on them, and the institution's setting per resource.
 */
@Resolver(() => ChangeRequest)
export class ChangeRequestResolver extends createReadResolver({
  type: ChangeRequest,
  plural: 'ChangeRequests',
  filter: ChangeRequestFilter,
  service: ChangeRequestService,
  read: Role.VIEWER,
}) {
  @Allow(Role.VIEWER)
  @Mutation(() => ChangeRequest, { description: 'The maker sends a draft change for approval' })
  submitChangeRequest(@Ctx() ctx: RequestContext, @Args(() => ChangeDecisionArgs) args: ChangeDecisionArgs) {
    return ChangeRequestService.submit(ctx, args);
  }

  @Allow(Role.VIEWER)
  @Mutation(() => ChangeRequest, {
    description:
      'Approve a submitted change: needs the checker permission for its resource, and never by its maker (FORBIDDEN); a stale one is superseded (CONFLICT). It applies now, or at its effectiveFrom',
  })
  approveChangeRequest(@Ctx() ctx: RequestContext, @Args(() => ChangeDecisionArgs) args: ChangeDecisionArgs) {
    return ChangeRequestService.approve(ctx, args);
  }

  @Allow(Role.VIEWER)
  @Mutation(() => ChangeRequest, { description: 'Reject a submitted change, saying why (a checker, not its maker); the request is kept' })
  rejectChangeRequest(@Ctx() ctx: RequestContext, @Args(() => RejectChangeArgs) args: RejectChangeArgs) {
    return ChangeRequestService.reject(ctx, args);
  }

  @Allow(Role.VIEWER)
  @Mutation(() => ChangeRequest, { description: 'The maker withdraws a change not yet applied' })
  cancelChangeRequest(@Ctx() ctx: RequestContext, @Args(() => ChangeDecisionArgs) args: ChangeDecisionArgs) {
    return ChangeRequestService.cancel(ctx, args);
  }

  @Allow(Role.VIEWER)
  @Query(() => [FourEyesSetting], { description: 'Four eyes per resource (on unless the institution turned it off)' })
  fourEyesSettings(@Ctx() ctx: RequestContext) {
    return ChangeRequestService.settings(ctx);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => FourEyesSetting, { description: 'Turn four eyes on or off for a resource (audited); changes already held keep their course' })
  setFourEyes(@Ctx() ctx: RequestContext, @Arg('resource', () => ChangeResource) resource: ChangeResource, @Arg('enabled', () => Boolean) enabled: boolean) {
    return ChangeRequestService.setEnabled(ctx, resource, enabled);
  }
}

/** `pendingChanges` on a record type under four eyes: its open change requests (and the one a held write just made). */
export function pendingChangesResolver<T extends { id: string }>(type: ClassType<T>) {
  @Resolver(() => type)
  class PendingChangesResolver {
    @FieldResolver(() => [ChangeRequest], {
      description: 'Four eyes: changes of this record waiting for approval or for their effective instant (first, the one this answer made)',
    })
    async pendingChanges(@Root() record: T, @Ctx() ctx: RequestContext): Promise<ChangeRequest[]> {
      const held = (record as { [HELD_CHANGE]?: ChangeRequest })[HELD_CHANGE];
      const open = await ctx.loaders.get(openChangesOfRecord).load(record.id);
      return held ? [held, ...open.filter((r) => r.id !== held.id)] : open;
    }
  }
  Object.defineProperty(PendingChangesResolver, 'name', { value: `${type.name}PendingChangesResolver` });
  return PendingChangesResolver;
}
