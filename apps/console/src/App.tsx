import { QueryClient } from '@tanstack/react-query';
import { Admin, Resource } from 'react-admin';
import { Role, roleAtLeast } from '@tierwise/domain';
import { authProvider } from './authProvider';
import { dataProvider } from './dataProvider';
import { i18nProvider } from './i18n';
import { lazyComponent } from './lazy-pages';
import apiClients from './apiClients';
import approvals from './approvals';
import audit from './audit';
import benefits from './benefits';
import businessCalendars from './businessCalendars';
import campaigns from './campaigns';
import contactPolicy from './contactPolicy';
import jobRuns from './jobs';
import knowledgeBase from './knowledgeBase';
import assistantQuestions from './assistantQuestions';
import outbox from './outbox';
import outreachMessages from './outreachMessages';
import customers from './customers';
import { creditLimitChanges, creditLineRules } from './creditLines';
import exchangeRates from './exchangeRates';
import followUps from './followUps';
import fulfilmentOrders from './fulfilmentOrders';
import needRules from './needRules';
import partners from './partners';
import products from './products';
import referrals from './referrals';
import savedSegments from './segments';
import scenarioPackages from './scenarioPackages';
import serviceDesk from './serviceDesk';
import tiers from './tiers';
import users from './users';

/**
 * Each resource's folder gives its pages, icon and record representation (its index.ts); every page but the product
 * list (the first thing a product manager opens) loads when it is first opened.
 */
const Dashboard = lazyComponent(() => import('./dashboard/Dashboard').then((m) => m.Dashboard));

/** Only what the role may do is on screen: viewers get no create/edit, only admins see Users. */
function readOnly<T extends { edit?: unknown; create?: unknown }>(resource: T, canWrite: boolean): T {
  return canWrite ? resource : { ...resource, edit: undefined, create: undefined };
}

/**
 * No silent refetch when the window regains focus: it would change an open form's values (and its version)
 * under the user. A concurrent edit is reported as a conflict instead, and lists refresh on navigation.
 */
const queryClient = new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false } } });

/**
 * Not `requireAuth`: with an auth provider that answers at once, react-admin 5's LogoutOnMount loops thousands of times
 * between the page asked for and `#/login` before the form shows (12–15 s). Every page checks the session itself
 * (react-admin's lists, forms and show pages, and the dashboard), and the API refuses an anonymous caller anyway.
 */
export function App() {
  return (
    <Admin
      title="Tierwise"
      dataProvider={dataProvider}
      queryClient={queryClient}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      dashboard={Dashboard}
      disableTelemetry
    >
      {(permissions: Role | null) => {
        const canWrite = !!permissions && roleAtLeast(permissions, Role.PRODUCT_MANAGER);
        // An advisor's console: their customers and their follow-ups, nothing of the catalogue.
        if (permissions === Role.ADVISOR) {
          return [<Resource key="FollowUp" name="FollowUp" {...followUps} />, <Resource key="Customer" name="Customer" {...readOnly(customers, false)} />];
        }
        return [
          <Resource key="Product" name="Product" {...readOnly(products, canWrite)} />,
          <Resource key="Tier" name="Tier" {...readOnly(tiers, canWrite)} />,
          <Resource key="Benefit" name="Benefit" {...readOnly(benefits, canWrite)} />,
          <Resource key="PartnerInstitution" name="PartnerInstitution" {...readOnly(partners, canWrite)} />,
          <Resource key="Customer" name="Customer" {...readOnly(customers, canWrite)} />,
          <Resource key="SavedSegment" name="SavedSegment" {...readOnly(savedSegments, canWrite)} />,
          <Resource key="NeedRule" name="NeedRule" {...readOnly(needRules, canWrite)} />,
          <Resource key="ScenarioPackage" name="ScenarioPackage" {...readOnly(scenarioPackages, canWrite)} />,
          <Resource key="CreditLineRule" name="CreditLineRule" {...readOnly(creditLineRules, canWrite)} />,
          <Resource key="CreditLimitChange" name="CreditLimitChange" {...creditLimitChanges} />,
          <Resource key="ExchangeRate" name="ExchangeRate" {...exchangeRates} />,
          <Resource key="ServiceRequest" name="ServiceRequest" {...readOnly(serviceDesk, canWrite)} />,
          <Resource key="KnowledgeEntry" name="KnowledgeEntry" {...readOnly(knowledgeBase, canWrite)} />,
          <Resource key="AssistantQuestion" name="AssistantQuestion" {...assistantQuestions} />,
          <Resource key="BusinessCalendar" name="BusinessCalendar" {...readOnly(businessCalendars, canWrite)} />,
          <Resource key="FollowUp" name="FollowUp" {...followUps} />,
          <Resource key="Campaign" name="Campaign" {...readOnly(campaigns, canWrite)} />,
          <Resource key="OutreachMessage" name="OutreachMessage" {...outreachMessages} />,
          <Resource key="OutboxMessage" name="OutboxMessage" {...outbox} />,
          <Resource key="ContactPolicy" name="ContactPolicy" {...contactPolicy} />,
          <Resource key="Referral" name="Referral" {...referrals} />,
          <Resource key="FulfilmentOrder" name="FulfilmentOrder" {...readOnly(fulfilmentOrders, canWrite)} />,
          permissions === Role.ADMIN ? <Resource key="ApiClient" name="ApiClient" {...apiClients} /> : null,
          <Resource key="ChangeRequest" name="ChangeRequest" {...approvals} />,
          <Resource key="AuditEvent" name="AuditEvent" {...audit} />,
          <Resource key="JobRun" name="JobRun" {...jobRuns} />,
          permissions === Role.ADMIN ? <Resource key="User" name="User" {...users} /> : null,
        ];
      }}
    </Admin>
  );
}
