/**
 * Importing a reader's dataset file into `browser.storage.local` (options page and background).
 * The rules are in `dataset-import-core.ts`; this file binds them to the browser.
 *
 * Kept apart from `dataset-store.ts` because the validator (valibot and the schema) is large and
 * the content script, which reads the store on every page, never imports.
 */
import { BUNDLED_DATASET } from '../data/bundled-dataset';
import { createDatasetImporter, type ImportResult } from './dataset-import-core';
import type { ImportMode } from './dataset-merge';
import { localDatasetStorage, type StoredImport } from './dataset-store';

export type { ImportResult };

const importer = createDatasetImporter(localDatasetStorage, BUNDLED_DATASET);

/**
 * Validate `json` (at most `MAX_IMPORT_BYTES`) and, only if the whole file is valid, store it as
 * the reader's dataset for `mode`. On failure nothing is stored and the data in use is unchanged.
 */
export function importDataset(json: string, mode: ImportMode, fileName?: string): Promise<ImportResult> {
  return importer.importDataset(json, mode, fileName);
}

/**
 * Re-validate the stored import against the bundled dataset of this version (after an update the
 * combination may no longer hold). A failing import is flagged with its problems and stops being
 * used; the options page shows them.
 */
export function recheckStoredImport(): Promise<StoredImport | null> {
  return importer.recheckStoredImport();
}
