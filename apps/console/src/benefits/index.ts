import CardGiftcard from '@mui/icons-material/CardGiftcard';
import { CRUD, lazyResource } from '../lazy-pages';
import { localName } from '../fields';

/** Benefits attached to tiers. */
export default {
  ...lazyResource(() => import('./pages').then((m) => m.default), [...CRUD]),
  icon: CardGiftcard,
  recordRepresentation: localName,
};
