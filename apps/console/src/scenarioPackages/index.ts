import Inventory from '@mui/icons-material/Inventory';
import { CRUD, lazyResource } from '../lazy-pages';
import { localName } from '../fields';

/** Scenario packages: products, partner services and benefits offered together. */
export default {
  ...lazyResource(() => import('./pages').then((m) => m.default), [...CRUD]),
  icon: Inventory,
  recordRepresentation: localName,
};
