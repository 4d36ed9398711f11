/** DOM pieces happy-dom lacks, and waits on DOM events, for the page-layer tests. */
/** happy-dom has no CSS Custom Highlight API: a Set-backed stand-in with the same surface. */
export function installHighlightStub(): Map<string, Set<AbstractRange>> {
  const g = globalThis as unknown as { Highlight?: unknown };
  g.Highlight ??= class extends Set<AbstractRange> {};
  const registry = new Map<string, Set<AbstractRange>>();
  Object.defineProperty(globalThis, 'CSS', { value: { highlights: registry }, configurable: true, writable: true });
  return registry;
}

/** Resolves once MutationObserver callbacks for the changes about to be made under `target` have run. */
export function mutationsDelivered(target: Node): Promise<void> {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      observer.disconnect();
      resolve();
    });
    observer.observe(target, { childList: true, subtree: true, characterData: true });
  });
}

/**
 * A StaticRange for happy-dom, which has none (browsers have): its boundary fields, fixed at
 * construction, as the DOM standard's. Returns a function that removes it again.
 */
export function installStaticRange(): () => void {
  const g = globalThis as { StaticRange?: unknown };
  const before = g.StaticRange;
  g.StaticRange = class {
    readonly startContainer: Node;
    readonly startOffset: number;
    readonly endContainer: Node;
    readonly endOffset: number;
    constructor(init: StaticRangeInit) {
      this.startContainer = init.startContainer;
      this.startOffset = init.startOffset;
      this.endContainer = init.endContainer;
      this.endOffset = init.endOffset;
    }
    get collapsed(): boolean {
      return this.startContainer === this.endContainer && this.startOffset === this.endOffset;
    }
  };
  return () => {
    g.StaticRange = before;
  };
}
