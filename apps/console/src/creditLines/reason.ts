import { useLocaleState, useTranslate } from 'react-admin';
import { formatAmount } from '../i18n/coded';

/** Why a credit limit changes, in the console's language (a rule's condition with its figures, or a person's note). */
export function useCreditReason() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (reason: { code: string; params: Record<string, string> } | null | undefined) =>
    reason
      ? translate(`tierwise.credit.reasons.${reason.code}`, {
          ...reason.params,
          changePercent: reason.params.changePercent ? formatAmount(reason.params.changePercent, locale) : undefined,
          _: reason.code,
        })
      : '—';
}
