import Campaign from '@mui/icons-material/Campaign';
import { CRUD, lazyResource } from '../lazy-pages';

/** Outreach campaigns: drafted, approved (four eyes), scheduled or triggered, measured. */
export default {
  ...lazyResource(() => import('./pages').then((m) => m.default), [...CRUD]),
  icon: Campaign,
  recordRepresentation: (r: { code: string }) => r.code,
};
