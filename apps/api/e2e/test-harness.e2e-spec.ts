import { databaseKinds, underCi } from '../test-utils/harness';

describe('the test harness', () => {
  it('runs every database test on SQLite, and on MySQL/MariaDB too when MYSQL_URL is set', () => {
    expect(databaseKinds({})).toEqual(['sqlite']);
    expect(databaseKinds({ MYSQL_URL: 'mysql://root@127.0.0.1:3306/test' })).toEqual(['sqlite', 'mysql']);
  });

  it.each(['true', '1', 'TRUE'])('fails under CI=%s without MYSQL_URL rather than dropping the MariaDB half silently', (ci) => {
    expect(underCi({ CI: ci })).toBe(true);
    expect(() => databaseKinds({ CI: ci })).toThrow(/MYSQL_URL is required under CI/);
    expect(databaseKinds({ CI: ci, MYSQL_URL: 'mysql://x' })).toEqual(['sqlite', 'mysql']);
  });

  it('is not CI when CI is unset, empty or false', () => {
    for (const CI of [undefined, '', 'false', '0']) expect(underCi({ CI })).toBe(false);
  });
});
