import { describe, expect, it } from 'vitest';
import { BUNDLED_DATASET } from '../../../src/data/bundled-dataset';
import { aliasPatterns } from '../../../src/data/dataset-index';
import { createMatcher } from '../../../src/match/matcher';

/** The real aliases, as the content script will use them. */
describe('matcher with the bundled dataset aliases', () => {
  const patterns = aliasPatterns(BUNDLED_DATASET);
  const matcher = createMatcher(patterns);

  it('finds every alias in running English and Chinese text, at its exact offsets', () => {
    patterns.forEach((pattern, index) => {
      for (const [before, after] of [
        ['Officials said ', ' was responsible.'],
        ['报道称', '周一发表声明。'],
      ] as const) {
        const text = `${before}${pattern.text}${after}`;
        const hits = matcher.findAll(text);
        const hit = hits.find((h) => h.patternIndices.includes(index));
        expect(hit, `${pattern.text} in ${text}`).toBeDefined();
        expect(text.slice(hit?.start, hit?.end)).toBe(pattern.text);
      }
    });
  });

  it('does not find case-sensitive aliases in lower case or inside longer words', () => {
    for (const pattern of patterns.filter((p) => p.caseSensitive && /[A-Z]/.test(p.text))) {
      expect(matcher.findAll(`see ${pattern.text.toLowerCase()} and ${pattern.text}X and X${pattern.text}`)).toEqual([]);
    }
  });
});
