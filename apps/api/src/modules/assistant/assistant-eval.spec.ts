import { join } from 'node:path';
import { DEFAULT_MIN_CONFIDENCE } from '@tierwise/domain';
import { seededIndexEntries } from './knowledge-base.seed';
import { KnowledgeIndex } from './knowledge-index';
import { evaluate, readLabelled } from './evaluation';

const entries = seededIndexEntries();
const rows = readLabelled(join(__dirname, '../../../eval/assistant-held-out.tsv'));

describe('the smart customer service on the held-out questions', () => {
  const index = new KnowledgeIndex(entries);
  for (const language of ['zh', 'en'] as const) {
    it(`answers ${language} questions it has not seen: top-1 at least 80%, top-3 at least 90%, own-data questions recognised`, () => {
      const figures = evaluate(
        index,
        (id) => id,
        rows.filter((r) => r.language === language),
        DEFAULT_MIN_CONFIDENCE,
      );
      if (process.env.SHOW_EVIDENCE) console.log(language, JSON.stringify(figures));
      expect(figures.top1).toBeGreaterThanOrEqual(0.8);
      expect(figures.top3).toBeGreaterThanOrEqual(0.9);
      expect(figures.ownData).toBeGreaterThanOrEqual(0.9);
      expect(figures.counts.knowledge).toBeGreaterThanOrEqual(150);
    });
  }
});
