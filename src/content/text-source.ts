/**
 * The scanner's view of page text, over `page-text.ts`: the mentions of one text run at a time,
 * so the scanner can stop after any run and yield the main thread.
 *
 * Shadow roots are not entered here: the scanner scans (and observes) each open shadow root as a
 * root of its own, so every host found on the way is reported through `onShadowHost`.
 */
import type { Matcher } from '../match/types';
import { iterateTextRuns, mentionsByRun } from './page-text';

export interface FoundMention {
  range: Range;
  patternIndex: number;
}

/**
 * Inline elements: their text belongs to the run of the surrounding block. Mirrors the run
 * rules of `page-text.ts` (custom and unknown elements end a run there, so they count as blocks).
 */
const INLINE_TAGS = new Set(
  ('a abbr acronym b bdi bdo big cite code data del dfn em font i ins kbd label mark nobr q ruby rb rtc s samp ' +
    'small span strike strong sub sup time tt u var wbr output rt rp').split(' '),
);

/** Is `element` inline (part of the surrounding block's text run)? */
export function isInline(element: Element): boolean {
  return INLINE_TAGS.has(element.localName);
}

/**
 * The nearest ancestor that is not inline: the block whose run a node's text is in.
 *
 * @param known the block of inline elements already climbed through, filled in here: pass one
 *   map for a batch of nodes (the DOM unchanged meanwhile) so that a batch of additions to a deep
 *   nest of inline elements does not climb the whole nest once per node.
 */
export function blockOf(node: Node, known?: Map<Element, Node>): Node {
  const climbed: Element[] = [];
  let el = node.parentElement;
  let block: Node | undefined;
  while (el && isInline(el)) {
    block = known?.get(el);
    if (block !== undefined) break;
    climbed.push(el);
    el = el.parentElement;
  }
  block ??= el ?? node.getRootNode();
  if (known) for (const inline of climbed) known.set(inline, block);
  return block;
}

/** Mentions under `root`, one run per step; at most `limit` per run. */
export function* mentionsIn(
  root: Node,
  matcher: Matcher,
  limit: number,
  onShadowHost: (host: Element) => void,
): Generator<FoundMention[], void, undefined> {
  const runs = iterateTextRuns(root, {
    shadowRoots: false,
    skipElement: (element) => {
      if (element.shadowRoot) onShadowHost(element);
      return false;
    },
  });
  yield* mentionsByRun(runs, matcher, { cap: limit });
}
