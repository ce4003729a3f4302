import { replayRecommendationFeedback } from '../src/synthetic/feedback-replay';
import { startTestApi, type TestApi } from '../test-utils/harness';

// The replay behind `npm run eval:recommendations`, on a small population: the ranker, which reads the needs
// detected from behaviour and the profile, must beat a ranker that ignores them. SQLite is enough: the figures
// come from the ranking, not from the database.
describe('recommendation evaluation replay', () => {
  let api: TestApi;
  beforeAll(async () => { api = await startTestApi('sqlite', __filename); });
  afterAll(() => api.close());

  it('scores hit-rate@3 and precision@3 on a held-out period, well above the naive baseline', async () => {
    const result = await replayRecommendationFeedback(api.dataSource, { customers: 400, seed: 7 });
    expect(result.customers).toBe(400);
    expect(result.evaluated).toBeGreaterThan(150);
    expect(result.ranker.hitRateAt3).toBeGreaterThan(result.baseline.hitRateAt3 + 0.15);
    expect(result.ranker.precisionAt3).toBeGreaterThan(result.baseline.precisionAt3);
  });
});
