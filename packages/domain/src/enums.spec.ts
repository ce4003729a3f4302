import { Role, roleAtLeast } from './enums';

describe('roleAtLeast', () => {
  it.each<[Role, Role, boolean]>([
    [Role.VIEWER, Role.VIEWER, true],
    [Role.VIEWER, Role.PRODUCT_MANAGER, false],
    [Role.PRODUCT_MANAGER, Role.VIEWER, true],
    [Role.PRODUCT_MANAGER, Role.ADMIN, false],
    [Role.ADMIN, Role.PRODUCT_MANAGER, true],
    // Advisors stand apart: nothing a viewer may do, and no one else acts as an advisor.
    [Role.ADVISOR, Role.VIEWER, false],
    [Role.ADVISOR, Role.ADVISOR, true],
    [Role.ADMIN, Role.ADVISOR, false],
  ])('%s may act as %s: %p', (actual, required, allowed) => {
    expect(roleAtLeast(actual, required)).toBe(allowed);
  });
});
