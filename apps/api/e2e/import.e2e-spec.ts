import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Like } from 'typeorm';
import { Customer } from '../src/modules/customers/customer.entity';
import { importCsv } from '../src/app/import/csv-import';
import { databaseEnv, databaseKinds, startTestApi, type TestApi } from '../test-utils/harness';

describe.each(databaseKinds())('CSV import on %s', (kind) => {
  let api: TestApi;
  let dir: string;
  beforeAll(async () => {
    // A database file (not in memory) on SQLite, so that the import process in the kill test can share it.
    api = await startTestApi(kind, __filename, { sqliteFile: true });
    dir = mkdtempSync(join(tmpdir(), 'tierwise-import-'));
  });
  afterAll(async () => {
    await api.close();
    rmSync(dir, { recursive: true, force: true });
  });

  // `branch` is a column the import does not read: it is ignored.
  const header = 'externalRef,name,phone,aum,branch,lifeStage,occupation\n';
  const good = (i: number) =>
    `IMP-${String(i).padStart(5, '0')},客户${i},1380000${String(i).padStart(4, '0')},${(i * 1000).toFixed(2)},C3,YOUNG_SINGLE,EMPLOYEE\n`;

  it('keeps every good row, reports every bad one with its line and reason, and changes nothing when run again', async () => {
    const file = join(dir, 'customers.csv');
    let csv = header;
    for (let i = 0; i < 2300; i++) csv += good(i);
    csv += 'IMP-BAD-1,坏1,,12.345,C3,,\n'; // line 2302: three decimals
    csv += 'IMP-BAD-2,坏2,,100,C9,MIDDLE_AGED_WIZARD,\n'; // line 2303: no such life stage
    csv += 'IMP-BAD-3,,,100,,,\n'; // line 2304: no name
    csv += good(5).replace('客户5', '后来的名字'); // line 2305: repeats line 7, in another batch
    writeFileSync(file, csv);

    const first = await importCsv(api.dataSource, 'customers', file);
    expect(first).toMatchObject({ rows: 2304, good: 2300, bad: 4, created: 2300, updated: 0 });
    const report = readFileSync(first.reportFile, 'utf8').trim().split('\n');
    expect(report[0]).toBe('line,reason');
    expect(report.slice(1).map((r) => r.split(',')[0])).toEqual(['2302', '2303', '2304', '2305']);
    expect(report[1]).toContain('aum');
    expect(report[2]).toContain('lifeStage');
    expect(report[4]).toContain('IMP-00005 repeats line 7; the first line is kept');
    expect(await api.dataSource.manager.count(Customer)).toBe(2300);
    expect((await api.dataSource.manager.findOneByOrFail(Customer, { externalRef: 'IMP-00005' })).name).toBe('客户5');

    rmSync(`${file}.import-checkpoint.json`);
    const again = await importCsv(api.dataSource, 'customers', file);
    expect(again).toMatchObject({ created: 0, updated: 2300, bad: 4 });
    expect(await api.dataSource.manager.count(Customer)).toBe(2300);
  });

  it('refuses a risk level, assessment dates, professional status or declared amounts in a customer file, writing none of them', async () => {
    const file = join(dir, 'risk-columns.csv');
    writeFileSync(
      file,
      'externalRef,name,riskLevel,riskAssessmentExpiresAt,professionalInvestor,annualIncome\n' +
        'IMP-RISK-1,甲,C5,2099-01-01,true,\n' +
        'IMP-RISK-2,乙,,,,900000\n' +
        'IMP-RISK-3,丙,,,,\n',
    );
    const summary = await importCsv(api.dataSource, 'customers', file);
    expect(summary).toMatchObject({ rows: 3, good: 1, bad: 2, created: 1 });
    const report = readFileSync(summary.reportFile, 'utf8');
    expect(report).toContain('riskLevel: the risk level comes only from risk assessments: import them with `npm run import -- assessments`');
    expect(report).toContain('professionalInvestor: professional status comes only from recorded evidence');
    expect(report).toContain('annualIncome: income is a declaration with its evidence');
    expect(await api.dataSource.manager.countBy(Customer, { externalRef: 'IMP-RISK-1' })).toBe(0);
    expect((await api.dataSource.manager.findOneByOrFail(Customer, { externalRef: 'IMP-RISK-3' })).riskLevel).toBeNull();
  });

  it('imports assessments from the institution’s own system, each becoming the level when it is the newest, audited per customer', async () => {
    const customers = join(dir, 'assessed.csv');
    writeFileSync(customers, 'externalRef,name\nIMP-ASSESS-1,丁\n');
    await importCsv(api.dataSource, 'customers', customers);
    const file = join(dir, 'assessments.csv');
    writeFileSync(
      file,
      'externalRef,customerRef,level,assessedAt,expiresAt,sourceSystem,evidenceRef\n' +
        'A-1,IMP-ASSESS-1,C2,2026-06-01,2027-06-01,core-banking,DOC-1\n' +
        'A-2,IMP-ASSESS-1,C4,2026-09-01,2027-09-01,core-banking,DOC-2\n' +
        'A-3,IMP-ASSESS-1,C5,2026-03-01,2027-03-01,core-banking,DOC-3\n' + // older: history only
        'A-4,IMP-NOBODY,C5,2026-03-01,,core-banking,DOC-4\n' + // no such customer
        'A-5,IMP-ASSESS-1,C9,2026-03-01,,core-banking,DOC-5\n', // no such level
    );
    const summary = await importCsv(api.dataSource, 'assessments', file);
    expect(summary).toMatchObject({ rows: 5, bad: 2 });
    const customer = await api.dataSource.manager.findOneByOrFail(Customer, { externalRef: 'IMP-ASSESS-1' });
    expect(customer.riskLevel).toBe('C4');
    expect(customer.riskAssessedAt?.toISOString()).toBe('2026-09-01T00:00:00.000Z');
    const audit = await api.dataSource.query(`SELECT COUNT(*) AS n FROM audit_event WHERE entityId = ? AND action = 'UPDATE'`, [customer.id]);
    expect(Number(audit[0].n)).toBeGreaterThanOrEqual(2);
    expect((await importCsv(api.dataSource, 'assessments', file)).created).toBe(0); // a second load replaces, adds nothing
  });

  it('reports an amount above the largest supported one as a bad row, keeps the rest, and a rerun finishes', async () => {
    const file = join(dir, 'big-amount.csv');
    writeFileSync(file, header + good(20001) + 'IMP-BIG,大,,90071992547409.92,C3,,\n' + 'IMP-MAX,最大,,9999999999999.99,C3,,\n' + good(20002));
    for (let run = 0; run < 2; run++) {
      const summary = await importCsv(api.dataSource, 'customers', file);
      expect(summary).toMatchObject({ rows: 4, good: 3, bad: 1 });
      expect(readFileSync(summary.reportFile, 'utf8')).toMatch(/^3,"aum: .*larger than the largest supported amount/m);
      rmSync(`${file}.import-checkpoint.json`);
    }
    expect((await api.dataSource.manager.findOneByOrFail(Customer, { externalRef: 'IMP-MAX' })).aum).toBe('9999999999999.99');
    expect(await api.dataSource.manager.existsBy(Customer, { externalRef: 'IMP-BIG' })).toBe(false);
  });

  it('refuses days that do not exist instead of rolling them into March', async () => {
    const file = join(dir, 'dates.csv');
    writeFileSync(file, 'externalRef,name,birthDate\nIMP-D1,甲,1990-02-30\nIMP-D2,乙,1991-02-29\nIMP-D3,丙,1992-02-29\n');
    const summary = await importCsv(api.dataSource, 'customers', file);
    expect(summary).toMatchObject({ good: 1, bad: 2 });
    const report = readFileSync(summary.reportFile, 'utf8');
    expect(report).toMatch(/^2,"birthDate: ""1990-02-30"" is not a real date/m);
    expect(report).toMatch(/^3,"birthDate: ""1991-02-29"" is not a real date/m);
    expect((await api.dataSource.manager.findOneByOrFail(Customer, { externalRef: 'IMP-D3' })).birthDate?.toISOString()).toBe('1992-02-29T00:00:00.000Z');
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
    expect(await api.dataSource.manager.countBy(Customer, { externalRef: Like('IMP-1%') })).toBe(2500);
  });

  it('after the import process is killed mid-batch, a rerun reports every bad row exactly once and keeps every good one', async () => {
    const file = join(dir, 'killed.csv');
    const lines: string[] = [];
    const bad = new Set<number>();
    for (let i = 0; i < 12000; i++) {
      // Every 97th row has no name: about ten bad rows in every batch of 1,000.
      if (i % 97 === 0) {
        lines.push(`KIL-${String(i).padStart(5, '0')},,,100,C3,,\n`);
        bad.add(i + 2);
      } else lines.push(good(i).replace('IMP-', 'KIL-'));
    }
    writeFileSync(file, header + lines.join(''));
    const child = spawn(process.execPath, [join(__dirname, '../dist/scripts/import.js'), 'customers', file], {
      env: { ...process.env, ...databaseEnv(api), NODE_ENV: 'test' },
      stdio: 'ignore',
    });
    // Kill it (no chance to clean up) once a batch is committed and the next one, in flight, has reported bad rows.
    const checkpoint = `${file}.import-checkpoint.json`;
    const report = `${file}.import-report.csv`;
    const inFlightReported = () => {
      if (!existsSync(checkpoint) || !existsSync(report)) return false;
      const committedLine = JSON.parse(readFileSync(checkpoint, 'utf8')).committedLine as number;
      return (
        committedLine >= 2001 &&
        readFileSync(report, 'utf8')
          .split('\n')
          .some((row) => Number(row.split(',')[0]) > committedLine)
      );
    };
    for (let waited = 0; waited < 60_000 && !inFlightReported(); waited += 2) await new Promise((r) => setTimeout(r, 2));
    child.kill('SIGKILL');
    await once(child, 'exit');
    const committed = JSON.parse(readFileSync(checkpoint, 'utf8')).committedLine as number;
    expect(committed).toBeGreaterThanOrEqual(2001);
    expect(committed).toBeLessThan(12001);

    const resumed = await importCsv(api.dataSource, 'customers', file);
    expect(resumed.skippedAlreadyCommitted).toBe(committed - 1);
    const reported = readFileSync(resumed.reportFile, 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((r) => Number(r.split(',')[0]));
    expect(reported).toEqual([...bad].sort((a, b) => a - b));
    expect(await api.dataSource.manager.countBy(Customer, { externalRef: Like('KIL-%') })).toBe(12000 - bad.size);
  });
});
