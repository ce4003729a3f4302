import { calendarDay, isCalendarDay, isRealDate, parseDateOrTime } from './calendar';

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

describe('calendar days in the institution’s time zone', () => {
  it.each([
    ['2026-12-01T15:59:59.999Z', 'Asia/Shanghai', '2026-12-01'],
    ['2026-12-01T16:00:00Z', 'Asia/Shanghai', '2026-12-02'], // midnight in Shanghai
    ['2026-12-01T16:00:00Z', 'UTC', '2026-12-01'],
    ['2026-12-31T23:30:00Z', 'Asia/Shanghai', '2027-01-01'],
  ])('%s in %s is %s', (at, zone, day) => {
    expect(calendarDay(new Date(at), zone)).toBe(day);
  });

  it('knows a real day from an impossible one', () => {
    expect(isCalendarDay('2028-02-29')).toBe(true);
    expect(isCalendarDay('2026-02-29')).toBe(false);
    expect(isCalendarDay('2026-13-01')).toBe(false);
    expect(isCalendarDay('26-1-1')).toBe(false);
  });
});
