import Inventory2 from '@mui/icons-material/Inventory2';
import { ProductList } from './ProductList';
import { lazyResource } from '../lazy-pages';
import { localCodeAndName } from '../fields';

/** The product catalogue (the list is the first screen, so it is loaded at once; the other pages when first opened). */
export default {
  ...lazyResource(() => import('./pages').then((m) => m.default), ['show', 'edit', 'create']),
  list: ProductList,
  icon: Inventory2,
  recordRepresentation: localCodeAndName,
};
