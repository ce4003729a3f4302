/**
 * Texts the server sends as a code with parameters (recommendation and suitability reasons, why a tier changed, why a
 * re-tiering run started), rendered in the console's language. Parameters that are codes themselves (a need, a life
 * stage, a product status) are translated too; amounts get the language's digit grouping. The server's English text is
 * the fallback for a code this console does not know yet (and for records from before codes existed).
 * Pure: no React, so it is unit-tested on its own.
 */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** Which enum a parameter's value belongs to. */
const ENUM_PARAMS: Record<string, string> = {
  need: 'NeedType',
  lifeStage: 'LifeStage',
  occupation: 'Occupation',
  preference: 'RiskPreference',
  productType: 'ProductType',
  status: 'ProductStatus',
};
const AMOUNT_PARAMS = new Set(['basis', 'threshold']);

export function formatAmount(value: string, locale: string): string {
  const [whole, fraction] = value.split('.');
  const grouped = BigInt(whole.replace(/^-/, '') || '0').toLocaleString(locale);
  const sign = whole.startsWith('-') ? '-' : '';
  const decimals = fraction?.replace(/0+$/, '');
  return decimals ? `${sign}${grouped}.${decimals}` : `${sign}${grouped}`;
}

function translatedParams(translate: Translate, params: Record<string, unknown> | null | undefined, locale: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, raw] of Object.entries(params ?? {})) {
    const value = String(raw);
    if (ENUM_PARAMS[name]) out[name] = translate(`enums.${ENUM_PARAMS[name]}.${value}`, { _: value });
    else if (AMOUNT_PARAMS.has(name) && /^-?\d+(\.\d+)?$/.test(value)) out[name] = formatAmount(value, locale);
    else out[name] = value;
  }
  return out;
}

/** `family` is the catalogue's group: `reasons`, `tierReasons` or `retierReasons`. */
export function codedText(
  translate: Translate,
  locale: string,
  family: 'reasons' | 'tierReasons' | 'retierReasons',
  text: { code?: string | null; params?: Record<string, unknown> | null; fallback: string },
): string {
  if (!text.code) return text.fallback;
  const key =
    family !== 'reasons' || text.code !== 'SUITABLE'
      ? text.code
      : text.params?.professional
        ? 'SUITABLE_PROFESSIONAL'
        : text.params?.customerLevel
          ? 'SUITABLE'
          : 'SUITABLE_UNASSESSED';
  return translate(`tierwise.${family}.${key}`, { ...translatedParams(translate, text.params, locale), _: text.fallback });
}
