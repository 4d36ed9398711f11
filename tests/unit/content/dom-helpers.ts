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
