import Key from '@mui/icons-material/Key';
import { lazyResource } from '../lazy-pages';

/** API keys of partners and of the institution's own systems (admins only). */
export default {
  ...lazyResource(() => import('./pages').then((m) => m.default), ['list', 'show', 'create']),
  icon: Key,
  recordRepresentation: (r: { name: string }) => r.name,
};
