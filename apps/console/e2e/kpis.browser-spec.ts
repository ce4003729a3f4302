import type { Browser, BrowserContext, Page } from 'playwright-core';
import { seedHistory } from '../../api/src/app/synthetic/history';
import { seedSyntheticPopulation } from '../../api/src/app/synthetic/seed-synthetic';
import { en } from '../src/i18n/en';
import { zh } from '../src/i18n/zh';
import { browserAvailable, shot, signIn, startConsole, type ConsoleHarness } from './browser';

const run = browserAvailable() ? describe : describe.skip;
const KPIS = Object.keys(en.tierwise.kpis.names);

async function session(browser: Browser, url: string, locale: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1200 }, locale });
  const page = await context.newPage();
  await signIn(page, url, 'viewer@tierwise.local', 'tierwise-demo');
  return { context, page };
}

/** Issue 18: the dashboard shows every KPI of the plan, with its target and trend, in both languages, and drills down. */
run('the KPI dashboard in Chromium', () => {
  let h: ConsoleHarness;
  let api: { kpi: string; value: string | null }[];
  beforeAll(async () => {
    h = await startConsole(__filename);
    await seedSyntheticPopulation(h.dataSource, { customers: 120, seed: 18, days: 30 });
    await seedHistory(h.dataSource, { months: 12, seed: 18 });
    const { createTierwiseClient, KpisDocument } = await import('@tierwise/client');
    const viewer = createTierwiseClient({ url: `${h.url}/graphql` });
    await viewer.login('viewer@tierwise.local', 'tierwise-demo');
    const { monthOf, addMonths } = await import('@tierwise/domain');
    const to = monthOf(new Date());
    api = (await viewer.request(KpisDocument, { from: addMonths(to, -11), to })).kpis;
  });
  afterAll(() => h?.close());

  it.each([
    ['zh-CN', zh],
    ['en-US', en],
  ])('shows all thirteen KPIs with their values, targets and trends in %s, and what lies behind one', async (locale, messages) => {
    const { context, page } = await session(h.browser, h.url, locale);
    try {
      await page.waitForSelector('[data-testid="kpis"] [data-testid="kpi-PROFILED"]', { timeout: 20_000 });
      for (const kpi of KPIS) {
        const tile = page.locator(`[data-testid="kpi-${kpi}"]`);
        await expect(tile.textContent()).resolves.toContain(messages.tierwise.kpis.names[kpi as keyof typeof messages.tierwise.kpis.names]);
        // The value the API measured, and a trend line drawn from the monthly snapshots.
        const value = api.find((k) => k.kpi === kpi)!.value;
        await expect(page.locator(`[data-testid="kpi-${kpi}-value"]`).textContent()).resolves.toContain(value === null ? '—' : value);
        expect(await tile.locator('.recharts-line-curve').count()).toBe(1);
      }
      // A year of history gives most KPIs a value (smart service, churn… all measured).
      expect(api.filter((k) => k.value !== null).length).toBeGreaterThanOrEqual(12);
      await shot(page, `kpis-${locale}`);

      // High-net-worth repeat purchase: the tiers' figures and the customers who bought only once.
      await page.click('[data-testid="kpi-HNW_REPEAT_PURCHASE"] button');
      const dialog = page.locator('[data-testid="kpi-drill-down"]');
      await dialog.waitFor();
      await expect(dialog.textContent()).resolves.toContain(messages.tierwise.kpis.definitions.HNW_REPEAT_PURCHASE);
      expect(await dialog.locator('[data-testid="kpi-by-tier"] tr').count()).toBeGreaterThanOrEqual(3);
      await page.waitForSelector('[data-testid="kpi-record"]', { timeout: 10_000 });
      await expect(dialog.locator('[data-testid="kpi-record"]').first().textContent()).resolves.toContain(messages.tierwise.kpis.reasons.ONE_PURCHASE);
      await shot(page, `kpis-drill-down-${locale}`);
    } finally {
      await context.close();
    }
  });
});
