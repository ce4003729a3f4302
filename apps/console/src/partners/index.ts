import Handshake from '@mui/icons-material/Handshake';
import { CRUD, lazyResource } from '../lazy-pages';
import { localName } from '../fields';

/** Partner institutions: issuers, service partners, referrers. */
export default {
  ...lazyResource(() => import('./pages').then((m) => m.default), [...CRUD]),
  icon: Handshake,
  recordRepresentation: localName,
};
