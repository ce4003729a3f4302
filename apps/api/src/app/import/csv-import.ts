import { appendFileSync, createReadStream, existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { parse } from 'csv-parse';
import { validate } from 'class-validator';
import type { DataSource } from 'typeorm';
import { moneyProblem, parseDateOrTime } from '@tierwise/domain';
import { systemContext } from '../../common/context';
import { AumSnapshotInput, CustomerUpsertInput, HoldingInput, CustomerService } from '../../modules/customers';
import { RiskAssessmentImportInput, RiskAssessmentService } from '../../modules/risk-profile';
import type { AppError } from '../../common/errors';

export type ImportKind = 'customers' | 'holdings' | 'snapshots' | 'assessments';
export const IMPORT_KINDS: readonly ImportKind[] = ['customers', 'holdings', 'snapshots', 'assessments'];
export const IMPORT_BATCH_SIZE = 1000;

/** The columns each kind reads; any other column is ignored, except those below, which are refused. */
const COLUMNS: Record<ImportKind, string[]> = {
  customers: ['externalRef', 'name', 'phone', 'idNumber', 'birthDate', 'occupation', 'lifeStage', 'language', 'aum'],
  holdings: ['externalRef', 'customerRef', 'productCode', 'amount', 'startedAt', 'maturesAt'],
  snapshots: ['externalRef', 'day', 'aum'],
  assessments: ['externalRef', 'customerRef', 'level', 'assessedAt', 'expiresAt', 'sourceSystem', 'evidenceRef'],
};
/** Columns a customer file may not carry: they come from assessments, declarations and evidence, never from an edit. */
const REFUSED: Record<string, string> = {
  riskLevel: 'the risk level comes only from risk assessments: import them with `npm run import -- assessments`',
  riskAssessedAt: 'assessment dates come only from risk assessments: import them with `npm run import -- assessments`',
  riskAssessmentExpiresAt: 'assessment dates come only from risk assessments: import them with `npm run import -- assessments`',
  professionalInvestor: 'professional status comes only from recorded evidence (recordProfessionalEvidence)',
  annualIncome: 'income is a declaration with its evidence (declareFinancials)',
  financialAssetsElsewhere: 'assets elsewhere are declarations with their evidence (declareFinancials)',
};
const DECIMALS: Record<ImportKind, string[]> = {
  customers: ['aum'],
  holdings: ['amount'],
  snapshots: ['aum'],
  assessments: [],
};
const DATES: Record<ImportKind, string[]> = {
  customers: ['birthDate'],
  holdings: ['startedAt', 'maturesAt'],
  snapshots: ['day'],
  assessments: ['assessedAt', 'expiresAt'],
};
const INPUT = { customers: CustomerUpsertInput, holdings: HoldingInput, snapshots: AumSnapshotInput, assessments: RiskAssessmentImportInput };

/** One CSV row as an input object, or the reasons it cannot be one. */
export async function rowToInput(kind: ImportKind, row: Record<string, string>): Promise<{ input?: object; problems: string[] }> {
  const problems: string[] = [];
  const values: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(row)) {
    const text = raw.trim();
    if (text === '') continue;
    if (kind === 'customers' && REFUSED[key]) {
      problems.push(`${key}: ${REFUSED[key]}`);
    } else if (!COLUMNS[kind].includes(key)) {
      continue;
    } else if (DECIMALS[kind].includes(key)) {
      // The same rule as the API's Decimal scalar: at most 2 decimals, within the largest amount the platform holds.
      const problem = moneyProblem(text);
      if (problem) problems.push(`${key}: ${problem}`);
      values[key] = text.replace(/,/g, '');
    } else if (DATES[kind].includes(key)) {
      const date = parseDateOrTime(text);
      if (!date) problems.push(`${key}: "${text}" is not a real date (use 2026-01-31, or an ISO 8601 time with its offset such as 2026-01-31T09:30:00+08:00)`);
      values[key] = date;
    } else {
      values[key] = text;
    }
  }
  const input = Object.assign(new INPUT[kind](), values);
  for (const error of await validate(input, { forbidUnknownValues: false })) {
    problems.push(...Object.values(error.constraints ?? {}));
  }
  return problems.length ? { problems } : { input, problems };
}

export interface ImportProgress {
  bytes: number;
  totalBytes: number;
  rows: number;
  good: number;
  bad: number;
}
export interface ImportSummary extends ImportProgress {
  created: number;
  updated: number;
  skippedAlreadyCommitted: number;
  reportFile: string;
}

/** Where a file's import stands: the last data line committed, for the same file (size and modification time). */
interface Checkpoint {
  size: number;
  mtimeMs: number;
  committedLine: number;
}

const checkpointFile = (file: string) => `${file}.import-checkpoint.json`;

/** The report's rows (after its header) for lines up to `upToLine`, each with its line number. */
function reportedRows(reportFile: string, upToLine: number): { line: number; text: string }[] {
  return readFileSync(reportFile, 'utf8')
    .split('\n')
    .slice(1)
    .filter((text) => text !== '')
    .map((text) => ({ line: Number(/^(\d+),/.exec(text)?.[1] ?? Number.NaN), text }))
    .filter((row) => row.line <= upToLine);
}

/**
 * Stream a CSV into the database in batches of 1,000, each committed on its own: bad rows go to a report file
 * with their line number and reason while every good row is kept; loading the same file again changes nothing
 * (upserts by external id); after a crash or Ctrl-C, a rerun skips the lines already committed.
 */
export async function importCsv(
  dataSource: DataSource,
  kind: ImportKind,
  file: string,
  options: { onProgress?: (p: ImportProgress) => void; shouldStop?: () => boolean } = {},
): Promise<ImportSummary> {
  const stat = statSync(file);
  const reportFile = `${file}.import-report.csv`;
  let checkpoint: Checkpoint = { size: stat.size, mtimeMs: stat.mtimeMs, committedLine: 0 };
  if (existsSync(checkpointFile(file))) {
    const saved = JSON.parse(readFileSync(checkpointFile(file), 'utf8')) as Checkpoint;
    if (saved.size === stat.size && saved.mtimeMs === stat.mtimeMs) checkpoint = saved;
  }
  // The report holds exactly the rows of committed batches: on a resume, what the interrupted batch reported is dropped
  // (it is read and reported again), so no bad row appears twice.
  const reported = checkpoint.committedLine === 0 || !existsSync(reportFile) ? [] : reportedRows(reportFile, checkpoint.committedLine);
  writeFileSync(reportFile, ['line,reason', ...reported.map((r) => r.text)].join('\n') + '\n');
  const badLines = new Set(reported.map((r) => r.line));

  const ctx = systemContext(dataSource, 'import', 'cli');
  const summary: ImportSummary = { bytes: 0, totalBytes: stat.size, rows: 0, good: 0, bad: 0, created: 0, updated: 0, skippedAlreadyCommitted: 0, reportFile };
  const source = createReadStream(file);
  source.on('data', (chunk) => {
    summary.bytes += chunk.length;
  });
  const parser = source.pipe(parse({ columns: true, bom: true, skip_empty_lines: true, relax_column_count: true, info: true }));

  /** A parsed line: its input, or the reasons it cannot be one. */
  type Parsed = { line: number; key: string; input?: object; problems: string[] };
  /** The first line each key was accepted on, across the whole file: a later line with the same key is a duplicate. */
  const firstLine = new Map<string, number>();
  const reject = (line: number, reason: string) => {
    summary.bad++;
    summary.good--;
    appendFileSync(reportFile, `${line},"${reason.replace(/"/g, '""')}"\n`);
  };
  const upsert = (inputs: object[]) =>
    kind === 'customers'
      ? CustomerService.upsertMany(ctx, inputs as CustomerUpsertInput[])
      : kind === 'holdings'
        ? CustomerService.upsertHoldings(ctx, inputs as HoldingInput[])
        : kind === 'assessments'
          ? RiskAssessmentService.importMany(ctx, inputs as RiskAssessmentImportInput[])
          : CustomerService.upsertSnapshots(ctx, inputs as AumSnapshotInput[]);
  /**
   * Write one batch, the lines up to `upTo`: its rows are judged in file order (bad rows and repeats of a key to the
   * report), the good ones written in one transaction, then the checkpoint moves. Batches are written one after
   * another, so the judgement and the report are those of a line-by-line import.
   */
  const flush = async (rows: Parsed[], upTo: number) => {
    let batch: { line: number; input: object; key: string }[] = [];
    for (const { line, key, input, problems } of rows) {
      const earlier = firstLine.get(key);
      if (input && earlier !== undefined) {
        summary.bad++;
        appendFileSync(reportFile, `${line},"${key.replace(/"/g, '""')} repeats line ${earlier}; the first line is kept"\n`);
      } else if (input) {
        batch.push({ line, input, key });
        firstLine.set(key, line);
        summary.good++;
      } else {
        summary.bad++;
        appendFileSync(reportFile, `${line},"${problems.join('; ').replace(/"/g, '""')}"\n`);
      }
    }
    if (batch.length) {
      let result;
      try {
        result = await upsert(batch.map((b) => b.input));
      } catch (error) {
        // Rows the database refuses (an unknown customer or product) go to the report; the rest of the batch is kept.
        const fields = (error as AppError).extensions?.fields as { field?: string; message: string }[] | undefined;
        const refused = new Map<number, string>();
        for (const f of fields ?? []) {
          const index = /^items\.(\d+)\./.exec(f.field ?? '')?.[1];
          if (index !== undefined) refused.set(Number(index), f.message);
        }
        if (refused.size === 0) throw error;
        for (const [index, message] of refused) {
          reject(batch[index].line, message);
          if (firstLine.get(batch[index].key) === batch[index].line) firstLine.delete(batch[index].key);
        }
        batch = batch.filter((_, index) => !refused.has(index));
        result = batch.length ? await upsert(batch.map((b) => b.input)) : { created: 0, updated: 0 };
      }
      summary.created += result.created;
      summary.updated += result.updated;
    }
    checkpoint.committedLine = upTo;
    // Written aside and renamed over (atomic): a process killed mid-write leaves the previous checkpoint, never half a file.
    writeFileSync(`${checkpointFile(file)}.tmp`, JSON.stringify(checkpoint));
    renameSync(`${checkpointFile(file)}.tmp`, checkpointFile(file));
    options.onProgress?.(summary);
  };

  // Parsing and checking the next batch overlaps with writing the previous one (one batch in the database at a time).
  let pending: Parsed[] = [];
  let writing: Promise<void> | undefined;
  let lastLine = checkpoint.committedLine;
  for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
    const line = info.lines;
    const key = kind === 'snapshots' ? `${record.externalRef?.trim()}|${record.day?.trim()}` : String(record.externalRef ?? '').trim();
    if (line <= checkpoint.committedLine) {
      // Already committed by an earlier run; its keys still count, so a later duplicate of one is reported.
      if (!badLines.has(line) && !firstLine.has(key)) firstLine.set(key, line);
      summary.skippedAlreadyCommitted++;
      continue;
    }
    summary.rows++;
    pending.push({ line, key, ...(await rowToInput(kind, record)) });
    lastLine = line;
    if (pending.length >= IMPORT_BATCH_SIZE) {
      if (writing) {
        await writing; // the previous batch is committed: the caller may stop here
        if (options.shouldStop?.()) {
          source.destroy();
          return summary;
        }
      }
      writing = flush(pending, line);
      writing.catch(() => undefined); // awaited before the next batch or at the end, which rethrows
      pending = [];
    }
  }
  await writing;
  await flush(pending, lastLine);
  return summary;
}
