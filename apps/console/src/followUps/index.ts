import EventRepeat from '@mui/icons-material/EventRepeat';
import { lazyResource } from '../lazy-pages';

/** Follow-ups the tiers' promises make due: the advisor's day. */
export default {
  ...lazyResource(() => import('./pages').then((m) => m.default), ['list']),
  icon: EventRepeat,
};
