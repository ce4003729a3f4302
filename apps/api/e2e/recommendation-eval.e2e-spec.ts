import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { replayRecommendationFeedback } from '../src/app/synthetic/feedback-replay';
import { startTestApi, type TestApi } from '../test-utils/harness';

// The replay behind `npm run eval:recommendations`, on a smaller population. What customers accept comes from a hidden
// preference model that reads none of the fields the ranker scores, so beating the baselines is evidence of ranking
// quality, not of wiring. SQLite is enough: the figures come from the ranking, not from the database.
describe('recommendation evaluation replay', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi('sqlite', __filename);
  });
  afterAll(() => api.close());

  it('draws acceptances from preferences the ranker cannot read', () => {
    const model = readFileSync(join(__dirname, '../src/app/synthetic/preference-model.ts'), 'utf8');
    expect(model).not.toMatch(/target(Needs|LifeStages|Occupations|RiskPreferences)|recommend|ranking/i);
  });

  it('scores hit-rate@3 and precision@3 on a held-out half, above the popularity, random and naive baselines', async () => {
    const result = await replayRecommendationFeedback(api.dataSource, { customers: 800, seed: 7 });
    expect(result.customers).toBe(800);
    // Some customers accept nothing at all; they are not scored.
    expect(result.acceptedNothing).toBeGreaterThan(40);
    expect(result.evaluated).toBeGreaterThan(150);
    expect(result.ranker.hitRateAt3).toBeGreaterThan(result.random.hitRateAt3 + 0.05);
    expect(result.ranker.hitRateAt3).toBeGreaterThan(result.naive.hitRateAt3 + 0.05);
    expect(result.ranker.hitRateAt3).toBeGreaterThan(result.popularity.hitRateAt3);
    expect(result.ranker.precisionAt3).toBeGreaterThan(result.random.precisionAt3);
  });
});
