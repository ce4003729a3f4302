import Person from '@mui/icons-material/Person';
import { CRUD, lazyResource } from '../lazy-pages';

/** Customers: the 360° view, risk assessment, consents, needs and recommendations. */
export default {
  ...lazyResource(() => import('./pages').then((m) => m.default), [...CRUD]),
  icon: Person,
  recordRepresentation: (r: { externalRef: string; name: string }) => `${r.externalRef} · ${r.name}`,
};
