import CurrencyExchange from '@mui/icons-material/CurrencyExchange';
import { lazyResource } from '../lazy-pages';

/** The operator's exchange rates: the CNY equivalent of every foreign-currency order, and the private-placement minimum. */
export default {
  ...lazyResource(() => import('./pages').then((m) => m.default), ['list']),
  icon: CurrencyExchange,
  recordRepresentation: (r: { currency: string; day: string }) => `${r.currency} ${r.day}`,
};
