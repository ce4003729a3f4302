import WorkHistory from '@mui/icons-material/WorkHistory';
import { lazyResource } from '../lazy-pages';

/** Background jobs: where they run, their schedules, every run's progress and failure. */
export default {
  ...lazyResource(() => import('./pages').then((m) => m.default), ['list']),
  icon: WorkHistory,
};
