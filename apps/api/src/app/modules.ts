import * as users from '../modules/users';
import * as auth from '../modules/auth';
import * as audit from '../modules/audit';
import * as jobRuns from '../modules/jobs';
import * as approvals from '../modules/approvals';
import * as planning from '../modules/planning';
import * as partners from '../modules/partners';
import * as exchangeRates from '../modules/exchange-rates';
import * as benefits from '../modules/benefits';
import * as tiers from '../modules/tiers';
import * as products from '../modules/products';
import * as customers from '../modules/customers';
import * as benefitLedger from '../modules/benefit-ledger';
import * as consents from '../modules/consents';
import * as riskProfile from '../modules/risk-profile';
import * as tiering from '../modules/tiering';
import * as segments from '../modules/segments';
import * as needs from '../modules/needs';
import * as orders from '../modules/orders';
import * as serviceDesk from '../modules/service-desk';
import * as advisory from '../modules/advisory';
import * as recommendations from '../modules/recommendations';
import * as scenarios from '../modules/scenarios';
import * as outreach from '../modules/outreach';
import * as wealthPlanning from '../modules/wealth-planning';
import * as creditLines from '../modules/credit-lines';
import * as customerApp from '../modules/customer-app';
import * as assistant from '../modules/assistant';
import * as kpis from '../modules/kpis';
import * as partnerApi from '../modules/partner-api';

/** What each module's index.ts gives the composition root. */
export interface ModuleDefinition {
  entities: readonly Function[];
  resolvers: readonly Function[];
}

/** The modules from the bottom up, as the layering rule orders them (eslint.config.mjs). */
export const modules: readonly ModuleDefinition[] = [
  users,
  auth,
  audit,
  jobRuns,
  approvals,
  planning,
  partners,
  exchangeRates,
  benefits,
  tiers,
  products,
  customers,
  benefitLedger,
  consents,
  riskProfile,
  tiering,
  segments,
  needs,
  orders,
  serviceDesk,
  advisory,
  recommendations,
  scenarios,
  outreach,
  wealthPlanning,
  creditLines,
  customerApp,
  assistant,
  kpis,
  partnerApi,
];
