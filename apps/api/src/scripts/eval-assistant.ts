// npm run eval:assistant — the smart customer service on the held-out questions (apps/api/eval/assistant-held-out.tsv,
// written apart from the knowledge base's own variants): top-1 and top-3 accuracy, hand-off rate, own-data and
// out-of-scope handling, per language, and the latency of answering (retrieval and own-data detection, p50/p99).
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DEFAULT_MIN_CONFIDENCE } from '@tierwise/domain';
import { assistantConfig, evaluate, KnowledgeIndex, readLabelled, seededIndexEntries } from '../modules/assistant';

const pct = (v: number) => `${(v * 100).toFixed(1)}%`;

/** With EVAL_API_URL and EVAL_API_KEY (an app key with customers:self) and EVAL_CUSTOMER_REF: `ask` through the running API. */
async function throughApi(rows: { text: string; language: 'zh' | 'en' }[]) {
  const url = process.env.EVAL_API_URL;
  const apiKey = process.env.EVAL_API_KEY;
  if (!url || !apiKey) return;
  // Plain requests (the API does not depend on its own client package).
  const call = async (query: string, variables: object) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': apiKey },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: Record<string, unknown>; errors?: { message: string }[] };
    if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
    return body.data!;
  };
  const customerId = (await call('query($r: String!) { customerSelfId(customerRef: $r) }', { r: process.env.EVAL_CUSTOMER_REF ?? 'SYN-00000007' }))
    .customerSelfId;
  const times: number[] = [];
  for (const row of rows) {
    const t = performance.now();
    await call('mutation($c: ID!, $t: String!, $l: Language!) { ask(customerId: $c, text: $t, language: $l) { outcome confidence } }', {
      c: customerId,
      t: row.text,
      l: row.language,
    });
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(1);
  console.log(
    `\nask through the API (${url}, one at a time, each recorded; hand-offs open requests): p50 ${at(0.5)} ms, p99 ${at(0.99)} ms over ${times.length}`,
  );
}

async function main() {
  const started = Date.now();
  const index = new KnowledgeIndex(seededIndexEntries());

  const built = Date.now() - started;
  const rows = readLabelled(join(__dirname, '../../eval/assistant-held-out.tsv'));
  const { minConfidence } = assistantConfig();
  console.log(
    `knowledge base: ${index.size} entries (index built in ${built} ms); ${rows.length} held-out questions; hand-off below ${minConfidence} (default ${DEFAULT_MIN_CONFIDENCE})\n`,
  );
  console.log('language  questions  top-1   top-3   hand-off  own data  out of scope handed off  wrong answers  p50 ms  p99 ms');
  for (const language of ['zh', 'en', 'all'] as const) {
    const f = evaluate(index, (id) => id, language === 'all' ? rows : rows.filter((r) => r.language === language), minConfidence);
    console.log(
      [
        language.padEnd(8),
        String(f.questions).padStart(9),
        pct(f.top1).padStart(6),
        pct(f.top3).padStart(7),
        pct(f.handOff).padStart(9),
        pct(f.ownData).padStart(9),
        pct(f.outOfScopeHandedOff).padStart(24),
        pct(f.wrongAnswers).padStart(14),
        f.latencyMs.p50.toFixed(2).padStart(7),
        f.latencyMs.p99.toFixed(2).padStart(7),
      ].join('  '),
    );
  }
  console.log('\ntop-1/top-3 over knowledge-base questions; hand-off over all; wrong answers: answered above the threshold with the wrong entry');
  await throughApi(rows);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
