import { isRealDate, parseDateOrTime } from './calendar';

describe('calendar dates', () => {
  it.each([
    [2024, 2, 29, true],
    [2023, 2, 29, false],
    [1900, 2, 29, false],
    [2000, 2, 29, true],
    [1990, 2, 30, false],
    [2026, 4, 31, false],
    [2026, 12, 31, true],
    [2026, 13, 1, false],
    [2026, 0, 10, false],
    [2026, 1, 0, false],
  ])('%i-%i-%i exists: %s', (y, m, d, expected) => {
    expect(isRealDate(y, m, d)).toBe(expected);
  });

  it.each([
    ['2026-01-31', '2026-01-31T00:00:00.000Z'],
    ['1992-02-29', '1992-02-29T00:00:00.000Z'],
    ['2026-01-31T10:00:00+08:00', '2026-01-31T02:00:00.000Z'],
    ['2026-01-31T10:00:00Z', '2026-01-31T10:00:00.000Z'],
    ['2026-01-31 10:00Z', '2026-01-31T10:00:00.000Z'],
  ])('reads %s as %s', (text, iso) => {
    expect(parseDateOrTime(text)?.toISOString()).toBe(iso);
  });

  it.each(['1990-02-30', '1991-02-29', '2026-04-31', '2026-01-31T24:00:00Z', '31/01/2026', 'yesterday', '2026-1-5', '2026-01-31T10:00:00', ''])(
    'refuses %s',
    (text) => {
      expect(parseDateOrTime(text)).toBeNull();
    },
  );
});
