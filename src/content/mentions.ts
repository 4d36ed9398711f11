/**
 * The marked names of a page: their spans, the highlight registry entries, and the lookups the
 * hover and keyboard code need. The page's DOM is never touched: spans live only here and in
 * `CSS.highlights`.
 */
import { STRENGTHS, type Strength } from '../data/evidence-strength';
import { HIGHLIGHT_NAME } from '../shared/constants';
import { styledHighlightName } from './highlight-style';
import { askSpan, textOfSpan, type Span } from './spans';

/** One marked name. */
export interface Mention {
  /** Where the name is: a StaticRange (`spans.ts`), so the page's own DOM changes stay cheap. */
  readonly range: Span;
  readonly actorId: string;
  /** The text the span covered when it was found; a span that no longer reads so is stale. */
  readonly text: string;
}

/** An actor's evidence strength, undefined for an actor it does not know (a Map will do). */
export interface StrengthLookup {
  get(actorId: string): Strength | undefined;
}

export interface MentionStore {
  /** Mark `mentions`, up to the page cap; returns how many were added. */
  add(mentions: readonly Mention[]): number;
  /** Unmark every mention for which `predicate` holds. Returns how many were removed. */
  removeWhere(predicate: (mention: Mention) => boolean): number;
  /** Unmark mentions whose text was removed or edited away. */
  pruneStale(): number;
  /** Mentions touching text node `node` (the hit-test's candidates). */
  inNode(node: Node): readonly Mention[];
  /** All mentions in reading order (document order, shadow content at its host). */
  ordered(): readonly Mention[];
  /** Set the evidence strength per actor; re-files the styled highlights. */
  setStrengths(strengths: StrengthLookup): void;
  readonly size: number;
  /**
   * True while the store is full (`size` at the page cap), or once a mention was refused for
   * want of room. Full counts even when nothing was refused: the scanner asks the matcher for
   * no more hits than there is room for, so a page with more names than the cap can fill the
   * store exactly without a refusal.
   */
  readonly capped: boolean;
  /** Mention count per actor. */
  countsByActor(): Map<string, number>;
  /** Unmark everything and leave the registry as the page had it. */
  clear(): void;
}

/** Is the mention's span still the name it was? */
export function isStale(mention: Mention): boolean {
  const { range } = mention;
  if (range.collapsed || !range.startContainer.isConnected || !range.endContainer.isConnected) return true;
  return textOfSpan(range) !== mention.text;
}

/** The text nodes a span touches (usually one; a name split across `<b>` tags touches several). */
function textNodesOf(span: Span): Node[] {
  const start = span.startContainer;
  if (start === span.endContainer) return [start];
  return askSpan(
    span,
    (range) => {
      const nodes: Node[] = [];
      const root = range.commonAncestorContainer;
      const doc = root.ownerDocument ?? (root as Document);
      const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let node: Node | null = (walker.currentNode = start);
      while (node) {
        if (range.intersectsNode(node)) nodes.push(node);
        if (node === range.endContainer) break;
        node = walker.nextNode();
      }
      return nodes;
    },
    [start],
  );
}

/** Order of two boundary points in one tree; spans begin and end in text nodes, which hold no others. */
function compareTextPoints(a: Node, aOffset: number, b: Node, bOffset: number): number {
  if (a === b) return aOffset - bOffset;
  return a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/**
 * The node that stands for `node` in the document tree: itself, or the host of the shadow root
 * it is in (recursively), so ranges in different trees can be put in reading order.
 */
function inDocumentTree(node: Node): Node[] {
  const chain = [node];
  let root = node.getRootNode();
  while (root instanceof ShadowRoot) {
    chain.unshift(root.host);
    root = root.host.getRootNode();
  }
  return chain;
}

/** Reading order of two mentions, across shadow trees. */
export function compareMentions(a: Mention, b: Mention): number {
  if (a.range.startContainer.getRootNode() === b.range.startContainer.getRootNode()) {
    return compareTextPoints(a.range.startContainer, a.range.startOffset, b.range.startContainer, b.range.startOffset);
  }
  const chainA = inDocumentTree(a.range.startContainer);
  const chainB = inDocumentTree(b.range.startContainer);
  let i = 0;
  while (i < chainA.length && i < chainB.length && chainA[i] === chainB[i]) i++;
  const nodeA = chainA[Math.min(i, chainA.length - 1)] as Node;
  const nodeB = chainB[Math.min(i, chainB.length - 1)] as Node;
  if (nodeA === nodeB) return 0;
  const position = nodeA.compareDocumentPosition(nodeB);
  if (position & Node.DOCUMENT_POSITION_CONTAINED_BY) return -1;
  if (position & Node.DOCUMENT_POSITION_CONTAINS) return 1;
  return position & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/**
 * @param cap most mentions per page (`MAX_MENTIONS_PER_PAGE`); later ones are not marked.
 */
export function createMentionStore(cap: number): MentionStore {
  const all = new Set<Mention>();
  const byNode = new Map<Node, Mention[]>();
  /** The text nodes each mention was filed under (its range may have moved since). */
  const filedUnder = new Map<Mention, Node[]>();
  const canonical = new Highlight();
  const styled = new Map<Strength, Highlight>(STRENGTHS.map((s) => [s, new Highlight()]));
  let strengths: StrengthLookup = new Map();
  let orderCache: Mention[] | null = null;
  let capped = false;
  let registered = false;

  const register = () => {
    if (registered) return;
    CSS.highlights.set(HIGHLIGHT_NAME, canonical);
    for (const [strength, highlight] of styled) CSS.highlights.set(styledHighlightName(strength), highlight);
    registered = true;
  };
  const styledFor = (actorId: string) => styled.get(strengths.get(actorId) ?? 'weak') as Highlight;
  const detach = (mention: Mention) => {
    const nodes = filedUnder.get(mention) ?? [];
    all.delete(mention);
    filedUnder.delete(mention);
    canonical.delete(mention.range);
    for (const highlight of styled.values()) highlight.delete(mention.range);
    for (const node of nodes) {
      const list = byNode.get(node);
      if (!list) continue;
      const kept = list.filter((m) => m !== mention);
      if (kept.length > 0) byNode.set(node, kept);
      else byNode.delete(node);
    }
  };
  const removeWhere = (predicate: (mention: Mention) => boolean) => {
    let removed = 0;
    for (const mention of [...all]) {
      if (!predicate(mention)) continue;
      detach(mention);
      removed += 1;
    }
    if (removed > 0) {
      orderCache = null;
      capped = false;
    }
    return removed;
  };

  return {
    add(mentions) {
      let added = 0;
      for (const mention of mentions) {
        if (all.size >= cap) {
          capped = true;
          break;
        }
        all.add(mention);
        canonical.add(mention.range);
        styledFor(mention.actorId).add(mention.range);
        const nodes = textNodesOf(mention.range);
        filedUnder.set(mention, nodes);
        for (const node of nodes) {
          const list = byNode.get(node);
          if (list) list.push(mention);
          else byNode.set(node, [mention]);
        }
        added += 1;
      }
      if (added > 0) {
        orderCache = null;
        register();
      }
      return added;
    },
    removeWhere,
    pruneStale: () => removeWhere(isStale),
    inNode: (node) => byNode.get(node) ?? [],
    ordered() {
      orderCache ??= [...all].sort(compareMentions);
      return orderCache;
    },
    setStrengths(next) {
      strengths = next;
      for (const highlight of styled.values()) highlight.clear();
      for (const mention of all) styledFor(mention.actorId).add(mention.range);
    },
    get size() {
      return all.size;
    },
    get capped() {
      return capped || all.size >= cap;
    },
    countsByActor() {
      const counts = new Map<string, number>();
      for (const mention of all) counts.set(mention.actorId, (counts.get(mention.actorId) ?? 0) + 1);
      return counts;
    },
    clear() {
      all.clear();
      byNode.clear();
      filedUnder.clear();
      canonical.clear();
      for (const highlight of styled.values()) highlight.clear();
      if (registered) {
        // Only remove entries that are still ours; a page could have reused a name.
        if (CSS.highlights.get(HIGHLIGHT_NAME) === canonical) CSS.highlights.delete(HIGHLIGHT_NAME);
        for (const [strength, highlight] of styled) {
          const name = styledHighlightName(strength);
          if (CSS.highlights.get(name) === highlight) CSS.highlights.delete(name);
        }
        registered = false;
      }
      orderCache = null;
      capped = false;
    },
  };
}
