import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow } from '../../common/auth';
import type { RequestContext } from '../../common/context';
import { Role } from '../../common/enums';
import { Customer } from '../customers';
import { RetierJob } from './retier-job.entity';
import { RetierService } from './retier.service';
import { TierChange } from './tier-change.entity';

/** Re-tiering runs, and the customer's `tierHistory`. */
@Resolver(() => Customer)
export class TieringResolver {
  @Allow(Role.PRODUCT_MANAGER)
  @Mutation(() => RetierJob, { description: 'Re-tier every customer in the background (one run at a time); follow it with retierJob' })
  startRetier(@Ctx() ctx: RequestContext) {
    return RetierService.start(ctx);
  }

  @Allow(Role.VIEWER)
  @Query(() => RetierJob, { description: 'Progress of a re-tiering run' })
  retierJob(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return RetierService.get(ctx, id);
  }

  @Allow(Role.VIEWER)
  @Query(() => RetierJob, {
    nullable: true,
    description: 'The latest re-tiering run (on demand or after a change of the tier ranges), or null before the first',
  })
  latestRetierJob(@Ctx() ctx: RequestContext) {
    return RetierService.latest(ctx);
  }

  @FieldResolver(() => [TierChange], { description: "The customer's tier changes, newest first" })
  tierHistory(@Root() customer: Customer, @Ctx() ctx: RequestContext) {
    return RetierService.history(ctx, customer.id);
  }
}
