import Layers from '@mui/icons-material/Layers';
import { CRUD, lazyResource } from '../lazy-pages';
import { localName } from '../fields';

/** Tiers with their AUM ranges, service levels and benefits. */
export default {
  ...lazyResource(() => import('./pages').then((m) => m.default), [...CRUD]),
  icon: Layers,
  recordRepresentation: localName,
};
