import Insights from '@mui/icons-material/Insights';
import { lazyResource } from '../lazy-pages';
import { localName } from '../fields';

/** Need rules: behaviour signals that reveal a need. */
export default {
  ...lazyResource(() => import('./pages').then((m) => m.default), ['list', 'edit', 'create']),
  icon: Insights,
  recordRepresentation: localName,
};
