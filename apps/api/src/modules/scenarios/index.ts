// modules/scenarios: Scenario packages. Other modules and the app import only this file.
import { ScenarioPackage } from './scenario-package.entity';
import { ScenarioPackageResolver, ScenarioPackagePendingChangesResolver } from './scenario-package.resolver';
export { ScenarioPackage, ScenarioPackageResolver };
export { ScenarioPackageService } from './scenario-package.service';
export { ScenarioRecommendation } from './scenario-package.types';

/** The entities this module owns (the app assembles the data source from every module's list). */
export const entities = [ScenarioPackage];
/** The resolvers this module adds to the schema. */
export const resolvers = [ScenarioPackageResolver, ScenarioPackagePendingChangesResolver];
