// modules/recommendations: Recommendations, feedback and the acceptance rate. Other modules and the app import only this file.
import { RecommendationFeedback } from './feedback.entity';
import { RecommendationResolver } from './recommendation.resolver';
export { activeCatalogue } from './catalogue-cache';
export { FeedbackEvent, RecommendationFeedback } from './feedback.entity';
export { RecommendationResolver } from './recommendation.resolver';
export { RecommendationService } from './recommendation.service';
export { RecommendationReasonType, RecommendationType } from './recommendation.types';

/** The entities this module owns (the app assembles the data source from every module's list). */
export const entities = [RecommendationFeedback];
/** The resolvers this module adds to the schema. */
export const resolvers = [RecommendationResolver];
