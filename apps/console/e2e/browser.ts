import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { loadConfig } from '../../api/src/app/config';
import { seed } from '../../api/src/app/seed';
import { startServer, type RunningServer } from '../../api/src/app/server';
import { createTestDatabase, turnFourEyesOff } from '../../api/test-utils/harness';
import type { DataSource } from 'typeorm';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CONSOLE_DIST = join(__dirname, '../dist');
export const SHOTS = join(__dirname, '../../../test-output/console');

/**
 * Browser tests need Debian's chromium and the console build. Without chromium they are skipped with a
 * loud message, except under CI (CI=true or CI=1), where a missing browser fails the run.
 */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) {
    if (!existsSync(join(CONSOLE_DIST, 'index.html'))) throw new Error('The console is not built: `npm test` builds it first (or run `npm run build`).');
    return true;
  }
  const message = `\n\n*** BROWSER TESTS SKIPPED: ${CHROMIUM} not found. Install it with \`apt-get install -y chromium\`. ***\n`;
  if (/^(true|1)$/i.test(process.env.CI ?? '')) throw new Error(`Chromium is required under CI=true.${message}`);
  console.warn(message);
  return false;
}

export interface ConsoleHarness {
  url: string;
  browser: Browser;
  dataSource: DataSource;
  close(): Promise<void>;
}

/** The real API serving the built console over a fresh SQLite database with the demo data, and a headless Chromium. */
export async function startConsole(testFile: string, options: { fourEyes?: boolean } = {}): Promise<ConsoleHarness> {
  const dataSource = await createTestDatabase('sqlite', testFile);
  const config = { ...loadConfig({ ADMIN_EMAIL: 'admin@tierwise.local', ADMIN_PASSWORD: 'tierwise-admin' }), consoleDir: CONSOLE_DIST };
  await seed(dataSource, { ...config, seedDemoPopulation: false });
  // The journeys of everything else write directly; the approval journey keeps four eyes on (the product's default).
  if (!options.fourEyes) await turnFourEyesOff(dataSource);
  const server: RunningServer = await startServer(config, dataSource, 0);
  // playwright gives every launch a fresh, empty profile directory of its own.
  const browser = await chromium
    .launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    })
    .catch(async (error: unknown) => {
      await server.close();
      await dataSource.destroy();
      throw error;
    });
  mkdirSync(SHOTS, { recursive: true });
  return {
    url: server.url,
    browser,
    dataSource,
    async close() {
      await browser.close();
      await server.close();
      await dataSource.destroy();
    },
  };
}

/** Fill in the login form; unless `expectRefusal`, wait until the console has left the login page. */
export async function signIn(page: Page, url: string, email: string, password: string, expectRefusal = false): Promise<void> {
  await page.goto(`${url}/#/login`);
  await page.fill('input[name="username"]', email);
  await page.fill('input[name="password"]', password);
  await page.click('button[type="submit"]');
  if (!expectRefusal) await page.waitForURL((u) => !u.hash.includes('login'));
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

/**
 * A signed-in user in a fresh browser context, with the console's language chosen in the app (react-admin's stored
 * locale) while the browser itself says en-US.
 */
export async function openAs(h: ConsoleHarness, email: string, language: 'en' | 'zh-CN', password = 'tierwise-demo') {
  const context = await h.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
  await context.addInitScript((locale) => window.localStorage.setItem('RaStore.locale', JSON.stringify(locale)), language);
  const page = await context.newPage();
  await signIn(page, h.url, email, password);
  return { context, page };
}
