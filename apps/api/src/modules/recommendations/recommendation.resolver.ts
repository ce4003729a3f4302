import { Arg, Ctx, GraphQLISODateTime, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { DAY_MS } from '@tierwise/domain';
import { Allow, AllowOrScope } from '../../common/auth';
import { ApiScope } from '@tierwise/domain';
import type { RequestContext } from '../../common/context';
import { Role } from '../../common/enums';
import { FeedbackEvent, RecommendationFeedback } from './feedback.entity';
import { RecommendationAcceptance, RecommendationType } from './recommendation.types';
import { RecommendationService } from './recommendation.service';

@Resolver()
export class RecommendationResolver {
  @Allow(Role.VIEWER)
  @Query(() => [RecommendationType], { description: 'Suitable products for a customer, best fit first, each with its reasons' })
  recommendations(@Ctx() ctx: RequestContext, @Arg('customerId', () => ID) customerId: string, @Arg('limit', () => Int, { defaultValue: 5 }) limit: number) {
    return RecommendationService.recommend(ctx, customerId, limit);
  }

  @AllowOrScope(Role.PRODUCT_MANAGER, ApiScope.FEEDBACK_WRITE)
  @Mutation(() => RecommendationFeedback, {
    description:
      'Record what the customer did with a recommended product (the app backend: an API key with feedback:write); DISMISSED holds it back for DISMISSED_HOLD_DAYS (30)',
  })
  recordRecommendationFeedback(
    @Ctx() ctx: RequestContext,
    @Arg('customerId', () => ID) customerId: string,
    @Arg('productId', () => ID) productId: string,
    @Arg('event', () => FeedbackEvent) event: FeedbackEvent,
  ) {
    return RecommendationService.feedback(ctx, customerId, productId, event);
  }

  @Allow(Role.VIEWER)
  @Query(() => RecommendationAcceptance, {
    description: 'Share of recommendations shown that were accepted (default: the last 90 days), by tier and product type',
  })
  recommendationAcceptance(@Ctx() ctx: RequestContext, @Arg('since', () => GraphQLISODateTime, { nullable: true }) since?: Date) {
    return RecommendationService.acceptance(ctx, since ?? new Date(Date.now() - 90 * DAY_MS));
  }
}
