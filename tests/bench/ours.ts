/**
 * Our page layer as the content script runs it, short of painting: walk the DOM into text runs
 * (src/content/page-text.ts), match every run, and build a DOM Range per mention, capped per page.
 */
import { findMentions, iterateTextRuns } from '../../src/content/page-text';
import type { Matcher } from '../../src/match/types';

/** Scan `root` to completion; returns the number of mentions (each with its Range built). */
export function scanWithPageLayer(root: Element, matcher: Matcher): number {
  return findMentions(iterateTextRuns(root), matcher).length;
}
