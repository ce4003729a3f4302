import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import '../common/enums';
import { assertEveryOperationDeclaresAccess, authChecker, type TokenService } from '../common/auth';
import { assertEveryListIsBounded } from '../common/graphql-limits';
import { AuditEventResolver } from '../modules/audit/audit.resolver';
import { createAuthResolver } from '../modules/auth/auth.resolver';
import { LoginThrottle } from '../modules/auth/login-throttle';
import { BenefitResolver } from '../modules/benefits/benefit.resolver';
import { BenefitEntitlementsResolver, TierBenefitResolver } from '../modules/tiers/tier-benefit.resolver';
import { CustomerResolver } from '../modules/customers/customer.resolver';
import { SegmentResolver } from '../modules/customers/segments.resolver';
import { SavedSegmentResolver } from '../modules/customers/saved-segment';
import { CustomerNeedsResolver, NeedRuleResolver } from '../modules/needs/needs.resolver';
import { RecommendationResolver } from '../modules/recommendations/recommendation.resolver';
import { ApiClientResolver, FulfilmentOrderResolver, PartnerApiResolver, ReferralResolver } from '../modules/partner-api/partner-api.resolver';
import { ScenarioPackageResolver } from '../modules/scenarios/scenario-package';
import { PlanningResolver } from '../modules/planning/planning.resolver';
import { PartnerInstitutionResolver } from '../modules/partners/partner.resolver';
import { ProductResolver } from '../modules/products/product.resolver';
import { TierResolver } from '../modules/tiers/tier.resolver';
import { UserResolver } from '../modules/users/user.resolver';

/** Build the GraphQL schema; refuses to build if any operation does not declare who may call it. */
export async function createSchema(tokens: TokenService, throttle = new LoginThrottle()): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: [
      createAuthResolver(tokens, throttle), UserResolver, PartnerInstitutionResolver, TierResolver, BenefitResolver,
      TierBenefitResolver, BenefitEntitlementsResolver, ProductResolver, AuditEventResolver, CustomerResolver, SegmentResolver, SavedSegmentResolver,
      PlanningResolver, NeedRuleResolver, CustomerNeedsResolver, RecommendationResolver,
      ApiClientResolver, ReferralResolver, FulfilmentOrderResolver, PartnerApiResolver, ScenarioPackageResolver,
    ],
    authChecker,
    validate: { forbidUnknownValues: false, validationError: { target: false, value: false } },
    emitSchemaFile: false,
  });
  assertEveryOperationDeclaresAccess();
  assertEveryListIsBounded(schema);
  return schema;
}
