/**
 * Loads the card module (Preact, the shared claim view, the card's CSS) the first time a card is
 * needed. It is an ES module in `web_accessible_resources` with `use_dynamic_url`: Chromium then
 * serves it under a per-session id (pages cannot probe for the extension by a fixed URL) and
 * Firefox under the install's random UUID. A dynamically imported module runs in the content
 * script's isolated world, so it shares objects (ranges, the dataset index) with this script.
 */
/**
 * The extension API as the browser provides it (Chromium: `chrome`; Firefox provides `chrome` as
 * well). Used here instead of the polyfill's `browser` because the call must read literally
 * `chrome.runtime.getURL(…)` in the bundle: that is the form Firefox's add-on linter accepts as
 * a safe argument to `import()` (esbuild keeps global names when minifying).
 */
declare const chrome: { runtime: { getURL(path: string): string } };

export type CardModule = typeof import('../card/card-entry');

let loading: Promise<CardModule> | null = null;

/** The card module, loaded once; a failed load is retried on the next call. */
export function loadCardModule(): Promise<CardModule> {
  loading ??= (import(chrome.runtime.getURL('card.js')) as Promise<CardModule>).catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
