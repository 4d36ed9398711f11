/**
 * The page-text layer: the page's text as the reader sees it, in runs the matcher can search,
 * and matches mapped back to DOM spans (StaticRanges, `spans.ts`). Uses DOM APIs only (no extension API), so it runs under
 * happy-dom in unit tests.
 *
 * A run is the text of one block as read: its text nodes joined without separators. Inline
 * elements (`<a>`, `<b>`, `<span>`…) do not interrupt a run, so "Cho <b>Jung-tai</b>" is one
 * string and one mention. Block elements, `<br>`, unknown and custom elements, ignored elements,
 * slots and shadow-root boundaries end a run; a name is never assembled across them. Every run's
 * nodes share one tree (light DOM or one shadow root), so a Range over them is always valid.
 *
 * Ignored (with their subtrees): script, style, noscript, template, form controls (textarea,
 * input, select, option, button — button labels are interface text, not reporting), embedded
 * content (iframe, object, embed, canvas, video, audio), svg and math (chart labels and formulas,
 * not prose), code and program text (code, pre, kbd, samp: a name there is an identifier or a log
 * line, not the actor), document head, closed `<dialog>`, elements with the `hidden` attribute or an inline
 * `display: none`, contenteditable regions (the reader is writing there; highlighting would fight
 * the editor), and the extension's own UI host. Ruby annotations (`<rt>`, `<rp>`) are skipped
 * without ending the run, so the base text 国家<rt>…</rt>安全部 stays one name.
 *
 * Cheap checks only: no getComputedStyle (it forces style recalculation per element). Text hidden
 * by stylesheets is still collected; callers that care can drop mentions whose Range has no
 * client rects, or pass `skipElement`.
 *
 * The walk decides by tag only. Elements ignored for an attribute (`hidden`, `contenteditable`,
 * an inline `display: none`) are found afterwards, and only where it matters: `visibleRuns` cuts
 * them out of a run, `collectTextRuns` does so for every run, and `mentionsByRun` for the runs
 * that hold a name. Looking for them during the walk took a selector match on every element of
 * the page (an attribute query cost about three quarters of the walk itself in Chromium), to
 * exclude text that almost never holds a name.
 */
import { MAX_MENTIONS_PER_PAGE } from '../match/limits';
import { GATE_WINDOW, RunGate, type RunHits } from '../match/policy';
import type { MatchHit, Matcher } from '../match/types';
import { OWN_HOST_TAG } from '../shared/constants';
import { staticSpan, textOfSpan, type Span } from './spans';

/** The text of one block as the reader sees it, with the text nodes it came from. */
export interface TextRun {
  /** The nodes' data joined without separators. */
  text: string;
  /** The (non-empty) text nodes of the run, in document order. */
  nodes: Text[];
  /** `starts[i]`: offset of `nodes[i]` within `text`; ascending. */
  starts: readonly number[];
  /**
   * Text the walk skipped (a ruby annotation, a slot's fallback) may lie between two of the nodes,
   * so the DOM's text of a span across nodes may differ from `text`'s.
   */
  gapped?: boolean;
}

/** Options of `iterateTextRuns` / `collectTextRuns`. */
export interface TextRunOptions {
  /**
   * Descend into open shadow roots of the page's elements (default true). A host's shadow tree
   * is read first, then its light-DOM children (which a slot usually projects), each in its own
   * runs. Closed shadow roots are invisible to scripts and are not read.
   */
  readonly shadowRoots?: boolean;
  /** Extra per-element test; return true to skip the element and its subtree. */
  readonly skipElement?: (element: Element) => boolean;
  /**
   * Told of every element with an open shadow root that the walk passes (with `shadowRoots:
   * false`, for a caller that scans shadow roots on its own). Asked only of tags that can host one.
   */
  readonly onShadowHost?: (host: Element) => void;
}

/**
 * One name found in a text run, before it is marked: where it is and which patterns it matched.
 * (The marked name the page session keeps is `Mention` in `mentions.ts`.)
 */
export interface PageMatch {
  /** The name's span (a StaticRange, see `spans.ts`); may span several text nodes. */
  readonly range: Span;
  /** The span's text as the scan found it (what `Range.toString()` reads). */
  readonly text: string;
  /** Lowest matching pattern index (see `MatchHit.patternIndex`). */
  readonly patternIndex: number;
  /** Every matching pattern index (aliases shared by several actors). */
  readonly patternIndices: readonly number[];
  /** Index of the run in the iterable passed to `findMentions`. */
  readonly runIndex: number;
  /** Offsets of the name within that run's text. */
  readonly start: number;
  readonly end: number;
}

/** Options of `findMentions`. */
export interface FindMentionsOptions {
  /** Most mentions to return (default `MAX_MENTIONS_PER_PAGE`). */
  readonly cap?: number;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const DOCUMENT_NODE = 9;
/** NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, spelled out so no global is needed. */
const SHOW_ELEMENTS_AND_TEXT = 0x1 | 0x4;

/** Elements that do not break a run (default CSS `display: inline` text-level semantics). */
const INLINE_TAGS = new Set([
  'a',
  'abbr',
  'acronym',
  'b',
  'bdi',
  'bdo',
  'big',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'kbd',
  'label',
  'mark',
  'nobr',
  'q',
  'ruby',
  'rb',
  'rtc',
  's',
  'samp',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
  'wbr',
  'output',
]);

/** Elements whose subtree is never read (see the file comment for why each). */
const IGNORED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'optgroup',
  'datalist',
  'button',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'svg',
  'math',
  'head',
  'title',
  OWN_HOST_TAG,
  // Code and program input/output: a name there is an identifier, a log line or a command.
  'code',
  'pre',
  'kbd',
  'samp',
]);

/** Skipped without ending the run: ruby annotations sit inside the base text. */
const SKIPPED_INLINE_TAGS = new Set(['rt', 'rp']);

const IGNORED_ANCESTOR_SELECTOR = [...IGNORED_TAGS, '[hidden]', '[contenteditable]:not([contenteditable="false"])'].join(',');

const NON_SPACE = /\S/;

/**
 * Whether `element` and its subtree are never scanned (ignored tag, `hidden`, inline
 * `display: none`, contenteditable, closed dialog, our own host). Useful to filter mutations.
 */
export function isIgnoredElement(element: Element): boolean {
  const tag = element.localName;
  if (IGNORED_TAGS.has(tag)) return true;
  if (tag === 'dialog' && !element.hasAttribute('open')) return true;
  if (element.hasAttribute('hidden')) return true;
  if (isEditable(element)) return true;
  return hasInlineDisplayNone(element);
}

function isEditable(element: Element): boolean {
  const value = element.getAttribute('contenteditable');
  return value !== null && value.toLowerCase() !== 'false';
}

function hasInlineDisplayNone(element: Element): boolean {
  if (!element.hasAttribute('style')) return false;
  const style = (element as HTMLElement).style as CSSStyleDeclaration | undefined;
  return style?.display === 'none';
}

/** Whether `node` sits inside an ignored region (checked once for the root, not per node). */
function isInsideIgnored(node: Node): boolean {
  const doc = node.nodeType === DOCUMENT_NODE ? (node as Document) : node.ownerDocument;
  if (doc?.designMode === 'on') return true;
  const element = node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement;
  return element !== null && element.closest(IGNORED_ANCESTOR_SELECTOR) !== null;
}

/**
 * Accumulates the current run. The pieces are joined once, at the end: `a + b + …` would make a
 * cons string, and a matcher loop that has seen cons strings as well as the flat strings of
 * single-node runs runs about three times slower in V8 (measured in Chromium 156) than one that
 * sees only flat strings.
 *
 * Whitespace-only nodes before a run's first printable character are not kept: most text nodes
 * of a page are the line breaks and indentation between its tags, and a run that would hold only
 * those is never made (no arrays, nothing to collect). A name cannot start with white space, so
 * nothing is lost.
 */
class RunBuilder {
  private readonly parts: string[] = [];
  private nodes: Text[] = [];
  private gapped = false;

  /** Text is skipped here: if more nodes follow in this run, the run is `gapped`. */
  markGap(): void {
    if (this.nodes.length > 0) this.gapped = true;
  }

  /** Whether no node is in the run yet. */
  get empty(): boolean {
    return this.nodes.length === 0;
  }

  /** Add `node`, whose data is `data` (read once by the caller). */
  add(node: Text, data: string = node.data): void {
    if (data.length === 0) return;
    if (this.nodes.length === 0 && !hasNonSpace(data)) return;
    this.append(node, data);
  }

  /** Add `node` without `add`'s checks: the walk has made them (its hot loop, once per text node). */
  append(node: Text, data: string): void {
    this.nodes.push(node);
    this.parts.push(data);
  }

  /** End the current run; returns it unless it is empty. */
  flush(): TextRun | null {
    const { parts, nodes } = this;
    if (nodes.length === 0) return null;
    const run = runOf(parts, nodes);
    if (this.gapped) run.gapped = true;
    // The parts are only joined: their list is reused; the nodes go with the run.
    parts.length = 0;
    this.nodes = [];
    this.gapped = false;
    return run;
  }
}

const FIRST_NODE_ONLY: readonly number[] = Object.freeze([0]);

/**
 * `data` copied into an ordinary heap string. A text node's data reaches JavaScript as an
 * external string (V8 reads its characters from the DOM's memory), and a joined run is a
 * sequential string. A scan whose `charCodeAt` sites meet both kinds, in one-byte and two-byte
 * forms, runs slower than on either kind alone (too many string shapes for V8's inline caches, as
 * far as we can tell). Measured in Chromium 156 over the small corpus pages' runs, the name finder
 * read 17 ns per character on the mix, 7.6–9.8 ns on external strings only and 6.5 ns on
 * sequential strings only; on the generated page the whole scan took 17% less. `join` is the way
 * to a sequential copy (`slice`, `+` and `concat` give back sliced, cons or the same strings).
 * One-character strings come back as V8's shared single-character strings whatever is done, and
 * are left as they are.
 */
function sequentialCopy(data: string): string {
  return data.length < 2 ? data : [data.slice(0, 1), data.slice(1)].join('');
}

/** The run of `nodes` whose data are `parts`; its text always a sequential string (`sequentialCopy`). */
function runOf(parts: readonly string[], nodes: Text[]): TextRun {
  if (parts.length === 1) return { text: sequentialCopy(parts[0] as string), nodes, starts: FIRST_NODE_ONLY };
  const starts: number[] = [];
  let length = 0;
  for (const part of parts) {
    starts.push(length);
    length += part.length;
  }
  return { text: parts.join(''), nodes, starts };
}

/**
 * Does `text` hold a character other than white space? Decides the usual cases without the
 * RegExp: a printable ASCII first unit, or ASCII white space (and control codes, which cannot
 * start a name either) to the end: the line breaks and indentation between a page's tags.
 */
function hasNonSpace(text: string): boolean {
  let i = 0;
  let c = text.charCodeAt(0);
  while (c <= 0x20) {
    if (++i === text.length) return false;
    c = text.charCodeAt(i);
  }
  if (c < 0x7f) return true;
  return NON_SPACE.test(text);
}

/**
 * Elements that may carry a shadow root: custom elements and the built-ins `attachShadow`
 * accepts (https://dom.spec.whatwg.org/#dom-element-attachshadow). Only these are asked for
 * `shadowRoot`, saving a DOM call on every other element.
 */
const SHADOW_HOST_TAGS = new Set([
  'article',
  'aside',
  'blockquote',
  'body',
  'div',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'main',
  'nav',
  'p',
  'section',
  'span',
]);

const TAG_INLINE = 1;
const TAG_IGNORED = 2;
const TAG_SKIPPED_INLINE = 4;
const TAG_SHADOW_HOST = 8;
const TAG_CUSTOM = TAG_SHADOW_HOST;

/** All per-tag facts in one lookup: the walk asks once per element, not once per set. */
const TAG_FLAGS = new Map<string, number>();
for (const tag of INLINE_TAGS) TAG_FLAGS.set(tag, (TAG_FLAGS.get(tag) ?? 0) | TAG_INLINE);
for (const tag of IGNORED_TAGS) TAG_FLAGS.set(tag, (TAG_FLAGS.get(tag) ?? 0) | TAG_IGNORED);
for (const tag of SKIPPED_INLINE_TAGS) TAG_FLAGS.set(tag, (TAG_FLAGS.get(tag) ?? 0) | TAG_SKIPPED_INLINE);
for (const tag of SHADOW_HOST_TAGS) TAG_FLAGS.set(tag, (TAG_FLAGS.get(tag) ?? 0) | TAG_SHADOW_HOST);

/** Most tag names remembered (the known ones plus a page's others); a bound against hostile pages. */
const MAX_TAG_FLAGS = 1024;

/** Flags of `tag`; unknown tags are blocks, and custom elements (with a hyphen) may host shadows. */
function tagFlags(tag: string): number {
  const flags = TAG_FLAGS.get(tag);
  if (flags !== undefined) return flags;
  const computed = tag.includes('-') ? TAG_CUSTOM : 0;
  if (TAG_FLAGS.size < MAX_TAG_FLAGS) TAG_FLAGS.set(tag, computed);
  return computed;
}

/** The slot's assigned nodes when it has any (then its fallback content is not rendered). */
function hasAssignedNodes(element: Element): boolean {
  const slot = element as HTMLSlotElement;
  return typeof slot.assignedNodes === 'function' && slot.assignedNodes().length > 0;
}

/**
 * Candidates for `isIgnoredElement`'s attribute rules, confirmed by it. `[style*="none"]` rather
 * than `[style]`: reading `.style` parses the attribute. Case-sensitive on purpose: inline styles
 * are lower case, and the `i` flag makes the query three times slower.
 */
const ATTRIBUTE_IGNORED_SELECTOR = '[hidden],[contenteditable],[style*="none"]';

/**
 * Is `element` (or an ancestor, across shadow hosts) ignored for its attributes? `known` remembers
 * the answer for every element climbed through: one walk's runs share their ancestors, so each
 * is asked once (the DOM does not change during a walk).
 */
function isAttributeIgnored(element: Element | null, known: Map<Element, boolean>): boolean {
  if (element === null) return false;
  const answer = known.get(element);
  if (answer !== undefined) return answer;
  // The usual case, an inline element whose parent is known: answered without the climb's list
  // and not remembered (its text nodes are mostly one, or neighbours asked once: `someIgnored`),
  // so `known` holds the blocks and their ancestors rather than every inline element of the page.
  if (isIgnoredForAttributes(element)) {
    known.set(element, true);
    return true;
  }
  const parent = parentAcrossHosts(element);
  const above = parent === null ? false : known.get(parent);
  if (above !== undefined) return above;
  const climbed: Element[] = [element];
  let ignored = false;
  for (let current: Element | null = parent; current !== null;) {
    climbed.push(current);
    if (isIgnoredForAttributes(current)) {
      ignored = true;
      break;
    }
    current = parentAcrossHosts(current);
    const cached = current === null ? undefined : known.get(current);
    if (cached !== undefined) {
      ignored = cached;
      break;
    }
  }
  for (const each of climbed) known.set(each, ignored);
  return ignored;
}

function isIgnoredForAttributes(element: Element): boolean {
  return element.hasAttributes() && element.matches(ATTRIBUTE_IGNORED_SELECTOR) && isIgnoredElement(element);
}

/** The parent element, or the host of a shadow root. */
function parentAcrossHosts(element: Element): Element | null {
  return element.parentElement ?? (element.parentNode as (Node & { host?: Element }) | null)?.host ?? null;
}

/**
 * `run` without the text of elements ignored for their attributes (`hidden`, `contenteditable`,
 * an inline `display: none`; the walk does not look for them, see the file comment), in the
 * pieces those elements separated: `[run]` itself when it has none, `[]` when all of it is ignored.
 * Pass one `known` map for the runs of one walk.
 */
export function visibleRuns(run: TextRun, known: Map<Element, boolean> = new Map()): TextRun[] {
  const { nodes } = run;
  const ignored = (node: Text) => isAttributeIgnored(node.parentElement, known);
  if (!someIgnored(nodes, known)) return [run];
  let firstIgnored = -1;
  for (let i = 0; i < nodes.length && firstIgnored < 0; i++) if (ignored(nodes[i] as Text)) firstIgnored = i;
  const pieces: TextRun[] = [];
  const builder = new RunBuilder();
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as Text;
    if (i >= firstIgnored && ignored(node)) {
      const piece = builder.flush();
      if (piece !== null) pieces.push(piece);
    } else builder.add(node);
  }
  const last = builder.flush();
  if (last !== null) pieces.push(last);
  if (run.gapped === true) for (const piece of pieces) piece.gapped = true;
  return pieces;
}

/** Whether some node of `nodes` is ignored for an attribute; a parent shared by neighbours is asked once. */
function someIgnored(nodes: readonly Text[], known: Map<Element, boolean>): boolean {
  let last: Element | null | undefined;
  for (let i = 0; i < nodes.length; i++) {
    const parent = (nodes[i] as Text).parentElement;
    if (parent === last) continue;
    if (isAttributeIgnored(parent, known)) return true;
    last = parent;
  }
  return false;
}

/**
 * Is `node` an element whose text belongs to the run of the surrounding block: an inline element,
 * or a ruby annotation skipped inside it? The one inline/block rule of the page layer: the walk
 * reads runs by it, and the scanner finds by it the block to rescan after a change.
 */
export function isInlineElement(node: Node): boolean {
  return node.nodeType === ELEMENT_NODE && (tagFlags((node as Element).localName) & (TAG_INLINE | TAG_SKIPPED_INLINE)) !== 0;
}

/**
 * The block whose run holds `node`'s text: its nearest ancestor that is not an inline element, or
 * its root (the document or a shadow root).
 *
 * @param known the block of inline elements already climbed through, filled in here: pass one map
 *   for a batch of nodes (the DOM unchanged meanwhile) so that a batch of additions to a deep nest
 *   of inline elements does not climb the whole nest once per node.
 */
export function blockOf(node: Node, known: Map<Node, Node> = new Map()): Node {
  const root = node.getRootNode();
  const parent = node.parentNode;
  return parent === null ? root : climbToBlock(parent, root, root, known);
}

/**
 * The nearest ancestor-or-self of `node` that is a block (not an inline element), or `root`.
 * `block` is a block already known (the current run's): reaching it ends the climb without
 * another tag lookup, which is the usual case (a text node in an `<a>` of the current paragraph).
 *
 * `known` remembers the block of inline elements met on longer climbs, so that each text node of
 * a deep nest of inline elements (`<b>1<span>2<b>3…`) climbs one or two levels to an element
 * whose block is known instead of all the way up: the walk stays linear in the number of nodes
 * rather than quadratic in the nesting depth (5,000 levels took a second in Chromium). Its
 * entries are the block ignoring `block`; the two differ only when `block` is itself inline
 * (a shadow host whose light children are read after its shadow tree, see `RunWalker.advance`).
 */
function climbToBlock(node: Node, root: Node, block: Node, known: Map<Node, Node>): Node {
  let current: Node = node;
  let steps = 0;
  let found: Node | undefined;
  while (current !== block && current !== root && isInlineElement(current)) {
    found = known.size > 0 ? known.get(current) : undefined;
    if (found !== undefined) {
      if (block !== found && isInlineElement(block) && found.contains(block) && block.contains(current)) return block;
      break;
    }
    const parent = current.parentNode;
    if (parent === null) {
      current = root;
      break;
    }
    current = parent;
    steps += 1;
  }
  const result = found ?? current;
  if (result === block && isInlineElement(block) && block !== root) return result;
  if (found !== undefined || steps > 1) {
    for (let el: Node | null = node; el !== null && el !== result && known.get(el) === undefined; el = el.parentNode) known.set(el, result);
  }
  return result;
}

/** Move `walker` past the subtree of its current node; returns the next node, or null at the end. */
function skipSubtree(walker: TreeWalker, root: Node): Node | null {
  let node: Node | null = walker.currentNode;
  while (node !== null && node !== root) {
    const sibling = walker.nextSibling();
    if (sibling !== null) return sibling;
    node = walker.parentNode();
  }
  return null;
}

/**
 * The text runs under `root`, one at a time in document order, so a caller can time-slice
 * (take a few runs, yield to the page, continue). `root` may be a Document (its body is read),
 * an Element, a ShadowRoot/DocumentFragment or a Text node. Nothing is yielded when `root` lies
 * inside an ignored region or the document is in design mode. The DOM must not change while a
 * walk is paused between runs; on mutation, start a new walk. Runs may hold text of elements
 * ignored for an attribute: see `visibleRuns`.
 */
export function iterateTextRuns(root: Node, options: TextRunOptions = {}): IterableIterator<TextRun> {
  return new RunIterator(new RunWalker(root, options));
}

/**
 * All text runs under `root` (see `iterateTextRuns`), with elements ignored for their attributes
 * cut out (`visibleRuns`): exactly the text a reader sees, at the cost of a check per node.
 */
export function collectTextRuns(root: Node, options: TextRunOptions = {}): TextRun[] {
  const walker = new RunWalker(root, options);
  const runs: TextRun[] = [];
  const known = new Map<Element, boolean>();
  for (let run = walker.next(); run !== null; run = walker.next()) runs.push(...visibleRuns(run, known));
  return runs;
}

/**
 * The walk as an iterator. A class rather than a generator: a generator's suspension and
 * resumption per run was a measurable share of a scan (one run per paragraph, thousands a page).
 */
class RunIterator implements IterableIterator<TextRun> {
  constructor(private readonly walker: RunWalker) {}

  next(): IteratorResult<TextRun, undefined> {
    const run = this.walker.next();
    return run === null ? { done: true, value: undefined } : { done: false, value: run };
  }

  [Symbol.iterator](): IterableIterator<TextRun> {
    return this;
  }
}

/** Walk state of one tree: the light DOM under the root, or one shadow root. */
interface Frame {
  readonly root: Node;
  readonly walker: TreeWalker;
  /** The block of inline elements met on long climbs (see `climbToBlock`). */
  readonly known: Map<Node, Node>;
  /** The block the current run belongs to, and the parent of the last text node read. */
  block: Node;
  lastParent: Node | null;
  /** The next node to read, or null when the tree is done. */
  node: Node | null;
}

/**
 * Reads runs with a native TreeWalker: one DOM call per node instead of several for
 * child/sibling/parent steps, and no per-node generator resumption (a plain `next()` that
 * returns when a run is complete). A run ends when a block, `<br>` or ignored element starts,
 * and when a text node's nearest block differs from the run's (checked only when the parent
 * changes; usually one step up). Open shadow roots push a frame; the host's light children are
 * read after its shadow tree.
 */
class RunWalker {
  private readonly builder = new RunBuilder();
  private readonly frames: Frame[] = [];
  private readonly shadowRoots: boolean;
  private readonly skipElement: ((element: Element) => boolean) | undefined;
  private readonly onShadowHost: ((host: Element) => void) | undefined;

  constructor(root: Node, options: TextRunOptions) {
    this.shadowRoots = options.shadowRoots ?? true;
    this.skipElement = options.skipElement;
    this.onShadowHost = options.onShadowHost;
    const start = root.nodeType === DOCUMENT_NODE ? ((root as Document).body ?? (root as Document).documentElement) : root;
    if (start === null || isInsideIgnored(start)) return;
    if (start.nodeType === TEXT_NODE) this.builder.add(start as Text);
    else this.pushFrame(start);
  }

  /** The next run, or null when the walk is done. */
  next(): TextRun | null {
    for (;;) {
      const frame = this.frames[this.frames.length - 1];
      if (frame === undefined) return this.builder.flush();
      const run = this.advance(frame);
      if (run !== null) return run;
    }
  }

  private pushFrame(root: Node): void {
    const doc = root.nodeType === DOCUMENT_NODE ? (root as Document) : (root.ownerDocument as Document);
    const walker = doc.createTreeWalker(root, SHOW_ELEMENTS_AND_TEXT);
    this.frames.push({ root, walker, known: new Map(), block: root, lastParent: null, node: walker.nextNode() });
  }

  /**
   * Read nodes of `frame` until a run completes (returned) or the frame is done or a shadow
   * frame was pushed (null: `next` continues with the top frame).
   */
  private advance(frame: Frame): TextRun | null {
    const { root, walker, known } = frame;
    const builder = this.builder;
    const skipElement = this.skipElement;
    const hostsWanted = this.shadowRoots || this.onShadowHost !== undefined;
    let node = frame.node;
    let block = frame.block;
    let lastParent = frame.lastParent;
    // The last inline element entered: a text node right inside it needs no tag lookup for it.
    let lastInline: Node | null = null;
    let run: TextRun | null = null;
    while (node !== null && run === null) {
      if (node.nodeType === TEXT_NODE) {
        const data = (node as Text).data;
        // Nothing to add: an empty node, or white space before a run has begun (most of a page's
        // text nodes are the indentation between its tags). Its block does not matter then.
        if (data.length === 0 || (builder.empty && !hasNonSpace(data))) {
          node = walker.nextNode();
          continue;
        }
        const parent = node.parentNode as Node;
        if (parent !== lastParent) {
          if (parent !== block) {
            const parentBlock =
              parent === lastInline
                ? climbToBlock(parent.parentNode ?? root, root, block, known)
                : climbToBlock(parent, root, block, known);
            if (parentBlock !== block) {
              run = builder.flush();
              block = parentBlock;
            }
          }
          lastParent = parent;
        }
        // Checked above, unless the node's block ended the run: white space does not begin one.
        if (run === null) builder.append(node as Text, data);
        else builder.add(node as Text, data);
        node = walker.nextNode();
        continue;
      }
      const element = node as Element;
      const tag = element.localName;
      const flags = tagFlags(tag);
      if ((flags & TAG_SKIPPED_INLINE) !== 0) {
        builder.markGap();
        node = skipSubtree(walker, root);
        continue;
      }
      const inline = (flags & TAG_INLINE) !== 0;
      const skip =
        (flags & TAG_IGNORED) !== 0 ||
        (tag === 'dialog' && !element.hasAttribute('open')) ||
        (skipElement !== undefined && skipElement(element));
      if (skip || !inline) {
        run = builder.flush();
        lastParent = null;
        if (!inline) block = element;
      } else lastInline = element;
      if (skip || (tag === 'slot' && hasAssignedNodes(element))) {
        builder.markGap();
        node = skipSubtree(walker, root);
        continue;
      }
      node = walker.nextNode();
      const shadow = hostsWanted && (flags & TAG_SHADOW_HOST) !== 0 ? element.shadowRoot : null;
      if (shadow !== null && !this.shadowRoots) this.onShadowHost?.(element);
      else if (shadow !== null) {
        // The shadow tree first, in its own runs; then the light children, where slotted nodes live.
        run ??= builder.flush();
        frame.node = node;
        frame.block = element;
        frame.lastParent = null;
        this.pushFrame(shadow);
        return run;
      }
    }
    frame.node = node;
    frame.block = block;
    frame.lastParent = lastParent;
    if (node === null) {
      this.frames.pop();
      run ??= builder.flush();
    }
    return run;
  }
}

/** Index of the node holding offset `offset` as a start: the last node starting at or before it. */
function nodeIndexForStart(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Index of the node holding offset `offset` as an end: the last node starting before it. */
function nodeIndexForEnd(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if ((starts[mid] as number) < offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * A span (StaticRange, see `spans.ts`) over `run.text[start, end)` and its text. Offsets are
 * mapped to (text node, offset) pairs by binary search over `run.starts`. A start at a node
 * boundary lands at the beginning of the next node and an end at a boundary at the end of the
 * previous one, so the span never begins or ends in a node it does not cover. Offsets are clamped
 * to the run. The text is read from the run (what `Range.toString` would return, without a DOM
 * read per mention), unless the span crosses nodes of a `gapped` run: then from the DOM, whose
 * text includes what the walk skipped between them.
 */
export function spanOf(run: TextRun, start: number, end: number): { range: Span; text: string } {
  const from = Math.max(0, Math.min(start, run.text.length));
  const to = Math.max(from, Math.min(end, run.text.length));
  const i = nodeIndexForStart(run.starts, from);
  const j = nodeIndexForEnd(run.starts, to);
  const range = staticSpan(run.nodes[i] as Text, from - (run.starts[i] as number), run.nodes[j] as Text, to - (run.starts[j] as number));
  return { range, text: i === j || run.gapped !== true ? run.text.slice(from, to) : textOfSpan(range) };
}

/**
 * Match every run and map hits to Ranges, stopping at `cap` mentions (default
 * `MAX_MENTIONS_PER_PAGE`). Map `patternIndex` to an actor with `matcher.patterns`.
 * Accepts any iterable, so it can consume a slice of `iterateTextRuns` per time slice.
 */
export function findMentions(runs: Iterable<TextRun>, matcher: Matcher, options: FindMentionsOptions = {}): PageMatch[] {
  const mentions: PageMatch[] = [];
  for (const found of mentionsByRun(runs, matcher, options)) mentions.push(...found);
  return mentions;
}

/**
 * The mentions of each run, one array per run, in order. With a name finder that has gated names
 * (`matcher.hasContext`), gated hits are decided across neighbouring runs (`RunGate`), so a run
 * with a gated hit, and the runs after it, come out a few runs later; a consumer that stops early
 * (the cap) simply stops.
 * A run with a candidate loses the text of elements ignored for their attributes first
 * (`visibleRuns`) and is matched again in its visible pieces.
 */
export function mentionsByRun(
  runs: Iterable<TextRun>,
  matcher: Matcher,
  options: FindMentionsOptions = {},
): IterableIterator<readonly PageMatch[]> {
  return new MentionStream(runs[Symbol.iterator](), matcher, mentionMaker(options.cap ?? MAX_MENTIONS_PER_PAGE));
}

const STREAM_DONE: IteratorReturnResult<undefined> = Object.freeze({ done: true, value: undefined });

/**
 * `mentionsByRun` as an iterator class: one loop for the whole pipeline (runs, located hits, the
 * gate, mentions), and no generator to resume per run (a paragraph each, thousands a page).
 *
 * The gate runs only around gated hits: it starts at a gated hit, seeded with the runs before it
 * (its look-behind), and stops once every run given to it is decided and taken, which is
 * `GATE_WINDOW` runs after the last gated hit. Elsewhere every run is decided as it arrives anyway,
 * and most runs of most pages are far from a gated candidate, so they pay two stores per run
 * instead of the gate's bookkeeping (3% of the small corpus pages' scan after the gate's rewrite,
 * 8% before it; and code a page's content script would run cold). A stopped gate's runs hold no
 * gated hit, so a new gate seeded with them decides exactly as one gate for the whole page would.
 */
class MentionStream implements IterableIterator<readonly PageMatch[]> {
  private readonly gates: boolean;
  private gate: RunGate<LocatedHit> | null = null;
  /** The last GATE_WINDOW runs, by run index modulo GATE_WINDOW: a new gate's look-behind. */
  private readonly behind: (LocatedRun | undefined)[] = new Array<LocatedRun | undefined>(GATE_WINDOW);
  private readonly known = new Map<Element, boolean>();
  private runIndex = 0;
  private runsDone = false;

  constructor(
    private readonly runs: Iterator<TextRun>,
    private readonly matcher: Matcher,
    private readonly toMentions: MentionMaker,
  ) {
    this.gates = matcher.hasContext !== undefined;
  }

  next(): IteratorResult<readonly PageMatch[], undefined> {
    const toMentions = this.toMentions;
    for (;;) {
      if (toMentions.full()) return STREAM_DONE;
      const gate = this.gate;
      if (gate !== null) {
        const decided = gate.take();
        if (decided !== undefined) return { done: false, value: toMentions(decided) };
        if (gate.idle) this.gate = null;
      }
      if (this.runsDone) return STREAM_DONE;
      const step = this.runs.next();
      if (step.done === true) {
        this.runsDone = true;
        this.gate?.end();
        continue;
      }
      const index = this.runIndex++;
      const located = locate(step.value, index, this.matcher, this.known);
      if (!this.gates) return { done: false, value: toMentions(located.hits) };
      // Started before this run takes its slot in `behind`: the slot holds the new gate's oldest seed.
      if (this.gate === null && located.hits.some((hit) => hit.gated)) this.gate = this.startGate(index);
      this.behind[index % GATE_WINDOW] = located;
      if (this.gate === null) return { done: false, value: toMentions(located.hits) };
      this.gate.push(located);
    }
  }

  /** A gate whose look-behind is the runs before `index`, already given out. */
  private startGate(index: number): RunGate<LocatedHit> {
    const gate = new RunGate<LocatedHit>(GATE_WINDOW);
    for (let i = Math.max(0, index - GATE_WINDOW); i < index; i++) {
      gate.push(this.behind[i % GATE_WINDOW] as LocatedRun);
      gate.take();
    }
    return gate;
  }

  [Symbol.iterator](): IterableIterator<readonly PageMatch[]> {
    return this;
  }
}

/** Turns decided hits into mentions (a span each), up to a cap in all. */
type MentionMaker = ((hits: readonly LocatedHit[]) => readonly PageMatch[]) & { full(): boolean };

/** A `MentionMaker` for at most `cap` mentions. */
function mentionMaker(cap: number): MentionMaker {
  let count = 0;
  const make = (hits: readonly LocatedHit[]): readonly PageMatch[] => {
    if (hits.length === 0 || count >= cap) return NO_MENTIONS;
    const taken = count + hits.length <= cap ? hits : hits.slice(0, cap - count);
    count += taken.length;
    // Mapped, not pushed: a list of the mentions' own length.
    return taken.map((hit) => {
      const { range, text } = spanOf(hit.run, hit.start, hit.end);
      return {
        range,
        text,
        patternIndex: hit.patternIndex,
        patternIndices: hit.patternIndices,
        runIndex: hit.runIndex,
        start: hit.start,
        end: hit.end,
      };
    });
  };
  return Object.assign(make, { full: () => count >= cap });
}

const NO_MENTIONS: readonly PageMatch[] = Object.freeze([]);

interface LocatedHit extends MatchHit {
  readonly gated: boolean;
  readonly signal: boolean;
  readonly run: TextRun;
  readonly runIndex: number;
}

const NO_HITS: readonly LocatedHit[] = Object.freeze([]);

/** One run's hits for `RunGate`; its context is asked only near a gated hit. */
class LocatedRun implements RunHits<LocatedHit> {
  /** `pieces`: the run's visible pieces (`visibleRuns`), or null when it had no candidate and was not cut. */
  constructor(
    readonly hits: readonly LocatedHit[],
    private readonly run: TextRun,
    private readonly pieces: readonly TextRun[] | null,
    private readonly matcher: Matcher,
  ) {}

  /** Asked once: a run can be look-behind of two gates (see `MentionStream`). */
  private context: boolean | undefined;

  hasContext(): boolean {
    return (this.context ??= (this.pieces ?? [this.run]).some(
      (piece) => this.matcher.hasContext?.(withoutGatedNames(piece, this.hits)) ?? false,
    ));
  }
}

/** `run`'s hits, in the visible pieces of the run when it has any (see `visibleRuns`). */
function locate(run: TextRun, runIndex: number, matcher: Matcher, known: Map<Element, boolean>): LocatedRun {
  const raw = matcher.findAll(run.text);
  if (raw.length === 0) return new LocatedRun(NO_HITS, run, null, matcher);
  const pieces = visibleRuns(run, known);
  // Mapped, not pushed: lists of the hits' own length (a page's scan makes thousands of them).
  const hitsIn = (piece: TextRun): LocatedHit[] =>
    (piece === run ? raw : matcher.findAll(piece.text)).map((hit: MatchHit & { gated?: boolean; signal?: boolean }) => {
      const { start, end, patternIndex, patternIndices } = hit;
      return { start, end, patternIndex, patternIndices, gated: hit.gated === true, signal: hit.signal === true, run: piece, runIndex };
    });
  return new LocatedRun(pieces.length === 1 ? hitsIn(pieces[0] as TextRun) : pieces.flatMap(hitsIn), run, pieces, matcher);
}

/**
 * The text of `piece` with its gated names among `hits` blanked out: a name cannot be its own
 * context (暗黑客栈, an inn, holds the cyber word 黑客 and is also a group's Chinese name).
 */
function withoutGatedNames(piece: TextRun, hits: readonly LocatedHit[]): string {
  const text = piece.text;
  // Joined, not concatenated: the context test runs the finder's scan code, which should see
  // sequential strings only (see `sequentialCopy`), never cons strings.
  const parts: string[] = [];
  let at = 0;
  for (const hit of hits) {
    if (!hit.gated || hit.run !== piece) continue;
    parts.push(text.slice(at, hit.start), ' '.repeat(hit.end - hit.start));
    at = hit.end;
  }
  if (at === 0) return text;
  parts.push(text.slice(at));
  return parts.join('');
}
