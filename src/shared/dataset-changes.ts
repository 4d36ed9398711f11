/**
 * Notice that the reader imported or removed a dataset, in any extension context.
 *
 * Apart from `dataset-store.ts` on purpose: that module bundles the dataset to combine it with the
 * import, and the content script, which listens here, must not hold the dataset (it would fill its
 * size budget; it asks the background for a match index instead).
 */
import { browser } from './browser';
import { IMPORT_STORAGE_KEY } from './dataset-store-core';

/** Call `callback` whenever the stored import is written or removed, until `signal` aborts. */
export function onImportChanged(callback: () => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, unknown>, area: string): void => {
    if (area === 'local' && IMPORT_STORAGE_KEY in changes) callback();
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
