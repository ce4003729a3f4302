// npm run bench:console — the console's production bundle size (gzip), and the time from opening the console (signed
// in) to the first product row with the bytes transferred until then, in headless Chromium against the API on a fresh
// SQLite demo database.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const assets = join(root, 'apps/console/dist/assets');
const files = readdirSync(assets).filter((f) => f.endsWith('.js') || f.endsWith('.css'));
const gzip = files.reduce((n, f) => n + gzipSync(readFileSync(join(assets, f))).length, 0);
console.log(`console bundle: ${files.length} file(s), ${(gzip / 1024).toFixed(0)} kB gzip`);

const db = join(tmpdir(), `tierwise-bench-console-${process.pid}.sqlite`);
const api = spawn(process.execPath, [join(root, 'apps/api/dist/main.js')], {
  env: { ...process.env, PORT: '4393', SQLITE_PATH: db, DATABASE_URL: '' },
  stdio: 'ignore',
});
try {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch('http://127.0.0.1:4393/readyz')).ok) break;
    } catch {
      /* starting */
    }
    await sleep(100);
  }
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
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
  });
  const times = [];
  const wire = [];
  for (let run = 0; run < 5; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    // Bytes on the wire (compressed, headers included) until the first product row shows, from Chromium's own count.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    let bytes = 0;
    let counting = false;
    cdp.on('Network.loadingFinished', (e) => {
      if (counting) bytes += e.encodedDataLength;
    });
    await page.goto('http://127.0.0.1:4393/#/login');
    await page.fill('input[name="username"]', 'admin@tierwise.local');
    await page.fill('input[name="password"]', 'tierwise-admin');
    await page.click('button[type="submit"]');
    await page.waitForURL((u) => !u.hash.includes('login'));
    // A cold open of the console at the product list, with the session already in the tab.
    await page.goto('http://127.0.0.1:4393/#/Product?filter={}');
    counting = true;
    bytes = 0;
    const started = Date.now();
    await page.reload();
    await page.locator('tbody tr').first().waitFor();
    times.push(Date.now() - started);
    counting = false;
    wire.push(bytes);
    await context.close();
  }
  await browser.close();
  times.sort((a, b) => a - b);
  console.log(`open → first product row: median ${times[2]} ms (runs: ${times.join(', ')} ms)`);
  wire.sort((a, b) => a - b);
  console.log(`bytes loaded before the first product row (on the wire, cache disabled): median ${(wire[2] / 1024).toFixed(0)} kB`);
} finally {
  api.kill('SIGTERM');
  rmSync(db, { force: true });
  rmSync(`${db}-wal`, { force: true });
  rmSync(`${db}-shm`, { force: true });
}
