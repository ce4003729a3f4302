import CalendarMonth from '@mui/icons-material/CalendarMonth';
import { lazyResource } from '../lazy-pages';

/** Business calendars: the opening hours, holidays and make-up working days branch requests' clocks run on. */
export default {
  ...lazyResource(() => import('./pages').then((m) => m.default), ['list', 'edit', 'create']),
  icon: CalendarMonth,
  recordRepresentation: (r: { code: string }) => r.code,
};
