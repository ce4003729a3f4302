/**
 * npm run import -- customers|holdings|snapshots|assessments <file.csv>
 * Streams the file into the database configured by DATABASE_URL (or the embedded SQLite file), with a progress
 * bar; bad rows go to <file>.import-report.csv; Ctrl-C stops after the batch in flight, and a rerun resumes.
 */
import 'reflect-metadata';
import { SingleBar, Presets } from 'cli-progress';
import { loadConfig } from '../app/config';
import { createDataSource, isMysqlUrl, migrate } from '../app/data-source';
import { ensureMysqlDatabase } from '../app/mysql-database';
import { importCsv, IMPORT_KINDS, type ImportKind } from '../app/import/csv-import';

async function main() {
  const [kind, file] = process.argv.slice(2) as [ImportKind, string];
  if (!IMPORT_KINDS.includes(kind) || !file) {
    console.error('usage: npm run import -- customers|holdings|snapshots|assessments <file.csv>');
    process.exit(2);
  }
  const config = loadConfig();
  const flavour = isMysqlUrl(config.databaseUrl) ? await ensureMysqlDatabase(config.databaseUrl) : undefined;
  const dataSource = createDataSource({ url: config.databaseUrl, sqlitePath: config.sqlitePath, flavour });
  await dataSource.initialize();
  await migrate(dataSource);

  let stop = false;
  process.on('SIGINT', () => {
    if (stop) process.exit(130);
    stop = true;
    console.error('\nStopping after the batch in flight (Ctrl-C again to quit now); run the same command to resume.');
  });
  const bar = new SingleBar(
    {
      format: '{bar} {percentage}% | {rows} rows ({bad} bad) | {rate} rows/s | ETA {eta_formatted}',
      hideCursor: true,
    },
    Presets.shades_classic,
  );
  const started = Date.now();
  bar.start(100, 0, { rows: 0, bad: 0, rate: 0 });
  const summary = await importCsv(dataSource, kind, file, {
    shouldStop: () => stop,
    onProgress: (p) =>
      bar.update(Math.floor((p.bytes / Math.max(p.totalBytes, 1)) * 100), {
        rows: p.rows,
        bad: p.bad,
        rate: Math.round(p.rows / Math.max((Date.now() - started) / 1000, 0.001)),
      }),
  });
  bar.stop();
  console.log(
    `${kind}: ${summary.rows} rows read, ${summary.good} good (${summary.created} created, ${summary.updated} updated), ${summary.bad} bad` +
      `${summary.skippedAlreadyCommitted ? `, ${summary.skippedAlreadyCommitted} skipped (already committed)` : ''}.`,
  );
  if (summary.bad) console.log(`Bad rows, with their line and reason: ${summary.reportFile}`);
  await dataSource.destroy();
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
