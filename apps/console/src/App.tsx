import { Admin, Resource } from 'react-admin';
import { authProvider } from './authProvider';
import { dataProvider } from './dataProvider';
import { i18nProvider } from './i18n';
import benefits from './benefits';
import partners from './partners';
import products from './products';
import tiers from './tiers';

export function App() {
  return (
    <Admin
      title="Tierwise"
      dataProvider={dataProvider}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      requireAuth
      disableTelemetry
    >
      <Resource name="Product" {...products} />
      <Resource name="Tier" {...tiers} />
      <Resource name="Benefit" {...benefits} />
      <Resource name="PartnerInstitution" {...partners} />
    </Admin>
  );
}
