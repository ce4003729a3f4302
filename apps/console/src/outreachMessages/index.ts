import Sms from '@mui/icons-material/Sms';
import { lazyResource } from '../lazy-pages';

/** Every outreach message and why any was not sent (a customer's contact history). */
export default {
  ...lazyResource(() => import('./pages').then((m) => m.default), ['list']),
  icon: Sms,
};
