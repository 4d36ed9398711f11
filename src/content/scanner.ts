/**
 * Finds names in the page and keeps finding them as the page changes, without ever holding the
 * main thread for long:
 *
 * - Work is a queue of roots (the body at first; then blocks that changed; open shadow roots).
 *   It runs in slices of SCAN_SLICE_BUDGET_MS, yielding between slices, so no task exceeds the
 *   50 ms long-task line even on a megabyte of text.
 * - The MutationObserver callback only queues records (as uBlock does), after unmarking names whose
 *   text node was edited (marks are StaticRanges, see `spans.ts`); records are processed after
 *   MUTATION_BATCH_DELAY_MS, in idle time where the browser offers it. A burst of infinite-scroll
 *   paragraphs becomes one batch; a hidden tab's throttled timers make it cost nothing.
 * - In a batch, mentions whose text was removed or edited are dropped first; each changed block
 *   then loses its remaining mentions and is scanned again, so nothing is marked twice.
 *
 * Open shadow roots of the page's web components are scanned and observed like the document, up
 * to MAX_SHADOW_DEPTH levels of nesting (deeper trees are design-system internals, not article
 * text). Closed shadow roots are the page's private business and are not entered.
 *
 * It observes and scans until the `signal` it is created with aborts; marks stay until the store
 * is cleared.
 */
import type { Matcher } from '../match/types';
import { MUTATION_BATCH_DELAY_MS, OWN_HOST_TAG, SCAN_SLICE_BUDGET_MS } from '../shared/constants';
import { isStale, type Mention, type MentionStore } from './mentions';
import { blockOf, isInlineElement, iterateTextRuns, mentionsByRun, type PageMatch } from './page-text';

/** Nesting depth of shadow roots scanned (a component inside a component inside a component). */
export const MAX_SHADOW_DEPTH = 3;

export interface Scanner {
  /** Queue the whole document (first scan, or a rescan after the dataset or settings changed). */
  scanAll(): void;
  /** Open shadow roots that hold page text we scan (for the hit-test). */
  readonly shadowRoots: ShadowRoot[];
  /** Longest slice of scanning work so far, and how many slices there were (for measurements). */
  readonly stats: ScanStats;
  /** True while roots are queued or being scanned. */
  readonly busy: boolean;
}

/** Measurements of the scanning work (performance.now() times, shared with the page's timeline). */
export interface ScanStats {
  longestSliceMs: number;
  slices: number;
  /** When the first scan started and when the queue first ran empty (0 until then). */
  firstStart: number;
  firstEnd: number;
}

export interface ScannerOptions {
  doc: Document;
  matcher: Matcher;
  store: MentionStore;
  /** Most mentions per page (`MAX_MENTIONS_PER_PAGE`): scanning stops when the store is full. */
  cap: number;
  /** After each batch of work, when the queue is empty. */
  onIdle: () => void;
  /** Aborting stops observing and forgets queued work. */
  signal: AbortSignal;
}

type Yield = () => Promise<void>;

/** The gentlest way to give the main thread back that this browser has. */
function yielder(view: Window): Yield {
  const scheduler = (view as Window & { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return () => (scheduler as { yield: () => Promise<void> }).yield();
  return () => new Promise((resolve) => setTimeout(resolve, 0));
}

function whenIdle(view: Window, callback: () => void): void {
  if (typeof view.requestIdleCallback === 'function') view.requestIdleCallback(callback, { timeout: 1000 });
  else setTimeout(callback, 0);
}

function shadowDepth(root: Node): number {
  let depth = 0;
  for (let r = root.getRootNode(); r instanceof ShadowRoot; r = r.host.getRootNode()) depth++;
  return depth;
}

/**
 * The names under `root`, one text run per step (the scanner may yield after any), at most
 * `limit` in all. Shadow roots are not entered here: the scanner scans (and observes) each open
 * shadow root as a root of its own, so every host on the way is reported to `onShadowHost`.
 */
export function mentionsIn(
  root: Node,
  matcher: Matcher,
  limit: number,
  onShadowHost: (host: Element) => void,
): IterableIterator<readonly PageMatch[]> {
  return mentionsByRun(iterateTextRuns(root, { shadowRoots: false, onShadowHost }), matcher, { cap: limit });
}

function isOwnHost(node: Node): boolean {
  return node.nodeType === Node.ELEMENT_NODE && (node as Element).localName === OWN_HOST_TAG;
}

export function createScanner({ doc, matcher, store, cap, onIdle, signal }: ScannerOptions): Scanner {
  const view = doc.defaultView as Window;
  const pause = yielder(view);
  const queue = new Set<Node>();
  const shadowRoots: ShadowRoot[] = [];
  let records: MutationRecord[] = [];
  let batchTimer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let stopped = false;
  const stats: ScanStats = { longestSliceMs: 0, slices: 0, firstStart: 0, firstEnd: 0 };

  /**
   * Marks are StaticRanges (`spans.ts`), which do not follow edits: a name whose text node was
   * edited is unmarked now, before the next frame could paint its span over other words. This
   * callback runs before that frame; its block is scanned again with the batch.
   */
  const unmarkEdited = (list: readonly MutationRecord[]) => {
    let edited: Set<Mention> | null = null;
    for (const record of list) {
      if (record.type !== 'characterData') continue;
      for (const mention of store.inNode(record.target)) if (isStale(mention)) (edited ??= new Set()).add(mention);
    }
    if (edited !== null) {
      const doomed = edited;
      store.removeWhere((mention) => doomed.has(mention));
    }
  };
  const observer = new MutationObserver((list) => {
    unmarkEdited(list);
    // Otherwise only queue: the work happens later, in one batch.
    records.push(...list);
    if (batchTimer === undefined) {
      batchTimer = setTimeout(() => whenIdle(view, processRecords), MUTATION_BATCH_DELAY_MS);
    }
  });
  const observe = (root: Node) => observer.observe(root, { childList: true, subtree: true, characterData: true });
  observe(doc);
  signal.addEventListener(
    'abort',
    () => {
      stopped = true;
      observer.disconnect();
      clearTimeout(batchTimer);
      queue.clear();
      records = [];
    },
    { once: true },
  );

  const addShadowHost = (host: Element) => {
    const root = host.shadowRoot;
    if (!root || shadowRoots.includes(root) || shadowDepth(root) > MAX_SHADOW_DEPTH) return;
    shadowRoots.push(root);
    observe(root);
    queue.add(root);
  };

  /** Queue what must be rescanned after `node` was added or edited: itself if it is a block, else its block. */
  const queueChanged = (node: Node, known: Map<Node, Node>) => {
    if (isOwnHost(node)) return;
    if (node.nodeType === Node.ELEMENT_NODE && !isInlineElement(node)) queue.add(node);
    else if (node.nodeType === Node.TEXT_NODE || node.nodeType === Node.ELEMENT_NODE) queue.add(blockOf(node, known));
  };

  /** A removal can join two parts of a name ("Cho" + "Jung-tai") only where text runs. */
  const queueAfterRemoval = (parent: Node, known: Map<Node, Node>) => {
    if (parent.nodeType !== Node.ELEMENT_NODE) return;
    if (isInlineElement(parent)) queue.add(blockOf(parent, known));
    else if ([...parent.childNodes].some((child) => child.nodeType === Node.TEXT_NODE)) queue.add(parent);
  };

  function processRecords(): void {
    batchTimer = undefined;
    if (stopped) return;
    const batch = records;
    records = [];
    // Blocks of inline elements, shared by the batch: a page script that builds a deep nest of
    // inline elements one level at a time makes one record per level.
    const known = new Map<Node, Node>();
    for (const record of batch) {
      if (record.type === 'characterData') queueChanged(record.target, known);
      else {
        for (const node of record.addedNodes) queueChanged(node, known);
        if (record.removedNodes.length > 0) queueAfterRemoval(record.target, known);
      }
    }
    store.pruneStale();
    void run();
  }

  /** Drop queued roots that are gone, skipped, or inside another queued root. */
  function takeRoots(): Node[] {
    const roots = [...queue].filter((node) => node.isConnected);
    queue.clear();
    return roots.filter((node) => !roots.some((other) => other !== node && other.contains(node)));
  }

  async function run(): Promise<void> {
    if (running) return;
    running = true;
    try {
      let sliceStart = performance.now();
      if (stats.firstStart === 0) stats.firstStart = sliceStart;
      while (queue.size > 0 && !stopped) {
        if (store.capped) {
          queue.clear();
          break;
        }
        for (const root of takeRoots()) {
          store.removeWhere((m: Mention) => root.contains(m.range.startContainer));
          for (const found of mentionsIn(root, matcher, Math.max(1, cap - store.size), addShadowHost)) {
            if (stopped) return;
            if (found.length > 0) {
              store.add(
                found.map(({ range, text, patternIndex }) => ({
                  range,
                  actorId: (matcher.patterns.at(patternIndex) as { actorId: string }).actorId,
                  text,
                })),
              );
            }
            if (store.capped) break;
            const spent = performance.now() - sliceStart;
            if (spent > SCAN_SLICE_BUDGET_MS) {
              stats.longestSliceMs = Math.max(stats.longestSliceMs, spent);
              stats.slices += 1;
              await pause();
              if (stopped) return;
              sliceStart = performance.now();
            }
          }
        }
      }
      const spent = performance.now() - sliceStart;
      stats.longestSliceMs = Math.max(stats.longestSliceMs, spent);
      stats.slices += 1;
    } finally {
      running = false;
    }
    if (!stopped) {
      if (queue.size > 0) void run();
      else {
        if (stats.firstEnd === 0) stats.firstEnd = performance.now();
        onIdle();
      }
    }
  }

  return {
    scanAll() {
      queue.add(doc.body ?? doc.documentElement);
      for (const root of shadowRoots) queue.add(root);
      void run();
    },
    shadowRoots,
    stats,
    get busy() {
      return running || queue.size > 0 || records.length > 0;
    },
  };
}
