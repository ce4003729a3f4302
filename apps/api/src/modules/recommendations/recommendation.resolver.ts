import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Ctx, Field, GraphQLISODateTime, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { DAY_MS } from '@tierwise/domain';
import { Allow, AllowOrScope } from '../../common/auth';
import { ApiScope } from '@tierwise/domain';
import type { RequestContext } from '../../common/context';
import { Role } from '../../common/enums';
import { Product } from '../products/product.entity';
import { FeedbackEvent, RecommendationFeedback } from './feedback.entity';
import { RecommendationService } from './recommendation.service';

@ObjectType('RecommendationReason')
export class RecommendationReasonType {
  @Field(() => String, { description: 'Stable code: NEED_MATCH, LIFE_STAGE_MATCH, OCCUPATION_MATCH, RISK_PREFERENCE_MATCH, TIER_EXCLUSIVE, NEW_PRODUCT_TYPE, SUITABLE, ELDERLY_CARE' })
  code!: string;
  @Field(() => String, { description: 'The English text; show your own translation of `code` with `params` instead' }) message!: string;
  @Field(() => GraphQLJSONObject, { description: 'What the message names, as codes and numbers (e.g. {"need": "RETIREMENT"}), for translating `code`' })
  params!: Record<string, string>;
}

@ObjectType('Recommendation')
class RecommendationType {
  @Field(() => Int) rank!: number;
  @Field(() => Int, { description: 'Fit points (needs, profile, tier, holdings; less for a type already picked)' }) score!: number;
  @Field(() => Product) product!: Product;
  @Field(() => [RecommendationReasonType]) reasons!: RecommendationReasonType[];
}

@ObjectType('AcceptanceRate')
class AcceptanceRate {
  @Field(() => String, { description: 'The tier id or product type (or "all")' }) key!: string;
  @Field(() => Int, { description: '(customer, product) pairs shown' }) shown!: number;
  @Field(() => Int, { description: 'of which accepted' }) accepted!: number;
  @Field(() => String, { description: 'accepted ÷ shown, 4 decimals' }) rate!: string;
}

@ObjectType('RecommendationAcceptance', { description: "The plan's recommendation accuracy (target 75%)" })
class RecommendationAcceptance extends AcceptanceRate {
  @Field(() => GraphQLISODateTime) since!: Date;
  @Field(() => [AcceptanceRate]) byTier!: AcceptanceRate[];
  @Field(() => [AcceptanceRate]) byProductType!: AcceptanceRate[];
}

@Resolver()
export class RecommendationResolver {
  @Allow(Role.VIEWER)
  @Query(() => [RecommendationType], { description: 'Suitable products for a customer, best fit first, each with its reasons' })
  recommendations(@Ctx() ctx: RequestContext, @Arg('customerId', () => ID) customerId: string, @Arg('limit', () => Int, { defaultValue: 5 }) limit: number) {
    return RecommendationService.recommend(ctx, customerId, limit);
  }

  @AllowOrScope(Role.PRODUCT_MANAGER, ApiScope.FEEDBACK_WRITE)
  @Mutation(() => RecommendationFeedback, { description: 'Record what the customer did with a recommended product (the app backend: an API key with feedback:write); DISMISSED holds it back for DISMISSED_HOLD_DAYS (30)' })
  recordRecommendationFeedback(@Ctx() ctx: RequestContext, @Arg('customerId', () => ID) customerId: string, @Arg('productId', () => ID) productId: string,
    @Arg('event', () => FeedbackEvent) event: FeedbackEvent) {
    return RecommendationService.feedback(ctx, customerId, productId, event);
  }

  @Allow(Role.VIEWER)
  @Query(() => RecommendationAcceptance, { description: 'Share of recommendations shown that were accepted (default: the last 90 days), by tier and product type' })
  recommendationAcceptance(@Ctx() ctx: RequestContext, @Arg('since', () => GraphQLISODateTime, { nullable: true }) since?: Date) {
    return RecommendationService.acceptance(ctx, since ?? new Date(Date.now() - 90 * DAY_MS));
  }
}
