import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Allow } from '../../common/auth';
import type { RequestContext } from '../../common/context';
import { createCrudResolver } from '../../common/crud.resolver';
import { catalogueChanges, pendingChangesResolver } from '../approvals';
import { ChangeResource } from '../../common/enums';
import { Role } from '../../common/enums';
import { Benefit, benefitById } from '../benefits';
import { PartnerInstitution, partnerById } from '../partners';
import { ScenarioPackage } from './scenario-package.entity';
import { CreateScenarioPackageArgs, ScenarioPackageFilter, UpdateScenarioPackageArgs } from './scenario-package.inputs';
import { ScenarioPackageService } from './scenario-package.service';
import { ScenarioRecommendation } from './scenario-package.types';

@Resolver(() => ScenarioPackage)
export class ScenarioPackageResolver extends createCrudResolver({
  type: ScenarioPackage,
  plural: 'ScenarioPackages',
  filter: ScenarioPackageFilter,
  createArgs: CreateScenarioPackageArgs,
  updateArgs: UpdateScenarioPackageArgs,
  service: ScenarioPackageService,
  read: Role.VIEWER,
  write: Role.PRODUCT_MANAGER,
  guard: catalogueChanges({ resource: ChangeResource.SCENARIO_PACKAGE, typeName: 'ScenarioPackage', service: ScenarioPackageService }),
}) {
  @FieldResolver(() => [PartnerInstitution])
  async partners(@Root() pkg: ScenarioPackage, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.get(partnerById).loadMany(pkg.partnerIds)).filter((p): p is PartnerInstitution => !!p && !(p instanceof Error));
  }

  @FieldResolver(() => [Benefit])
  async benefits(@Root() pkg: ScenarioPackage, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.get(benefitById).loadMany(pkg.benefitIds)).filter((b): b is Benefit => !!b && !(b instanceof Error));
  }

  @Allow(Role.VIEWER)
  @Query(() => [ScenarioRecommendation], { description: "Scenario packages for the customer's detected needs, each as a whole, strongest need first" })
  scenarioRecommendations(@Ctx() ctx: RequestContext, @Arg('customerId', () => ID) customerId: string) {
    return ScenarioPackageService.forCustomer(ctx, customerId);
  }
}

/** Four eyes: a ScenarioPackage's pending changes. */
export const ScenarioPackagePendingChangesResolver = pendingChangesResolver(ScenarioPackage);
