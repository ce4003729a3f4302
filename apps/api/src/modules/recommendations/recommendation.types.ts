import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, GraphQLISODateTime, Int, ObjectType } from 'type-graphql';
import { Product } from '../products';

@ObjectType('RecommendationReason')
export class RecommendationReasonType {
  @Field(() => String, {
    description: 'Stable code: NEED_MATCH, LIFE_STAGE_MATCH, OCCUPATION_MATCH, RISK_PREFERENCE_MATCH, TIER_EXCLUSIVE, NEW_PRODUCT_TYPE, SUITABLE, ELDERLY_CARE',
  })
  code!: string;
  @Field(() => String, { description: 'The English text; show your own translation of `code` with `params` instead' }) message!: string;
  @Field(() => GraphQLJSONObject, { description: 'What the message names, as codes and numbers (e.g. {"need": "RETIREMENT"}), for translating `code`' })
  params!: Record<string, string>;
}

@ObjectType('Recommendation')
export class RecommendationType {
  @Field(() => Int) rank!: number;
  @Field(() => Int, { description: 'Fit points (needs, profile, tier, holdings; less for a type already picked)' }) score!: number;
  @Field(() => Product) product!: Product;
  @Field(() => [RecommendationReasonType]) reasons!: RecommendationReasonType[];
}

@ObjectType('AcceptanceRate')
export class AcceptanceRate {
  @Field(() => String, { description: 'The tier id or product type (or "all")' }) key!: string;
  @Field(() => Int, { description: '(customer, product) pairs shown' }) shown!: number;
  @Field(() => Int, { description: 'of which accepted' }) accepted!: number;
  @Field(() => String, { description: 'accepted ÷ shown, 4 decimals' }) rate!: string;
}

@ObjectType('RecommendationAcceptance', { description: "The plan's recommendation accuracy (target 75%)" })
export class RecommendationAcceptance extends AcceptanceRate {
  @Field(() => GraphQLISODateTime) since!: Date;
  @Field(() => [AcceptanceRate]) byTier!: AcceptanceRate[];
  @Field(() => [AcceptanceRate]) byProductType!: AcceptanceRate[];
}
