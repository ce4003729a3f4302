// modules/wealth-planning: customers' goals and bespoke proposals (investment plans, combined loans). Other modules and the app import only this file.
import './wealth-planning.jobs';
import { CustomerGoal, Proposal, ProposalLine } from './wealth-planning.entity';
import { CustomerGoalResolver, CustomerPlansResolver, ProposalResolver } from './wealth-planning.resolver';
export { CustomerGoal, Proposal, ProposalLine } from './wealth-planning.entity';
export { WealthPlanningService } from './wealth-planning.service';

/** The entities this module owns (the app assembles the data source from every module's list). */
export const entities = [CustomerGoal, Proposal, ProposalLine];
/** The resolvers this module adds to the schema. */
export const resolvers = [CustomerGoalResolver, ProposalResolver, CustomerPlansResolver];
