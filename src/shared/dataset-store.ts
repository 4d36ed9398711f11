/**
 * The one place that knows where the active dataset comes from: the bundled dataset, or the
 * reader's imported file from `storage.local` — combined with the bundled one (mode `add`, rules
 * in `dataset-merge.ts`) or instead of it (mode `replace`).
 *
 * This module is read by the content script on every page, so it stays small: no validator here.
 * Importing (which needs the validator) lives in `dataset-import.ts`, loaded only by the options
 * page and the background.
 *
 * The rules are pure, in `dataset-store-core.ts` (tested with a plain object as storage); the
 * functions here bind them to `browser.storage.local` and the bundled dataset.
 */
import type { Dataset } from '../data/schema';
import { BUNDLED_DATASET } from '../data/bundled-dataset';
import { browser } from './browser';
import { onImportChanged } from './dataset-changes';
import { createDatasetStore, IMPORT_STORAGE_KEY, type DatasetInfo, type KeyValueStorage, type StoredImport } from './dataset-store-core';

export { IMPORT_STORAGE_KEY };
export type { DatasetInfo, StoredImport };

/** `browser.storage.local` as the store's key-value storage. */
export const localDatasetStorage: KeyValueStorage = {
  get: (key) => browser.storage.local.get(key),
  set: (items) => browser.storage.local.set(items),
  remove: (key) => browser.storage.local.remove(key),
};

const store = createDatasetStore(localDatasetStorage, BUNDLED_DATASET);

/** The dataset in use: bundled, bundled + the reader's import, or the reader's import alone. */
export function loadActiveDataset(): Promise<Dataset> {
  return store.loadActiveDataset();
}

/** The reader's stored import, if any (including one flagged with problems). */
export function loadStoredImport(): Promise<StoredImport | null> {
  return store.loadStoredImport();
}

/** Versions and dates of the bundled data, the import and the data in use. */
export function getDatasetInfo(): Promise<DatasetInfo> {
  return store.getDatasetInfo();
}

/** Forget the reader's import; the bundled dataset is in use again everywhere. */
export function removeImportedDataset(): Promise<void> {
  return store.removeImportedDataset();
}

/** The data in use as pretty-printed JSON in the project's schema (re-importable with mode `replace`). */
export function exportActiveDataset(): Promise<string> {
  return store.exportActiveDataset();
}

/**
 * Call `callback` with the new active dataset whenever the reader imports or removes a dataset,
 * in any extension context, until `signal` aborts.
 */
export function onActiveDatasetChanged(callback: (dataset: Dataset) => void, signal: AbortSignal): void {
  onImportChanged(() => {
    void loadActiveDataset().then((dataset) => {
      if (!signal.aborted) callback(dataset);
    });
  }, signal);
}
