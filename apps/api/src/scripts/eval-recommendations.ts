/**
 * npm run eval:recommendations [-- --customers 3000 --seed 20261129]
 * Replays a synthetic period (hidden needs → behaviour → need rules → recommendations at the cut-off) and scores
 * the top 3 against the held-out period's acceptances: hit-rate@3 and precision@3, against a naive baseline
 * measured in the same run. Runs on a throw-away SQLite database.
 */
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Presets, SingleBar } from 'cli-progress';
import { loadConfig } from '../config';
import { createDataSource, migrate } from '../database/data-source';
import { seed } from '../database/seed';
import { replayRecommendationFeedback } from '../synthetic/feedback-replay';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} takes a whole number of at least 1`);
  return value;
}

async function main() {
  const customers = option('customers', 3000);
  const dir = mkdtempSync(join(tmpdir(), 'tierwise-eval-'));
  const dataSource = createDataSource({ sqlitePath: join(dir, 'eval.sqlite') });
  try {
    await dataSource.initialize();
    await migrate(dataSource);
    await seed(dataSource, { ...loadConfig({}), seedDemoData: true });
    const bar = new SingleBar({ format: 'scoring {bar} {value}/{total} customers' }, Presets.shades_classic);
    let started = false;
    const result = await replayRecommendationFeedback(dataSource, {
      customers, seed: option('seed', 20261129),
      onProgress: (done, total) => { if (!started) { bar.start(total, 0); started = true; } bar.update(done); },
    });
    bar.stop();
    const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
    console.log(`\n${result.customers} synthetic customers; ${result.evaluated} accepted something in the held-out period (${result.acceptances} acceptances)`);
    console.log(`                   hit-rate@3   precision@3`);
    console.log(`  Tierwise ranker  ${pct(result.ranker.hitRateAt3).padStart(10)}   ${pct(result.ranker.precisionAt3).padStart(11)}`);
    console.log(`  naive baseline   ${pct(result.baseline.hitRateAt3).padStart(10)}   ${pct(result.baseline.precisionAt3).padStart(11)}   (suitable products in catalogue order)`);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => { console.error(e instanceof Error ? e.stack : e); process.exit(1); });
