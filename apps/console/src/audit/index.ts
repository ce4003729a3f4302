import ManageSearch from '@mui/icons-material/ManageSearch';
import { i18nProvider } from '../i18n';
import { lazyResource } from '../lazy-pages';

/** The audit trail: who changed what, when. */
export default {
  ...lazyResource(() => import('./pages').then((m) => m.default), ['list', 'show']),
  icon: ManageSearch,
  recordRepresentation: (r: { occurredAt: string; actor: string }) => `${new Date(r.occurredAt).toLocaleString(i18nProvider.getLocale())} · ${r.actor}`,
};
