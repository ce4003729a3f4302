import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { inTransaction, systemContext } from './context';
import { isDatabaseUnavailable } from './unavailable';

/**
 * The API and its worker processes share one SQLite file. A transaction that read before another process committed
 * cannot write (SQLITE_BUSY_SNAPSHOT — no busy timeout waits it out): it is run again, and no client sees a fault.
 */
describe('SQLite shared by several processes', () => {
  let dir: string;
  let dataSource: DataSource;
  let other: DataSource;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tw-busy-'));
    const file = join(dir, 'shared.sqlite');
    dataSource = new DataSource({ type: 'better-sqlite3', database: file, enableWAL: true });
    await dataSource.initialize();
    await dataSource.query('CREATE TABLE counter (id INTEGER PRIMARY KEY, n INTEGER NOT NULL)');
    await dataSource.query('INSERT INTO counter (id, n) VALUES (1, 0)');
    // Another process's connection to the same file.
    other = new DataSource({ type: 'better-sqlite3', database: file, enableWAL: true });
    await other.initialize();
  });
  afterAll(async () => {
    await other.destroy();
    await dataSource.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs a transaction again when another process committed after it read, so the write is neither lost nor a fault', async () => {
    let attempts = 0;
    const result = await inTransaction(systemContext(dataSource, 'spec'), async (tx) => {
      attempts++;
      const [{ n }] = await tx.manager.query('SELECT n FROM counter WHERE id = 1');
      // Another process commits between this transaction's read and its write — on the first attempt only.
      if (attempts === 1) await other.query('UPDATE counter SET n = n + 100 WHERE id = 1');
      await tx.manager.query('UPDATE counter SET n = ? WHERE id = 1', [Number(n) + 1]);
      return Number(n) + 1;
    });
    expect(attempts).toBe(2);
    expect(result).toBe(101);
    expect((await dataSource.query('SELECT n FROM counter WHERE id = 1'))[0].n).toBe(101);
  });

  it('judges extended SQLite codes by their primary code (busy, I/O) as "try again", and constraint failures not', () => {
    expect(isDatabaseUnavailable({ code: 'SQLITE_BUSY_SNAPSHOT' })).toBe(true);
    expect(isDatabaseUnavailable({ driverError: { code: 'SQLITE_IOERR_SHORT_READ' } })).toBe(true);
    expect(isDatabaseUnavailable({ code: 'SQLITE_BUSY' })).toBe(true);
    expect(isDatabaseUnavailable({ code: 'SQLITE_CONSTRAINT_UNIQUE' })).toBe(false);
    expect(isDatabaseUnavailable({ code: 'SQLITE_ERROR' })).toBe(false);
  });
});
