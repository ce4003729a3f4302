import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { ownDataIntent } from '@tierwise/domain';
import type { KnowledgeIndex } from './knowledge-index';

/** One labelled question: the entry code expected, `OWN:<intent>`, or `NONE` (nothing in the knowledge base answers it). */
export interface LabelledQuestion {
  expected: string;
  language: 'zh' | 'en';
  text: string;
}

/** The held-out set (`apps/api/eval/assistant-held-out.tsv`): tab-separated, `#` comments. */
export function readLabelled(file: string): LabelledQuestion[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => {
      const [expected, language, text] = line.split('\t');
      if (!text || (language !== 'zh' && language !== 'en')) throw new Error(`Bad line in the labelled set: ${line}`);
      return { expected, language, text };
    });
}

export interface EvaluationFigures {
  questions: number;
  /** Knowledge-base questions whose first answer is the right entry (and not taken for an own-data question). */
  top1: number;
  /** … whose right entry is among the first three. */
  top3: number;
  /** Questions that would go to a person (confidence below the threshold), of all asked. */
  handOff: number;
  /** Own-data questions recognised as such, with the right intent. */
  ownData: number;
  /** Questions outside the knowledge base that were handed off rather than answered wrongly. */
  outOfScopeHandedOff: number;
  /** Knowledge-base questions answered (above the threshold) with a wrong entry: the costly mistake. */
  wrongAnswers: number;
  counts: { knowledge: number; ownData: number; outOfScope: number };
  latencyMs: { p50: number; p99: number };
}

const ratio = (n: number, d: number) => (d ? Math.round((n / d) * 1000) / 1000 : 0);

/** Run the labelled questions through the same steps `ask` takes (own data first, then retrieval) and score them. */
export function evaluate(index: KnowledgeIndex, codeOf: (entryId: string) => string, rows: LabelledQuestion[], minConfidence: number): EvaluationFigures {
  let top1 = 0;
  let top3 = 0;
  let handOff = 0;
  let ownData = 0;
  let outOfScopeHandedOff = 0;
  let wrongAnswers = 0;
  const counts = { knowledge: 0, ownData: 0, outOfScope: 0 };
  const times: number[] = [];
  for (const row of rows) {
    const started = performance.now();
    const intent = ownDataIntent(row.text, row.language);
    const matches = intent ? [] : index.match(row.text, 3);
    times.push(performance.now() - started);
    const answered = !intent && (matches[0]?.confidence ?? 0) >= minConfidence;
    if (!intent && !answered) handOff++;
    if (row.expected.startsWith('OWN:')) {
      counts.ownData++;
      if (intent === row.expected.slice(4)) ownData++;
    } else if (row.expected === 'NONE') {
      counts.outOfScope++;
      if (!answered && !intent) outOfScopeHandedOff++;
    } else {
      counts.knowledge++;
      const codes = matches.map((m) => codeOf(m.entryId));
      if (!intent && codes[0] === row.expected) top1++;
      if (!intent && codes.includes(row.expected)) top3++;
      if (answered && codes[0] !== row.expected) wrongAnswers++;
    }
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))] * 100) / 100;
  return {
    questions: rows.length,
    top1: ratio(top1, counts.knowledge),
    top3: ratio(top3, counts.knowledge),
    handOff: ratio(handOff, rows.length),
    ownData: ratio(ownData, counts.ownData),
    outOfScopeHandedOff: ratio(outOfScopeHandedOff, counts.outOfScope),
    wrongAnswers: ratio(wrongAnswers, counts.knowledge),
    counts,
    latencyMs: { p50: at(0.5), p99: at(0.99) },
  };
}
