import { Role, roleAtLeast } from './enums';

describe('roleAtLeast', () => {
  it.each<[Role, Role, boolean]>([
    [Role.VIEWER, Role.VIEWER, true],
    [Role.VIEWER, Role.PRODUCT_MANAGER, false],
    [Role.PRODUCT_MANAGER, Role.VIEWER, true],
    [Role.PRODUCT_MANAGER, Role.ADMIN, false],
    [Role.ADMIN, Role.PRODUCT_MANAGER, true],
  ])('%s may act as %s: %p', (actual, required, allowed) => {
    expect(roleAtLeast(actual, required)).toBe(allowed);
  });
});
