import FactCheck from '@mui/icons-material/FactCheck';
import { lazyResource } from '../lazy-pages';

/** Four eyes: change requests waiting for a checker, the maker's own, and what is scheduled. */
export default {
  ...lazyResource(() => import('./pages').then((m) => m.default), ['list', 'show']),
  icon: FactCheck,
  recordRepresentation: (r: { summary: string }) => r.summary,
};
