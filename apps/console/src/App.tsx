import { QueryClient } from '@tanstack/react-query';
import { Admin, Resource } from 'react-admin';
import { Role, roleAtLeast } from '@tierwise/domain';
import { authProvider } from './authProvider';
import { dataProvider } from './dataProvider';
import { i18nProvider } from './i18n';
import CardGiftcard from '@mui/icons-material/CardGiftcard';
import Groups from '@mui/icons-material/Groups';
import Handshake from '@mui/icons-material/Handshake';
import Insights from '@mui/icons-material/Insights';
import Inventory from '@mui/icons-material/Inventory';
import Inventory2 from '@mui/icons-material/Inventory2';
import Key from '@mui/icons-material/Key';
import Layers from '@mui/icons-material/Layers';
import LocalShipping from '@mui/icons-material/LocalShipping';
import ManageSearch from '@mui/icons-material/ManageSearch';
import MoveToInbox from '@mui/icons-material/MoveToInbox';
import People from '@mui/icons-material/People';
import Person from '@mui/icons-material/Person';
import { localCodeAndName, localName } from './fields';
import { lazyComponent, lazyResource } from './lazy-pages';
import { ProductList } from './products/ProductList';

/**
 * Every page but the product list (the first thing a product manager opens) loads when it is first opened; icons and
 * record representations are needed by the menu and by references everywhere, so they stay here.
 */
const CRUD = ['list', 'show', 'edit', 'create'] as const;
const products = { ...lazyResource(() => import('./products').then((m) => m.default), ['show', 'edit', 'create']), list: ProductList, icon: Inventory2, recordRepresentation: localCodeAndName };
const tiers = { ...lazyResource(() => import('./tiers').then((m) => m.default), [...CRUD]), icon: Layers, recordRepresentation: localName };
const benefits = { ...lazyResource(() => import('./benefits').then((m) => m.default), [...CRUD]), icon: CardGiftcard, recordRepresentation: localName };
const partners = { ...lazyResource(() => import('./partners').then((m) => m.default), [...CRUD]), icon: Handshake, recordRepresentation: localName };
const customers = {
  ...lazyResource(() => import('./customers').then((m) => m.default), [...CRUD]), icon: Person,
  recordRepresentation: (r: { externalRef: string; name: string }) => `${r.externalRef} · ${r.name}`,
};
const savedSegments = { ...lazyResource(() => import('./customers/segments').then((m) => m.default), ['list', 'edit', 'create']), icon: Groups, recordRepresentation: (r: { name: string }) => r.name };
const needRules = { ...lazyResource(() => import('./needs').then((m) => m.needRules), ['list', 'edit', 'create']), icon: Insights, recordRepresentation: localName };
const scenarioPackages = { ...lazyResource(() => import('./needs').then((m) => m.scenarioPackages), [...CRUD]), icon: Inventory, recordRepresentation: localName };
const referrals = { ...lazyResource(() => import('./partnerApi').then((m) => m.referrals), ['list']), icon: MoveToInbox };
const fulfilmentOrders = { ...lazyResource(() => import('./partnerApi').then((m) => m.fulfilmentOrders), ['list', 'create']), icon: LocalShipping };
const apiClients = { ...lazyResource(() => import('./partnerApi').then((m) => m.apiClients), ['list', 'show', 'create']), icon: Key, recordRepresentation: (r: { name: string }) => r.name };
const audit = {
  ...lazyResource(() => import('./audit').then((m) => m.default), ['list', 'show']), icon: ManageSearch,
  recordRepresentation: (r: { occurredAt: string; actor: string }) => `${new Date(r.occurredAt).toLocaleString(i18nProvider.getLocale())} · ${r.actor}`,
};
const users = { ...lazyResource(() => import('./users').then((m) => m.default), ['list', 'edit', 'create']), icon: People, recordRepresentation: (r: { email: string }) => r.email };
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
        return [
          <Resource key="Product" name="Product" {...readOnly(products, canWrite)} />,
          <Resource key="Tier" name="Tier" {...readOnly(tiers, canWrite)} />,
          <Resource key="Benefit" name="Benefit" {...readOnly(benefits, canWrite)} />,
          <Resource key="PartnerInstitution" name="PartnerInstitution" {...readOnly(partners, canWrite)} />,
          <Resource key="Customer" name="Customer" {...readOnly(customers, canWrite)} />,
          <Resource key="SavedSegment" name="SavedSegment" {...readOnly(savedSegments, canWrite)} />,
          <Resource key="NeedRule" name="NeedRule" {...readOnly(needRules, canWrite)} />,
          <Resource key="ScenarioPackage" name="ScenarioPackage" {...readOnly(scenarioPackages, canWrite)} />,
          <Resource key="Referral" name="Referral" {...referrals} />,
          <Resource key="FulfilmentOrder" name="FulfilmentOrder" {...readOnly(fulfilmentOrders, canWrite)} />,
          permissions === Role.ADMIN ? <Resource key="ApiClient" name="ApiClient" {...apiClients} /> : null,
          <Resource key="AuditEvent" name="AuditEvent" {...audit} />,
          permissions === Role.ADMIN ? <Resource key="User" name="User" {...users} /> : null,
        ];
      }}
    </Admin>
  );
}
