import SupportAgent from '@mui/icons-material/SupportAgent';
import { lazyResource } from '../lazy-pages';

/** The service desk: customers' requests with their clocks. */
export default {
  ...lazyResource(() => import('./pages').then((m) => m.default), ['list', 'show', 'create']),
  icon: SupportAgent,
  recordRepresentation: (r: { category: string; description: string }) => r.description.slice(0, 40),
};
