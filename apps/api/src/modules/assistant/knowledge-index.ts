import MiniSearch from 'minisearch';
import { answerConfidence, type Candidate } from '@tierwise/domain';
import { tokenize } from './tokenizer';

/** What the index needs of an entry: its questions (the question and its variants, both languages) and its answers. */
export interface IndexedEntry {
  id: string;
  name: string;
  nameEn: string | null;
  variants: string[];
  variantsEn: string[];
  answer: string;
  answerEn: string;
}

export interface Match {
  entryId: string;
  score: number;
  coverage: number;
  confidence: number;
}

/** A word counts fully towards coverage; a character pair (a fallback for segmentation and typos) half. */
const weight = (term: string) => (term.startsWith('~') ? 0.5 : 1);

/**
 * A BM25 index of the knowledge base (MiniSearch), fully in memory: one document per entry and language, the questions
 * weighted above the answers. Built from the entries in force and replaced whole when they change.
 */
export class KnowledgeIndex {
  private readonly search: MiniSearch<{ id: string; entryId: string; questions: string; answer: string }>;

  constructor(entries: readonly IndexedEntry[]) {
    this.search = new MiniSearch({
      fields: ['questions', 'answer'],
      storeFields: ['entryId'],
      tokenize,
      processTerm: (term) => term,
      searchOptions: {
        boost: { questions: 3, answer: 0.4 },
        // Latin words of five letters or more forgive a typo; Chinese has its character pairs instead.
        fuzzy: (term) => (/^[a-z]{5,}$/.test(term) ? 0.2 : false),
        combineWith: 'OR',
        bm25: { k: 1.6, b: 0.9, d: 0 },
      },
    });
    this.search.addAll(
      entries.flatMap((e) => [
        { id: `${e.id}:zh`, entryId: e.id, questions: [e.name, ...e.variants].join('\n'), answer: e.answer },
        { id: `${e.id}:en`, entryId: e.id, questions: [e.nameEn ?? '', ...e.variantsEn].join('\n'), answer: e.answerEn },
      ]),
    );
  }

  get size(): number {
    return this.search.documentCount / 2;
  }

  /** The entries that fit a question best, strongest first, each with its confidence (see `answerConfidence`). */
  match(question: string, limit = 3): Match[] {
    const terms = [...new Set(tokenize(question))];
    if (!terms.length) return [];
    const total = terms.reduce((s, t) => s + weight(t), 0);
    const best = new Map<string, Candidate & { entryId: string }>();
    for (const r of this.search.search(terms.join(' '), { tokenize: (q) => q.split(' ') })) {
      const entryId = r.entryId as string;
      const covered = new Set(r.queryTerms).size ? [...new Set(r.queryTerms)].reduce((s, t) => s + weight(t), 0) : 0;
      const candidate = { entryId, score: r.score, coverage: Math.min(1, covered / total) };
      const seen = best.get(entryId);
      if (!seen || seen.score < candidate.score) best.set(entryId, candidate);
    }
    const ranked = [...best.values()].sort((a, b) => b.score - a.score);
    return ranked.slice(0, limit).map((c, i) => ({
      ...c,
      confidence: answerConfidence(c, i === 0 ? ranked[1] : ranked[0]),
    }));
  }
}
