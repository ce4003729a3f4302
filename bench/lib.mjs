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
