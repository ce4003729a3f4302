import { defaultKeyExpiry, keyExpiryViolations, keyRefusal, keyScopeViolations } from './api-keys';
import { ApiScope } from './enums';
import { DAY_MS } from './tiering';

const now = new Date('2026-12-01T00:00:00Z');
const later = (days: number) => new Date(now.getTime() + days * DAY_MS);

describe('API keys', () => {
  it.each([
    ['a partner key with partner scopes', 'p1', [ApiScope.CATALOG_READ, ApiScope.REFERRALS_WRITE], []],
    ['a partner key with an internal scope', 'p1', [ApiScope.EVENTS_WRITE], ['SCOPE_NOT_FOR_THIS_KEY']],
    ['an internal key with internal scopes', null, [ApiScope.EVENTS_WRITE, ApiScope.FEEDBACK_WRITE], []],
    ['an internal key with a partner scope', null, [ApiScope.CUSTOMERS_READ], ['SCOPE_NOT_FOR_THIS_KEY']],
  ])('scopes: %s', (_name, partnerId, scopes, codes) => {
    expect(keyScopeViolations(partnerId, scopes).map((v) => v.code)).toEqual(codes);
  });

  it.each([
    ['the default (a year)', defaultKeyExpiry(now), true],
    ['366 days', later(366), true],
    ['367 days', later(367), false],
    ['now', now, false],
    ['in the past', later(-1), false],
  ])('expiry: %s', (_name, expiresAt, valid) => {
    expect(keyExpiryViolations(expiresAt, now).length === 0).toBe(valid);
  });

  it.each([
    ['a valid partner key', { revokedAt: null, expiresAt: later(1), partnerId: 'p1', partnerStatus: 'ACTIVE' }, null],
    ['a valid internal key', { revokedAt: null, expiresAt: later(1), partnerId: null, partnerStatus: null }, null],
    ['revoked', { revokedAt: now, expiresAt: later(1), partnerId: 'p1', partnerStatus: 'ACTIVE' }, /revoked/],
    ['expired at this instant', { revokedAt: null, expiresAt: now, partnerId: 'p1', partnerStatus: 'ACTIVE' }, /expired/],
    ['its partner suspended', { revokedAt: null, expiresAt: later(1), partnerId: 'p1', partnerStatus: 'SUSPENDED' }, /not active/],
  ])('use: %s', (_name, key, refusal) => {
    const why = keyRefusal(key, now);
    if (refusal === null) expect(why).toBeNull();
    else expect(why).toMatch(refusal);
  });
});
