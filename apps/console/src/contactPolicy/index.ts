import Policy from '@mui/icons-material/Policy';
import { lazyResource } from '../lazy-pages';

/** The contact policy (a settings page). */
export default {
  ...lazyResource(() => import('./pages').then((m) => m.default), ['list']),
  icon: Policy,
};
