// modules/needs: Behaviour events, need rules and detected needs. Other modules and the app import only this file.
import { BehaviourEvent } from './behaviour-event.entity';
import { NeedRule } from './need-rule.entity';
import { CustomerNeed } from './customer-need.entity';
import { CustomerNeedsResolver, NeedRulePendingChangesResolver, NeedRuleResolver } from './needs.resolver';
export { BehaviourEvent } from './behaviour-event.entity';
export { CustomerNeed, NeedVerdict } from './customer-need.entity';
export { NeedRule } from './need-rule.entity';
export { CustomerNeedsResolver, NeedRuleResolver } from './needs.resolver';
export { NeedService } from './needs.service';

/** The entities this module owns (the app assembles the data source from every module's list). */
export const entities = [BehaviourEvent, NeedRule, CustomerNeed];
/** The resolvers this module adds to the schema. */
export const resolvers = [NeedRuleResolver, NeedRulePendingChangesResolver, CustomerNeedsResolver];
