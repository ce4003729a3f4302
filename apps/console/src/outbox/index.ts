import Outbox from '@mui/icons-material/Outbox';
import { lazyResource } from '../lazy-pages';

/** The outbox adapter's messages (development: nothing leaves the machine). */
export default {
  ...lazyResource(() => import('./pages').then((m) => m.default), ['list']),
  icon: Outbox,
};
