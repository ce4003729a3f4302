import Groups from '@mui/icons-material/Groups';
import { lazyResource } from '../lazy-pages';

/** Saved segments: named filters over the customer base. */
export default {
  ...lazyResource(() => import('./pages').then((m) => m.default), ['list', 'edit', 'create']),
  icon: Groups,
  recordRepresentation: (r: { name: string }) => r.name,
};
