// modules/credit-lines: credit lines whose limits adjust by product managers' rules, under four eyes, the customer told through outreach. Other modules and the app import only this file.
import './credit-line.jobs';
import { CreditLimitChange, CreditLine, CreditLineRule } from './credit-line.entity';
import {
  CreditLimitChangeResolver,
  CreditLineResolver,
  CreditLineRulePendingChangesResolver,
  CreditLineRuleResolver,
  CustomerCreditLinesResolver,
} from './credit-line.resolver';
export { CreditLimitChange, CreditLine, CreditLineRule } from './credit-line.entity';
export { CreditLineService } from './credit-line.service';

/** The entities this module owns (the app assembles the data source from every module's list). */
export const entities = [CreditLineRule, CreditLine, CreditLimitChange];
/** The resolvers this module adds to the schema. */
export const resolvers = [
  CreditLineRuleResolver,
  CreditLineRulePendingChangesResolver,
  CreditLineResolver,
  CreditLimitChangeResolver,
  CustomerCreditLinesResolver,
];
