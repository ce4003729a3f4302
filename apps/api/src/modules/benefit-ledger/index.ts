// modules/benefit-ledger: benefits redeemed exactly within their annual quota. Other modules and the app import only this file.
import { BenefitRedemption, BenefitUsage } from './redemption.entity';
import { PointsBalance, PointsEntry } from './points.entity';
import { BenefitAllowanceResolver, CustomerBenefitsResolver, PointsResolver, RedemptionResolver } from './redemption.resolver';
export { BenefitRedemption } from './redemption.entity';
export { LedgerErrors, RedemptionService, registerFulfilment } from './redemption.service';
export { CustomerBenefits } from './redemption.resolver';
export { CustomerBenefitsResolver, RedemptionResolver };

/** The entities this module owns (the app assembles the data source from every module's list). */
export const entities = [BenefitUsage, BenefitRedemption, PointsBalance, PointsEntry];
/** The resolvers this module adds to the schema. */
export const resolvers = [RedemptionResolver, CustomerBenefitsResolver, BenefitAllowanceResolver, PointsResolver];
