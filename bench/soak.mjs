// npm run bench:soak — a bounded soak of hostile and malformed traffic against the built API on a throw-away SQLite
// database: every request has a new document (so Apollo's parse cache and the APQ cache fill and must evict), new
// persisted-query hashes, forged tokens, unknown API keys, bad bodies. The API's heap is measured after a full garbage
// collection as it goes (RSS alone follows the collector's moods; bench/gc-hook.cjs is preloaded for that); after a warm-up it must stay flat (every cache is
// bounded). The ratio reported is the heap at the end ÷ the heap after the warm-up, in the same run. SOAK_REQUESTS
// (default 30,000) and SOAK_CONNECTIONS (default 8) change the load.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { start, waitFor } from './lib.mjs';

const REQUESTS = Number(process.env.SOAK_REQUESTS ?? 30000);
const CONNECTIONS = Number(process.env.SOAK_CONNECTIONS ?? 8);
const WARMUP = Math.floor((REQUESTS * 2) / 5);
const PORT = 4600 + Math.floor(Math.random() * 300);
const dir = mkdtempSync(join(tmpdir(), 'tierwise-soak-'));
const heapFile = join(dir, 'heap.json');
// SOAK_API runs another build of the API (an older checkout, to compare the same load on both).
const api = start(
  process.env.SOAK_API ?? 'apps/api/dist/main.js',
  {
    PORT: String(PORT),
    SQLITE_PATH: join(dir, 'soak.sqlite'),
    DATABASE_URL: '',
    LOG_LEVEL: 'silent',
    SOAK_HEAP_FILE: heapFile,
  },
  ['--expose-gc', '-r', fileURLToPath(new URL('./gc-hook.cjs', import.meta.url))],
);
const url = `http://127.0.0.1:${PORT}/graphql`;

const rssMiB = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${api.pid}/status`, 'utf8'))[1]) / 1024;

/** The API's heap in use right after a full garbage collection (gc-hook.cjs, preloaded, answers SIGUSR2). */
async function heapAfterGcMiB() {
  rmSync(heapFile, { force: true });
  api.kill('SIGUSR2');
  for (let i = 0; i < 100 && !existsSync(heapFile); i++) await new Promise((r) => setTimeout(r, 20));
  return JSON.parse(readFileSync(heapFile, 'utf8')).heapUsed / 1024 / 1024;
}

/** The i-th request: a different document, token, key or body every time. */
function request(i) {
  const kinds = [
    () => ({ body: { query: `query Q${i} { allProducts(perPage: ${1 + (i % 100)}) { id code name${i % 2 ? ' riskLevel' : ''} } }` } }),
    () => ({ body: { query: `{ a${i}: __typename }` } }),
    () => {
      const query = `{ __typename b${i}: __typename }`;
      return { body: { query, extensions: { persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') } } } };
    },
    () => ({ body: { extensions: { persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(String(i)).digest('hex') } } } }),
    () => ({ body: { query: `{ me { id } }` }, headers: { authorization: `Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIke2l9In0.${i}` } }),
    () => ({
      body: { query: '{ partnerCatalog { id } }' },
      headers: { 'x-api-key': `tw_${(i % 0xffffffff).toString(16).padStart(8, '0')}_${'A'.repeat(43)}` },
    }),
    () => ({ raw: `{"query": "{ x${i} ` }),
    () => ({ body: { query: `{ ${'__typename '.repeat(10 + (i % 50))}}`, variables: { [`v${i}`]: 'x'.repeat(i % 500) } } }),
    () => ({
      body: { query: `mutation { login(email: "nobody${i}@x.y", password: "p") { token } }` },
      headers: { 'x-forwarded-for': `10.0.${i % 250}.${i % 200}` },
    }),
  ];
  const only = process.env.SOAK_ONLY === undefined ? null : Number(process.env.SOAK_ONLY);
  return kinds[only ?? i % kinds.length]();
}

try {
  await waitFor(`http://127.0.0.1:${PORT}/readyz`);
  const samples = [];
  let next = 0;
  let errors5xx = 0;
  let sampling = Promise.resolve();
  const worker = async () => {
    while (next < REQUESTS) {
      const i = next++;
      const r = request(i);
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...r.headers },
        body: r.raw ?? JSON.stringify(r.body),
      });
      await response.arrayBuffer();
      if (response.status >= 500) errors5xx++;
      if (i % 2000 === 0 && i > 0) sampling = sampling.then(async () => samples.push({ i, rss: rssMiB(), heap: await heapAfterGcMiB() }));
    }
  };
  const started = Date.now();
  await Promise.all(Array.from({ length: CONNECTIONS }, worker));
  await sampling;
  samples.push({ i: REQUESTS, rss: rssMiB(), heap: await heapAfterGcMiB() });
  const warm = samples.find((s) => s.i >= WARMUP);
  const end = samples[samples.length - 1];
  console.log(`${REQUESTS} requests in ${((Date.now() - started) / 1000).toFixed(1)} s, ${CONNECTIONS} connections, ${errors5xx} answered 5xx`);
  console.log(`heap after GC (MiB) every 2,000 requests: ${samples.map((s) => s.heap.toFixed(1)).join(' ')}`);
  console.log(`RSS (MiB), same points:                   ${samples.map((s) => s.rss.toFixed(0)).join(' ')}`);
  console.log(`heap after GC: ${warm.heap.toFixed(1)} MiB after the warm-up (${warm.i} requests), ${end.heap.toFixed(1)} MiB at the end`);
  console.log(`ratio end ÷ after warm-up: ${(end.heap / warm.heap).toFixed(2)} (flat is ≤ 1.10)`);
  if (errors5xx > 0 || end.heap / warm.heap > 1.1) process.exitCode = 1;
} finally {
  api.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}
