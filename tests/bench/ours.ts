/**
 * Our scan as the content script runs it, short of painting and time-slicing: the name finder the
 * content script builds from the background's match index (`createNameFinder` over
 * `patternsOf(index)`, `src/content/start.ts`), and the scanner's per-run walk (`mentionsIn`,
 * `src/content/scanner.ts`: text runs, the finder with its precision rules, gated names decided
 * across neighbouring runs, a DOM Range per mention), each mention turned into what the scanner
 * stores (actor id and text), capped per page.
 */
import { patternsOf, type MatchIndex } from '../../src/data/match-index';
import { mentionsIn } from '../../src/content/scanner';
import { createNameFinder } from '../../src/match/finder';
import { MAX_MENTIONS_PER_PAGE } from '../../src/match/limits';
import type { Matcher } from '../../src/match/types';

/** The content script's name finder for a match index. */
export function finderFor(index: MatchIndex): Matcher {
  return createNameFinder({ patterns: patternsOf(index), contextTerms: index.contextTerms });
}

const noShadowHost = (): void => undefined;

/** Scan `root` to completion; returns the number of mentions (each with its Range built and read). */
export function scanWithContentPath(root: Element, finder: Matcher): number {
  let count = 0;
  let textLength = 0;
  for (const found of mentionsIn(root, finder, MAX_MENTIONS_PER_PAGE, noShadowHost)) {
    for (const { range, patternIndex } of found) {
      const actorId = (finder.patterns[patternIndex] as { actorId: string }).actorId;
      textLength += range.toString().length + actorId.length;
      count += 1;
    }
  }
  return textLength >= 0 ? count : -1;
}
