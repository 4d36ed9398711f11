/**
 * Our scan as the content script runs it, short of painting and time-slicing: the name finder the
 * content script builds from the background's packed match index (`createNameFinder` over
 * `openMatchIndexMessage(toMatchIndexMessage(index))`, `src/content/extension-data.ts`), and the scanner's per-run walk (`mentionsIn`,
 * `src/content/scanner.ts`: text runs, the finder with its precision rules, gated names decided
 * across neighbouring runs, a StaticRange per mention), each mention turned into what the scanner
 * stores (actor id and text), capped per page.
 */
import type { MatchIndex } from '../../src/data/match-index';
import { mentionsIn } from '../../src/content/scanner';
import { createNameFinder } from '../../src/match/finder';
import { openMatchIndexMessage, toMatchIndexMessage } from '../../src/shared/match-index-wire';
import type { MatchIndexMessage } from '../../src/shared/messages';
import { MAX_MENTIONS_PER_PAGE } from '../../src/match/limits';
import type { Matcher } from '../../src/match/types';

/** The match index as the background sends it (src/background/content-support.ts). */
export function wireOf(index: MatchIndex): MatchIndexMessage {
  return toMatchIndexMessage(index);
}

/** What a page does with the background's message before it can scan (src/content/extension-data.ts). */
export function pageFinderFor(wire: MatchIndexMessage): Matcher {
  return createNameFinder(openMatchIndexMessage(wire));
}

/** The content script's name finder for a match index, through the message as a page gets it. */
export function finderFor(index: MatchIndex): Matcher {
  return pageFinderFor(wireOf(index));
}

const noShadowHost = (): void => undefined;

/** Scan `root` to completion; returns the number of mentions (each with its Range built, and its text as the scanner stores it). */
export function scanWithContentPath(root: Element, finder: Matcher): number {
  let count = 0;
  let textLength = 0;
  for (const found of mentionsIn(root, finder, MAX_MENTIONS_PER_PAGE, noShadowHost)) {
    for (const { range, text, patternIndex } of found) {
      const actorId = (finder.patterns.at(patternIndex) as { actorId: string }).actorId;
      textLength += text.length + actorId.length + range.startOffset;
      count += 1;
    }
  }
  return textLength >= 0 ? count : -1;
}
