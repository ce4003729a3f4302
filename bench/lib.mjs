// Shared by the benchmarks: start a Node script as a child process, and wait until a URL answers.
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

/** Run a script in its own process; the API runs with the flags of `npm start`. */
export function start(script, env, extraFlags = []) {
  const flags = [...(script.includes('apps/api') ? ['--max-semi-space-size=32'] : []), ...extraFlags];
  const child = spawn(process.execPath, [...flags, script], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  child.stdout.on('data', () => {});
  return child;
}

export async function waitFor(url, tries = 300) {
  for (let i = 0; i < tries; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await sleep(100);
  }
  throw new Error(`${url} did not come up`);
}

/**
 * The built API on `port` against `databaseUrl`, as in production (signed in with `admin`); with BENCH_CPU_PROF=dir
 * it writes a CPU profile there when it stops.
 */
export function startApi(root, { databaseUrl, port, admin, secret }) {
  return start(
    `${root}apps/api/dist/main.js`,
    { DATABASE_URL: databaseUrl, PORT: port, NODE_ENV: 'production', JWT_SECRET: secret.repeat(40), ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password },
    process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [],
  );
}
