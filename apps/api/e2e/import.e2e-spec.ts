import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Customer } from '../src/modules/customers/customer.entity';
import { importCsv } from '../src/import/csv-import';
import { databaseKinds, startTestApi, type TestApi } from '../test-utils/harness';

describe.each(databaseKinds())('CSV import on %s', (kind) => {
  let api: TestApi;
  let dir: string;
  beforeAll(async () => {
    api = await startTestApi(kind, __filename);
    dir = mkdtempSync(join(tmpdir(), 'tierwise-import-'));
  });
  afterAll(async () => {
    await api.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const header = 'externalRef,name,phone,aum,riskLevel,lifeStage,occupation\n';
  const good = (i: number) => `IMP-${String(i).padStart(5, '0')},客户${i},1380000${String(i).padStart(4, '0')},${(i * 1000).toFixed(2)},C3,YOUNG_SINGLE,EMPLOYEE\n`;

  it('keeps every good row, reports every bad one with its line and reason, and changes nothing when run again', async () => {
    const file = join(dir, 'customers.csv');
    let csv = header;
    for (let i = 0; i < 2300; i++) csv += good(i);
    csv += 'IMP-BAD-1,坏1,,12.345,C3,,\n';          // line 2302: three decimals
    csv += 'IMP-BAD-2,坏2,,100,C9,,\n';             // line 2303: no such risk level
    csv += 'IMP-BAD-3,,,100,,,\n';                   // line 2304: no name
    csv += good(5);                                  // line 2305: repeats line 7, in another batch: an update
    writeFileSync(file, csv);

    const first = await importCsv(api.dataSource, 'customers', file);
    expect(first).toMatchObject({ rows: 2304, good: 2301, bad: 3, created: 2300, updated: 1 });
    const report = readFileSync(first.reportFile, 'utf8').trim().split('\n');
    expect(report[0]).toBe('line,reason');
    expect(report.slice(1).map((r) => r.split(',')[0])).toEqual(['2302', '2303', '2304']);
    expect(report[1]).toContain('aum');
    expect(report[2]).toContain('riskLevel');
    expect(await api.dataSource.manager.count(Customer)).toBe(2300);

    rmSync(`${file}.import-checkpoint.json`);
    const again = await importCsv(api.dataSource, 'customers', file);
    expect(again).toMatchObject({ created: 0, updated: 2301, bad: 3 });
    expect(await api.dataSource.manager.count(Customer)).toBe(2300);
  });

  it('resumes after an interruption without redoing the committed batches', async () => {
    const file = join(dir, 'resume.csv');
    let csv = header;
    for (let i = 10000; i < 12500; i++) csv += good(i);
    writeFileSync(file, csv);
    let batches = 0;
    const stopped = await importCsv(api.dataSource, 'customers', file, { shouldStop: () => ++batches >= 1 });
    expect(stopped.created).toBe(1000);
    const checkpoint = JSON.parse(readFileSync(`${file}.import-checkpoint.json`, 'utf8'));
    expect(checkpoint).toMatchObject({ committedLine: 1001, size: statSync(file).size });
    const resumed = await importCsv(api.dataSource, 'customers', file);
    expect(resumed).toMatchObject({ skippedAlreadyCommitted: 1000, created: 1500, bad: 0 });
    expect(await api.dataSource.manager.countBy(Customer, {})).toBe(2300 + 2500);
  });
});
