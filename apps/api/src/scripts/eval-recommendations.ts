/**
 * npm run eval:recommendations [-- --customers 3000 --seed 20261129]
 * Replays a synthetic period (hidden needs and preferences → behaviour → need rules → recommendations at the cut-off)
 * and scores the top 3 against the held-out period's acceptances, drawn from a hidden preference model the ranker does
 * not read: hit-rate@3 and precision@3, against popularity, random and naive baselines measured in the same run.
 * Runs on a throw-away SQLite database.
 */
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Presets, SingleBar } from 'cli-progress';
import { loadConfig } from '../app/config';
import { createDataSource, migrate } from '../app/data-source';
import { seed } from '../app/seed';
import { replayRecommendationFeedback } from '../app/synthetic/feedback-replay';
import { wholeNumberOption } from './options';

async function main() {
  const customers = wholeNumberOption('customers', 3000, 1);
  const dir = mkdtempSync(join(tmpdir(), 'tierwise-eval-'));
  const dataSource = createDataSource({ sqlitePath: join(dir, 'eval.sqlite') });
  try {
    await dataSource.initialize();
    await migrate(dataSource);
    await seed(dataSource, { ...loadConfig({}), seedDemoData: true, seedDemoPopulation: false });
    const bar = new SingleBar({ format: 'scoring {bar} {value}/{total} customers' }, Presets.shades_classic);
    let started = false;
    const result = await replayRecommendationFeedback(dataSource, {
      customers,
      seed: wholeNumberOption('seed', 20261129, 1),
      onProgress: (done, total) => {
        if (!started) {
          bar.start(total, 0);
          started = true;
        }
        bar.update(done);
      },
    });
    bar.stop();
    const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
    console.log(
      `\n${result.customers} synthetic customers, half held out: ${result.evaluated} accepted something in the held-out period` +
        ` (${result.acceptances} acceptances), ${result.acceptedNothing} accepted nothing`,
    );
    console.log(`                       hit-rate@3   precision@3`);
    const row = (name: string, s: { hitRateAt3: number; precisionAt3: number }, note = '') =>
      console.log(`  ${name.padEnd(20)} ${pct(s.hitRateAt3).padStart(10)}   ${pct(s.precisionAt3).padStart(11)}${note}`);
    row('Tierwise ranker', result.ranker);
    row('popularity baseline', result.popularity, '   (most accepted by the training half, among suitable)');
    row('random baseline', result.random, '   (3 suitable products at random)');
    row('naive baseline', result.naive, '   (suitable products in catalogue order)');
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exit(1);
});
