/**
 * The scanner's view of page text: for a root, the mentions of one text run at a time (a run is
 * the text of one block, across inline elements, so "<b>Cho</b> <b>Jung-tai</b>" is one name).
 * A generator, so the scanner can stop after any run and yield the main thread.
 *
 * PROVISIONAL: until `page-text.ts` (the matcher engineer's) lands, runs are collected here.
 */
import type { Matcher } from '../match/types';

export interface FoundMention {
  range: Range;
  patternIndex: number;
}

/** Elements whose text is never a name on the page: code, form fields, our own host. */
const SKIP_TAGS = new Set(
  'SCRIPT STYLE NOSCRIPT TEXTAREA INPUT SELECT OPTION TEMPLATE IFRAME OBJECT CANVAS COUNTERCLAIM-HOST TITLE HEAD'.split(' '),
);

/** Inline elements: their text belongs to the run of the surrounding block. */
const INLINE_TAGS = new Set(
  ('A ABBR B BDI BDO CITE CODE DATA DFN EM FONT I KBD MARK Q RUBY RB RT RP S SAMP SMALL SPAN STRONG SUB SUP ' +
    'TIME U VAR WBR LABEL DEL INS BIG TT NOBR').split(' '),
);

/** Is `element` inline (part of the surrounding block's text run)? */
export function isInline(element: Element): boolean {
  return INLINE_TAGS.has(element.tagName.toUpperCase());
}

function isSkipped(element: Element): boolean {
  if (SKIP_TAGS.has(element.tagName.toUpperCase())) return true;
  return (element as HTMLElement).isContentEditable === true && element.getAttribute('contenteditable') !== null;
}

/** True when `node` is inside something the scanner never reads (up to `root`). */
export function isInSkippedElement(node: Node): boolean {
  for (let el: Element | null = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (isSkipped(el)) return true;
  }
  return false;
}

/** The nearest ancestor that is not an inline element: the block whose run a text node is in. */
export function blockOf(node: Node): Node {
  let el = node.parentElement;
  while (el && INLINE_TAGS.has(el.tagName.toUpperCase())) el = el.parentElement;
  return el ?? node.getRootNode();
}

interface Run {
  nodes: Text[];
  starts: number[];
  text: string;
}

function locate(run: Run, offset: number, isEnd: boolean): [Text, number] {
  let i = run.nodes.length - 1;
  while (i > 0 && (isEnd ? (run.starts[i] as number) >= offset : (run.starts[i] as number) > offset)) i--;
  return [run.nodes[i] as Text, offset - (run.starts[i] as number)];
}

function mentionsOfRun(run: Run, matcher: Matcher, limit: number, doc: Document): FoundMention[] {
  const found: FoundMention[] = [];
  for (const hit of matcher.findAll(run.text, { limit })) {
    const range = doc.createRange();
    const [startNode, startOffset] = locate(run, hit.start, false);
    const [endNode, endOffset] = locate(run, hit.end, true);
    range.setStart(startNode, startOffset);
    range.setEnd(endNode, endOffset);
    found.push({ range, patternIndex: hit.patternIndex });
  }
  return found;
}

/**
 * Mentions under `root` (an element, a document or a shadow root), one run per step. Shadow
 * roots inside `root` are not entered (the scanner scans them as roots of their own); every
 * element with an open shadow root is reported through `onShadowHost`.
 */
export function* mentionsIn(
  root: Node,
  matcher: Matcher,
  limit: number,
  onShadowHost: (host: Element) => void,
): Generator<FoundMention[], void, void> {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType !== Node.ELEMENT_NODE) return NodeFilter.FILTER_ACCEPT;
      if (isSkipped(node as Element)) return NodeFilter.FILTER_REJECT;
      if ((node as Element).shadowRoot) onShadowHost(node as Element);
      return NodeFilter.FILTER_SKIP;
    },
  });
  let run: Run = { nodes: [], starts: [], text: '' };
  let block: Node | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    const owner = blockOf(text);
    if (owner !== block && run.nodes.length > 0) {
      yield mentionsOfRun(run, matcher, limit, doc);
      run = { nodes: [], starts: [], text: '' };
    }
    block = owner;
    run.nodes.push(text);
    run.starts.push(run.text.length);
    run.text += text.data;
  }
  if (run.nodes.length > 0) yield mentionsOfRun(run, matcher, limit, doc);
}
