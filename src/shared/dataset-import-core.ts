/**
 * The pure half of importing a reader's dataset file: size limit, JSON, the project's validator
 * on the file and on its combination with the bundled data, and only then storage (injected).
 * Nothing is written unless the whole file is valid, so the data in use before a failed import
 * stays in use after it. `dataset-import.ts` binds it to `browser.storage.local`.
 */
import * as v from 'valibot';
import type { Dataset } from '../data/schema';
import { DatasetSchema } from '../data/schema';
import { guardInput, validateDataset } from '../data/validate';
import { MAX_IMPORT_BYTES } from './constants';
import {
  checkImportSize,
  countRecords,
  mapMergedProblem,
  mergeDatasets,
  parseImportText,
  utf8Bytes,
  type ImportCounts,
  type ImportMode,
  type ImportProblem,
} from './dataset-merge';
import { IMPORT_STORAGE_KEY, readStoredImport, type KeyValueStorage, type StoredImport } from './dataset-store-core';

export type ImportResult = { ok: true; counts: ImportCounts } | { ok: false; problems: ImportProblem[] };

type Checked = { ok: true; dataset: Dataset; counts: ImportCounts } | { ok: false; problems: ImportProblem[] };

/** True when the input has the dataset's shape (guard and schema pass), whatever its references. */
function hasDatasetShape(input: unknown): input is Dataset {
  return guardInput(input).length === 0 && v.is(DatasetSchema, input);
}

/**
 * Validate an already parsed file for `mode` against `bundled`. Pure.
 *
 * In mode `add` a file may refer to bundled records (a new claim against a bundled actor), so it
 * need not be complete on its own: it must have the dataset's shape, and the combination must
 * pass the full validator. Problems point into the file (or, labelled, into bundled data).
 */
export function checkImport(input: unknown, mode: ImportMode, bundled: Dataset): Checked {
  const alone = validateDataset(input);
  if (mode === 'replace') {
    return alone.ok ? { ok: true, dataset: alone.dataset, counts: countRecords(alone.dataset, 0) } : alone;
  }
  if (!alone.ok && !hasDatasetShape(input)) return alone;
  const file = alone.ok ? alone.dataset : (input as Dataset);
  const merged = mergeDatasets(bundled, file);
  const combined = validateDataset(merged.dataset);
  if (!combined.ok) return { ok: false, problems: combined.problems.map((problem) => mapMergedProblem(problem, merged.origins)) };
  return { ok: true, dataset: file, counts: countRecords(file, merged.replaced) };
}

/** Size limit, JSON parsing and {@link checkImport}, on the file's text. Pure. */
export function checkImportText(text: string, mode: ImportMode, bundled: Dataset, maxBytes = MAX_IMPORT_BYTES): Checked {
  const tooBig = checkImportSize(utf8Bytes(text), maxBytes);
  if (tooBig) return { ok: false, problems: [tooBig] };
  const parsed = parseImportText(text);
  if (!parsed.ok) return parsed;
  return checkImport(parsed.value, mode, bundled);
}

export interface DatasetImporter {
  importDataset(json: string, mode: ImportMode, fileName?: string): Promise<ImportResult>;
  recheckStoredImport(): Promise<StoredImport | null>;
}

/** The importer over any key-value storage (tests pass an in-memory one). */
export function createDatasetImporter(storage: KeyValueStorage, bundled: Dataset, now = () => new Date()): DatasetImporter {
  return {
    async importDataset(json, mode, fileName = 'dataset.json') {
      const checked = checkImportText(json, mode, bundled);
      if (!checked.ok) return checked;
      const stored: StoredImport = {
        mode,
        dataset: checked.dataset,
        fileName,
        importedAt: now().toISOString(),
        counts: checked.counts,
      };
      await storage.set({ [IMPORT_STORAGE_KEY]: stored });
      return { ok: true, counts: checked.counts };
    },
    async recheckStoredImport() {
      const stored = readStoredImport((await storage.get(IMPORT_STORAGE_KEY))[IMPORT_STORAGE_KEY]);
      if (!stored) return null;
      const checked = checkImport(stored.dataset, stored.mode, bundled);
      const problems = checked.ok ? undefined : checked.problems;
      if (JSON.stringify(problems) === JSON.stringify(stored.problems)) return stored;
      const next: StoredImport = { ...stored };
      delete next.problems;
      if (problems) next.problems = problems;
      await storage.set({ [IMPORT_STORAGE_KEY]: next });
      return next;
    },
  };
}
