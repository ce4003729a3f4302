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

/**
 * Chinese has one plural form, and polyglot then uses the first of "1 项 |||| %{smart_count} 项" whatever the number
 * ("选中1项" for any selection): keep only the form that carries the count.
 */
export function singlePluralForm(messages: Messages): Messages {
  return Object.fromEntries(
    Object.entries(messages).map(([key, value]) => {
      if (typeof value === 'string' && value.includes('||||')) {
        const forms = value.split('||||').map((f) => f.trim());
        return [key, forms.find((f) => f.includes('%{smart_count}')) ?? forms[forms.length - 1]];
      }
      return [key, value && typeof value === 'object' ? singlePluralForm(value as Messages) : value];
    }),
  );
}

/**
 * The Chinese pack (written for react-admin 4) titles a record "产品 #942a…" by its id; react-admin 5 passes the record's
 * representation (its code and name), as the English titles use.
 */
export function titleByRepresentation(messages: Messages): Messages {
  return Object.fromEntries(
    Object.entries(messages).map(([key, value]) => [
      key,
      typeof value === 'string'
        ? value.replace(/#%\{id\}/g, '%{recordRepresentation}')
        : value && typeof value === 'object'
          ? titleByRepresentation(value as Messages)
          : value,
    ]),
  );
}

export const chineseCatalog = (chinese: Messages, english: Messages): Messages => titleByRepresentation(singlePluralForm(withFallback(chinese, english)));

/** Both catalogues, for tests (the console loads only the chosen one: lang-en.ts, lang-zh.ts). */
export const catalogs: Record<string, Messages> = { en, 'zh-CN': chineseCatalog(zh, en) };

/** The messages of one locale, for tests that check every key is translated. */
export const messagesFor = (locale: string) => catalogs[locale];

/** Polyglot's lookup and interpolation as the console configures it (the key's `_` as fallback), for unit tests without React. */
export function translatorFor(locale: string) {
  const messages = messagesFor(locale);
  return (key: string, options: Record<string, unknown> = {}): string => {
    const found = key.split('.').reduce<unknown>((node, k) => (node as Messages | undefined)?.[k], messages);
    return typeof found === 'string' ? found.replace(/%\{(\w+)\}/g, (_, name: string) => String(options[name] ?? '')) : String(options._ ?? key);
  };
}
