import People from '@mui/icons-material/People';
import { lazyResource } from '../lazy-pages';

/** Users and their roles (admins only). */
export default {
  ...lazyResource(() => import('./pages').then((m) => m.default), ['list', 'edit', 'create']),
  icon: People,
  recordRepresentation: (r: { email: string }) => r.email,
};
