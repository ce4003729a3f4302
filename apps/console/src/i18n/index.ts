import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { TranslationMessages } from 'react-admin';
import { en } from './en';
import { zh } from './zh';

type Messages = Record<string, unknown>;

/** Chinese falls back to English for any key the Chinese pack lacks (react-admin 5 added a few). */
function withFallback(primary: Messages, fallback: Messages): Messages {
  const out: Messages = { ...fallback };
  for (const [key, value] of Object.entries(primary)) {
    const base = fallback[key];
    out[key] = value && typeof value === 'object' && base && typeof base === 'object' ? withFallback(value as Messages, base as Messages) : value;
  }
  return out;
}

const catalogs: Record<string, Messages> = { en, 'zh-CN': withFallback(zh, en) };

export const LOCALES = [{ locale: 'zh-CN', name: '简体中文' }, { locale: 'en', name: 'English' }];

/** The locale chosen in the app bar is kept by react-admin's store (localStorage); the first visit follows the browser. */
const initial = navigator.language?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';

export const i18nProvider = polyglotI18nProvider((locale) => (catalogs[locale] ?? en) as TranslationMessages, initial, LOCALES, { allowMissing: true });

/** The messages of one locale, for tests that check every key is translated. */
export const messagesFor = (locale: string) => catalogs[locale];
