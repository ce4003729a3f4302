import type { Page } from 'playwright-core';
import { browserAvailable, shot, signIn, startConsole, type ConsoleHarness } from './browser';

const run = browserAvailable() ? describe : describe.skip;

run('console in Chromium', () => {
  let h: ConsoleHarness;
  let page: Page;
  beforeAll(async () => {
    h = await startConsole(__filename);
  });
  afterAll(() => h?.close());
  beforeEach(async () => {
    page = await h.browser.newPage({ viewport: { width: 1400, height: 900 } });
  });
  afterEach(() => page?.close());

  it('shows a signed-out first visit the login form at once, without a redirect loop, and no page behind it', async () => {
    let navigations = 0;
    page.on('framenavigated', () => {
      navigations++;
    });
    for (const path of ['/', '/#/Product', '/#/Customer/some-id/show']) {
      navigations = 0;
      const started = Date.now();
      await page.goto(`${h.url}${path}`);
      await page.locator('input[name="username"]').waitFor({ timeout: 10_000 });
      const ms = Date.now() - started;
      expect(page.url()).toContain('#/login');
      // One load, and a few hash changes on the way to #/login: not thousands (it once took 12-15 s and 4,000 redirects).
      expect([path, navigations]).toEqual([path, expect.any(Number)]);
      expect([path, navigations < 25, ms < 8_000]).toEqual([path, true, true]);
      // Nothing of the console's data leaks to a signed-out visitor.
      expect(await page.getByText('PE-001').count()).toBe(0);
    }
    await shot(page, 'first-visit-login');
  });

  it('serves the console compressed: hashed assets cached for a year, index.html never', async () => {
    const index = await fetch(`${h.url}/`, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(index.headers.get('cache-control')).toBe('no-cache');
    const html = await index.text();
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)![1];
    const asset = await fetch(`${h.url}${script}`, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(asset.status).toBe(200);
    expect(['br', 'gzip']).toContain(asset.headers.get('content-encoding'));
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    // A deep link into the console gets index.html, not cached either.
    expect((await fetch(`${h.url}/some/route`)).headers.get('cache-control')).toBe('no-cache');
  });

  it('keeps a wrong password on the login page with a message', async () => {
    await signIn(page, h.url, 'admin@tierwise.local', 'not-the-password', true);
    await page.getByText('Wrong email or password').waitFor();
    expect(page.url()).toContain('#/login');
    await shot(page, 'login-refused');
  });

  it('signs in and lists the four catalogue resources from the API', async () => {
    const messages: string[] = [];
    page.on('console', (m) => {
      messages.push(m.text());
    });
    await signIn(page, h.url, 'admin@tierwise.local', 'tierwise-admin');
    await page.goto(`${h.url}/#/Product`);
    await page.getByText('PE-001').waitFor();
    await page.getByText('1-14 of 14').waitFor();
    expect(await page.locator('tbody tr').count()).toBe(14);
    await shot(page, 'products');
    await page.goto(`${h.url}/#/Tier`);
    await page.getByText('HNW', { exact: true }).waitFor();
    expect(await page.locator('tbody tr').count()).toBe(3);
    await page.goto(`${h.url}/#/Benefit`);
    await page.getByText('AIRPORT_LOUNGE').waitFor();
    await page.goto(`${h.url}/#/PartnerInstitution`);
    await page.getByText('ZHONGXIN_TRUST').waitFor();
    await page.getByText('1-8 of 8').waitFor();
    expect(await page.locator('tbody tr').count()).toBe(8);
    await shot(page, 'partners');
    // No development messages from the production build (Apollo's "Download the Apollo DevTools…").
    expect(messages.filter((m) => /DevTools/i.test(m))).toEqual([]);
  });

  it('filters products by risk level through the API', async () => {
    await signIn(page, h.url, 'viewer@tierwise.local', 'tierwise-demo');
    await page.goto(`${h.url}/#/Product?filter=${encodeURIComponent(JSON.stringify({ riskLevel: 'R5' }))}`);
    await page.getByText('PE-001').waitFor();
    await page.waitForFunction(() => document.querySelectorAll('tbody tr').length === 1);
    await shot(page, 'products-filtered');
  });
});
