import { LimiterStore, RollingBudgets, WINDOW_MS } from './rate-limit';

describe('rolling partner budgets', () => {
  const budgets = () => new RollingBudgets(new LimiterStore(undefined, `spec-${Math.random()}`));
  const at = (minute: number, ms: number) => new Date(Date.UTC(2026, 11, 1, 10, minute) + ms);

  it('a burst just before a minute ends still counts just after it: no second budget at the edge', async () => {
    const b = budgets();
    expect((await b.consume('k', 100, 100, at(0, WINDOW_MS - 100))).allowed).toBe(true);
    const justAfter = await b.consume('k', 10, 100, at(1, 100));
    expect(justAfter.allowed).toBe(false);
    // It becomes possible as the burst rolls out of the last 60 seconds: about 10% of the way into the next minute.
    expect(justAfter.resetAt.getTime()).toBeGreaterThan(at(1, 100).getTime());
    expect(justAfter.resetAt.getTime()).toBeLessThanOrEqual(at(1, 0.1 * WINDOW_MS + 1000).getTime());
    expect((await b.consume('k', 10, 100, at(1, 0.11 * WINDOW_MS))).allowed).toBe(true);
  });

  it('counts what was spent in the last rolling minute, and nothing older', async () => {
    const b = budgets();
    expect((await b.consume('k', 60, 100, at(5, 30_000))).remaining).toBe(40);
    // Half of the previous minute still lies within the last 60 seconds: 60 × 0.5 = 30 carried.
    expect((await b.consume('k', 10, 100, at(6, 30_000))).remaining).toBe(60);
    expect((await b.consume('k', 100, 100, at(8, 0))).allowed).toBe(true);
  });

  it('a refused request spends nothing, and keys are counted apart', async () => {
    const b = budgets();
    await b.consume('a', 90, 100, at(3, 0));
    expect((await b.consume('a', 20, 100, at(3, 1000))).allowed).toBe(false);
    expect((await b.consume('a', 10, 100, at(3, 2000))).allowed).toBe(true);
    expect((await b.consume('b', 100, 100, at(3, 2000))).allowed).toBe(true);
  });
});
