import { Field, Int, ObjectType } from 'type-graphql';
import { Product } from '../products';
import { RecommendationReasonType } from '../recommendations';
import { ScenarioPackage } from './scenario-package.entity';

@ObjectType('ScenarioRecommendation', { description: 'A scenario package recommended as a whole, with the products this customer may be offered' })
export class ScenarioRecommendation {
  @Field(() => ScenarioPackage) package!: ScenarioPackage;
  @Field(() => [Product], { description: 'The package products the customer may be offered' }) products!: Product[];
  @Field(() => Int, { description: 'Package products held back for this customer (suitability, tier or minimum investment)' }) withheldProducts!: number;
  @Field(() => Int, { description: "Package benefits held back because the customer's tier does not grant them" }) withheldBenefits!: number;
  @Field(() => [RecommendationReasonType]) reasons!: RecommendationReasonType[];
}
