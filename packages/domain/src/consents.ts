/** What a customer consents to: marketing on one channel, or sharing data with one partner institution. */
export enum ConsentKind {
  MARKETING_SMS = 'MARKETING_SMS',
  MARKETING_APP_PUSH = 'MARKETING_APP_PUSH',
  MARKETING_WECHAT = 'MARKETING_WECHAT',
  DATA_SHARING = 'DATA_SHARING',
}

/** The marketing channels, each consented to on its own. */
export const MARKETING_CONSENTS: readonly ConsentKind[] = [ConsentKind.MARKETING_SMS, ConsentKind.MARKETING_APP_PUSH, ConsentKind.MARKETING_WECHAT];

/** One recorded consent decision: given or withdrawn, for a kind (and, for data sharing, a partner), at an instant. */
export interface ConsentRecord {
  kind: string;
  partnerId: string | null;
  granted: boolean;
  changedAt: Date;
}

/**
 * The consents in force: the latest record per kind and partner. Records are stamped strictly in the order they were
 * recorded; two with the same instant (only in data written before that rule) count as a withdrawal — when in doubt,
 * no consent. Newest first.
 */
export function consentsInForce<C extends ConsentRecord>(records: readonly C[]): C[] {
  const newestFirst = [...records].sort((a, b) => b.changedAt.getTime() - a.changedAt.getTime() || Number(a.granted) - Number(b.granted));
  const seen = new Set<string>();
  return newestFirst.filter((c) => {
    const key = `${c.kind}|${c.partnerId ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
