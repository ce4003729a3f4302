import ContactSupport from '@mui/icons-material/ContactSupport';
import { lazyResource } from '../lazy-pages';

/** What customers asked the smart customer service, and how each question ended. */
export default {
  ...lazyResource(() => import('./pages').then((m) => m.default), ['list']),
  icon: ContactSupport,
};
