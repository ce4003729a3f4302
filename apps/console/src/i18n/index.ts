import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { TranslationMessages } from 'react-admin';

export const LOCALES = [
  { locale: 'zh-CN', name: '简体中文' },
  { locale: 'en', name: 'English' },
];

/** Only the chosen language's messages are downloaded; the other one when the user switches to it. */
const load = (locale: string): Promise<TranslationMessages> =>
  (locale === 'zh-CN' ? import('./lang-zh') : import('./lang-en')).then((m) => m.messages as TranslationMessages);

/** The language chosen in the app bar (react-admin keeps it in localStorage), or on a first visit the browser's. */
function chosenLocale(): string {
  try {
    const stored = JSON.parse(localStorage.getItem('RaStore.locale') ?? 'null');
    if (LOCALES.some((l) => l.locale === stored)) return stored as string;
  } catch {
    /* no storage, or not JSON: fall through */
  }
  return navigator.language?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

const initial = chosenLocale();
// The first screen is rendered in the chosen language at once (no English flash before the Chinese arrives).
const initialMessages = await load(initial);

export const i18nProvider = polyglotI18nProvider((locale) => (locale === initial ? initialMessages : load(locale)), initial, LOCALES, { allowMissing: true });
