import { FulfilmentStatus as S } from './enums';
import { fulfilmentTransitionViolation } from './fulfilment';

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
