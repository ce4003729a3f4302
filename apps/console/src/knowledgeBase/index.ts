import QuestionAnswer from '@mui/icons-material/QuestionAnswer';
import { lazyResource } from '../lazy-pages';
import { localName } from '../fields';

/** The smart customer service's knowledge base: questions, the ways customers ask them, and answers, in both languages. */
export default {
  ...lazyResource(() => import('./pages').then((m) => m.default), ['list', 'edit', 'create']),
  icon: QuestionAnswer,
  recordRepresentation: localName,
};
