// modules/benefits: Benefits. Other modules and the app import only this file.
import { Benefit } from './benefit.entity';
import { BenefitResolver, BenefitPendingChangesResolver } from './benefit.resolver';
export { Benefit } from './benefit.entity';
export { benefitById } from './benefit.loaders';
export { BenefitResolver } from './benefit.resolver';
export { BenefitService } from './benefit.service';

/** The entities this module owns (the app assembles the data source from every module's list). */
export const entities = [Benefit];
/** The resolvers this module adds to the schema. */
export const resolvers = [BenefitResolver, BenefitPendingChangesResolver];
