import CreditScore from '@mui/icons-material/CreditScore';
import Rule from '@mui/icons-material/Rule';
import { lazyResource } from '../lazy-pages';
import { localName } from '../fields';

/** Credit-line rules: what proposes raising or cutting a limit (four eyes). */
export const creditLineRules = {
  ...lazyResource(() => import('./pages').then((m) => m.rules), ['list', 'edit', 'create']),
  icon: Rule,
  recordRepresentation: localName,
};

/** Credit-limit changes: those waiting for a credit checker, and those decided. */
export const creditLimitChanges = {
  ...lazyResource(() => import('./pages').then((m) => m.changes), ['list']),
  icon: CreditScore,
  recordRepresentation: (r: { toLimit: string }) => r.toLimit,
};
