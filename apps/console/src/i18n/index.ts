import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { TranslationMessages } from 'react-admin';
import { catalogs } from './catalogs';
import { en } from './en';

export const LOCALES = [{ locale: 'zh-CN', name: '简体中文' }, { locale: 'en', name: 'English' }];

/** The locale chosen in the app bar is kept by react-admin's store (localStorage); the first visit follows the browser. */
const initial = navigator.language?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';

export const i18nProvider = polyglotI18nProvider((locale) => (catalogs[locale] ?? en) as TranslationMessages, initial, LOCALES, { allowMissing: true });
