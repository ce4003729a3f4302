import { isCatalogueCode } from './codes';

describe('catalogue codes', () => {
  it.each([
    ['WM-FLEX-001', true],
    ['T1', true],
    ['HNW_PLUS', true],
    ['9LIVES', true],
    ['A', false], // too short
    ['A'.repeat(40), true],
    ['A'.repeat(41), false],
    ['wm-flex', false], // lower case
    ['-WM', false], // must start with a letter or digit
    ['_WM', false],
    ['WM FLEX', false],
    ['理财01', false],
    ['', false],
  ])('%s → %s', (code, valid) => expect(isCatalogueCode(code)).toBe(valid));
});
