/**
 * Where a marked name is: a StaticRange, not a live Range.
 *
 * A live Range stays registered with its document, and the browser updates every registered Range
 * on each DOM mutation of the page: with 2,000 live Ranges, 200 appends and splits by a page
 * script took 4.3 ms instead of 0.16 ms in Chromium 156, and 12.6 ms instead of under 1 ms in
 * Firefox 153. `CSS.highlights` paints StaticRanges as well, so marks cost the page nothing when
 * it changes. What a StaticRange cannot do (text, boxes, containment) is asked of one scratch Range
 * per document, set to the span for the question; a card that follows its name gets a live Range
 * of its own while it is open.
 *
 * A StaticRange does not follow edits. The scanner unmarks the names in a text node as soon as the
 * node's text changes (its MutationObserver callback runs before the next frame is painted), so
 * a span never paints over other words; the changed block is scanned again a moment later.
 */

/** A span over text nodes, as the scan makes it. */
export type Span = AbstractRange;

/**
 * A StaticRange from (startNode, startOffset) to (endNode, endOffset). Every browser we support
 * has StaticRange; happy-dom, on which the unit tests and the precision tools scan, has not, and
 * gets a live Range, which has the same fields.
 */
export function staticSpan(startNode: Text, startOffset: number, endNode: Text, endOffset: number): Span {
  if (typeof StaticRange !== 'function') {
    const range = startNode.ownerDocument.createRange();
    range.setStart(startNode, startOffset);
    range.setEnd(endNode, endOffset);
    return range;
  }
  return new StaticRange({ startContainer: startNode, startOffset, endContainer: endNode, endOffset });
}

/** Whether the span's boundary points still lie within their nodes, in one tree. */
export function isValidSpan(span: Span): boolean {
  const { startContainer, endContainer } = span;
  if (span.startOffset > nodeLength(startContainer) || span.endOffset > nodeLength(endContainer)) return false;
  return startContainer.getRootNode() === endContainer.getRootNode();
}

/** `Node.TEXT_NODE`, as a number: the tools scan in Node with happy-dom, where `Node` is no global. */
const TEXT_NODE = 3;

function nodeLength(node: Node): number {
  return node.nodeType === TEXT_NODE ? (node as Text).length : node.childNodes.length;
}

const scratchRanges = new WeakMap<Document, Range>();

/** `range` set to the span's boundary points (which must be valid, see `isValidSpan`). */
function setToSpan(range: Range, span: Span): Range {
  range.setStart(span.startContainer, span.startOffset);
  range.setEnd(span.endContainer, span.endOffset);
  return range;
}

/**
 * `ask` of a live Range set to `span`, or `otherwise` when the span is no longer valid. The Range
 * is shared: `ask` must not keep it, nor call this again.
 */
export function askSpan<T>(span: Span, ask: (range: Range) => T, otherwise: T): T {
  if (!isValidSpan(span)) return otherwise;
  const doc = span.startContainer.ownerDocument as Document;
  let range = scratchRanges.get(doc);
  if (range === undefined) {
    range = doc.createRange();
    scratchRanges.set(doc, range);
  }
  return ask(setToSpan(range, span));
}

/** The span's text now (empty when it is no longer valid). */
export function textOfSpan(span: Span): string {
  return askSpan(span, (range) => range.toString(), '');
}

/** The span's line boxes now (none when it is no longer valid, or hidden). */
export function rectsOfSpan(span: Span): DOMRect[] {
  return askSpan(span, (range) => [...range.getClientRects()], []);
}

/** The span's bounding box now, or null when it is no longer valid. */
export function boxOfSpan(span: Span): DOMRect | null {
  return askSpan<DOMRect | null>(span, (range) => range.getBoundingClientRect(), null);
}

/** A live Range of its own over the span, for a card that follows its name while open. */
export function liveRangeOf(span: Span): Range {
  const range = (span.startContainer.ownerDocument as Document).createRange();
  return isValidSpan(span) ? setToSpan(range, span) : range;
}

/** A span's boxes on screen, asked through this so that tests without layout can supply them. */
export interface SpanGeometry {
  rects(span: Span): readonly DOMRectReadOnly[];
  box(span: Span): DOMRectReadOnly | null;
}

/** The page's own layout, through the scratch Range. */
export const pageGeometry: SpanGeometry = { rects: rectsOfSpan, box: boxOfSpan };
