import { FulfilmentStatus as S } from './enums';
import { fulfilmentTransitionViolation, quotaYear, RedemptionStatus, redemptionTransitionViolation, remainingQuota } from './fulfilment';

describe("a service order's lifecycle", () => {
  it.each([
    [S.PENDING, S.ACCEPTED, true],
    [S.PENDING, S.REJECTED, true],
    [S.PENDING, S.DONE, false],
    [S.PENDING, S.IN_PROGRESS, false],
    [S.ACCEPTED, S.IN_PROGRESS, true],
    [S.ACCEPTED, S.REJECTED, true],
    [S.ACCEPTED, S.PENDING, false],
    [S.IN_PROGRESS, S.DONE, true],
    [S.IN_PROGRESS, S.REJECTED, true],
    [S.IN_PROGRESS, S.ACCEPTED, false],
    [S.DONE, S.REJECTED, false],
    [S.REJECTED, S.PENDING, false],
    [S.DONE, S.DONE, false],
  ])('%s → %s allowed: %s', (from, to, allowed) => {
    expect(fulfilmentTransitionViolation(from, to) === null).toBe(allowed);
  });

  it('says where the order may go instead', () => {
    expect(fulfilmentTransitionViolation(S.PENDING, S.DONE)?.message).toBe('An order that is PENDING can go to ACCEPTED or REJECTED, not DONE');
    expect(fulfilmentTransitionViolation(S.DONE, S.REJECTED)?.message).toBe('An order that is DONE can go to no other status, not REJECTED');
  });
});

describe('benefit redemptions', () => {
  it.each([
    ['RESERVED', 'CONSUMED', true],
    ['RESERVED', 'RELEASED', true],
    ['CONSUMED', 'RELEASED', false],
    ['RELEASED', 'CONSUMED', false],
    ['CONSUMED', 'RESERVED', false],
  ] as const)('%s → %s', (from, to, ok) => {
    expect(redemptionTransitionViolation(RedemptionStatus[from], RedemptionStatus[to]) === null).toBe(ok);
  });

  it.each([
    ['the last instant of the year in Beijing', '2026-12-31T15:59:59Z', 2026],
    ['midnight of 1 January in Beijing (still 31 December in UTC)', '2026-12-31T16:00:00Z', 2027],
  ])('counts quotas per calendar year in the institution’s time zone: %s', (_name, iso, year) => {
    expect(quotaYear(new Date(iso), 'Asia/Shanghai')).toBe(year);
  });

  it('leaves nothing below zero, and an unlimited quota unlimited', () => {
    expect([remainingQuota(3, 1), remainingQuota(3, 3), remainingQuota(3, 5), remainingQuota(null, 40)]).toEqual([2, 0, 0, null]);
  });
});
