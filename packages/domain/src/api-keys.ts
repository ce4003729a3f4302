import { DAY_MS } from './tiering';
import { ApiScope, INTERNAL_SCOPES } from './enums';
import type { RuleViolation } from './rule-violation';

/** A new key is valid for a year unless asked otherwise, and never for more than 366 days. */
export const DEFAULT_KEY_VALIDITY_DAYS = 365;
export const MAX_KEY_VALIDITY_DAYS = 366;

export const defaultKeyExpiry = (now: Date): Date => new Date(now.getTime() + DEFAULT_KEY_VALIDITY_DAYS * DAY_MS);

/** A partner's key holds partner scopes; a key of the institution's own systems (no partner) holds only internal ones. */
export function keyScopeViolations(partnerId: string | null, scopes: readonly ApiScope[]): RuleViolation[] {
  const misplaced = scopes.filter((scope) => INTERNAL_SCOPES.includes(scope) === !!partnerId);
  if (!misplaced.length) return [];
  return [
    {
      field: 'scopes',
      code: 'SCOPE_NOT_FOR_THIS_KEY',
      message: partnerId
        ? `${misplaced.join(', ')} belong to the institution's own systems, not to a partner's key`
        : `${misplaced.join(', ')} need a partner: choose the partner institution the key is for`,
    },
  ];
}

/** A key expires in the future, and at most MAX_KEY_VALIDITY_DAYS from now. */
export function keyExpiryViolations(expiresAt: Date, now: Date): RuleViolation[] {
  if (expiresAt > now && expiresAt.getTime() <= now.getTime() + MAX_KEY_VALIDITY_DAYS * DAY_MS) return [];
  return [{ field: 'expiresAt', code: 'INVALID_EXPIRY', message: 'A key expires in the future and at most a year from now' }];
}

/**
 * Why a key that matched is refused now, or null when it may be used: revoked, expired, or its partner no longer active
 * (a suspended or terminated relationship loses access at once, with every one of its keys).
 */
export function keyRefusal(key: { revokedAt: Date | null; expiresAt: Date; partnerId: string | null; partnerStatus: string | null }, now: Date): string | null {
  if (key.revokedAt) return 'The API key was revoked';
  if (key.expiresAt <= now) return 'The API key has expired: ask the institution for a new one';
  if (key.partnerId && key.partnerStatus !== 'ACTIVE') return 'The partner institution is not active: its API keys are suspended';
  return null;
}
