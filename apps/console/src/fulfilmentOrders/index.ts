import LocalShipping from '@mui/icons-material/LocalShipping';
import { lazyResource } from '../lazy-pages';

/** Service orders sent to partners. */
export default {
  ...lazyResource(() => import('./pages').then((m) => m.default), ['list', 'create']),
  icon: LocalShipping,
};
