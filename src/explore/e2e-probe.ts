/**
 * Test-build probe of the explore page's first paint (compiled in only when `__E2E__`, like
 * src/content/e2e-bridge.ts): from the page's first line of script, a MutationObserver waits for
 * the claims list's first item; then the next frame's animation callback forces style and layout
 * (what that frame does next anyway) and a message posted from it lands after the frame is
 * painted. The stamps (`performance.now()`, ms from navigation start) are left on `window` for
 * `npm run bench` (tests/bench/explore.ts) to read.
 */

export interface ExplorePaint {
  /** The page's script starts (explore.js fetched and parsed). */
  start: number;
  /** The first `[data-testid="claims"] > li` seen in the DOM (Preact commits the whole list at once). */
  listInDom: number;
  /** The animation-frame callback of the next frame. */
  frame: number;
  /** After that frame's style and layout (forced in the callback). */
  layout: number;
  /** A message posted from the callback: after the frame's paint. */
  painted: number;
  items: number;
  visibility: string;
}

export const EXPLORE_PROBE_KEY = '__ccExploreProbe';

export function installExploreProbe(): void {
  if (!__E2E__) return;
  const stamps: ExplorePaint = { start: performance.now(), listInDom: 0, frame: 0, layout: 0, painted: 0, items: 0, visibility: '' };
  (window as unknown as Record<string, unknown>)[EXPLORE_PROBE_KEY] = stamps;
  const observer = new MutationObserver(() => {
    const list = document.querySelector('[data-testid="claims"]');
    if (!list?.firstElementChild) return;
    stamps.listInDom = performance.now();
    observer.disconnect();
    stamps.items = list.childElementCount;
    stamps.visibility = document.visibilityState;
    requestAnimationFrame(() => {
      stamps.frame = performance.now();
      void document.body.offsetHeight;
      stamps.layout = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        stamps.painted = performance.now();
        channel.port1.close();
      };
      channel.port2.postMessage(null);
    });
  });
  observer.observe(document, { childList: true, subtree: true });
}
