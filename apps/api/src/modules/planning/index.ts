// modules/planning: Planning calculators. Other modules and the app import only this file.
import { PlanningResolver } from './planning.resolver';
export { PlanningResolver } from './planning.resolver';

/** The entities this module owns (the app assembles the data source from every module's list). */
export const entities = [];
/** The resolvers this module adds to the schema. */
export const resolvers = [PlanningResolver];
