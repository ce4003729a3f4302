import MoveToInbox from '@mui/icons-material/MoveToInbox';
import { lazyResource } from '../lazy-pages';

/** The referral queue partners fill. */
export default {
  ...lazyResource(() => import('./pages').then((m) => m.default), ['list']),
  icon: MoveToInbox,
};
