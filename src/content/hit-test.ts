/**
 * Which marked name is under the pointer. The page's DOM has no element per name, so the pointer
 * is mapped to a caret position (`caretPositionFromPoint`, or WebKit's `caretRangeFromPoint`),
 * the mentions filed under that text node are the candidates, and a candidate counts only if
 * one of its line boxes contains the point: a caret snaps to the nearest character even when the
 * pointer is in the margin past the end of a line.
 */
import type { Mention, MentionStore } from './mentions';
import { pageGeometry, type SpanGeometry } from './spans';

/** Slack around a name's line box, in CSS pixels: the underline sits just below the box. */
const HIT_SLACK_PX = 2;

interface Caret {
  node: Node;
  offset: number;
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

function caretAt(doc: CaretDocument, x: number, y: number, shadowRoots: ShadowRoot[]): Caret | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y, { shadowRoots });
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/** True when (x, y) is inside one of these line boxes (a name's). */
export function boxesContainPoint(rects: readonly DOMRectReadOnly[], x: number, y: number): boolean {
  for (const rect of rects) {
    if (
      x >= rect.left - HIT_SLACK_PX &&
      x <= rect.right + HIT_SLACK_PX &&
      y >= rect.top - HIT_SLACK_PX &&
      y <= rect.bottom + HIT_SLACK_PX
    ) {
      return true;
    }
  }
  return false;
}

/**
 * The mention under viewport point (x, y), or null. `shadowRoots` are the open shadow roots that
 * hold mentions: passed to `caretPositionFromPoint` so it looks inside them; where a browser
 * ignores that option, the caret lands on the host and that root's mentions are tested by rects.
 */
export function mentionAtPoint(
  doc: Document,
  store: MentionStore,
  x: number,
  y: number,
  shadowRoots: ShadowRoot[],
  geometry: SpanGeometry = pageGeometry,
): Mention | null {
  const caret = caretAt(doc, x, y, shadowRoots);
  if (!caret) return null;
  const holds = (mention: Mention) => boxesContainPoint(geometry.rects(mention.range), x, y);
  if (caret.node.nodeType === Node.TEXT_NODE) {
    for (const mention of store.inNode(caret.node)) if (holds(mention)) return mention;
    return null;
  }
  const root = (caret.node as Element).shadowRoot;
  if (root && shadowRoots.includes(root)) {
    for (const mention of store.ordered()) {
      if (mention.range.startContainer.getRootNode() === root && holds(mention)) return mention;
    }
  }
  return null;
}
