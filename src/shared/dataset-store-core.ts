/**
 * The pure half of the dataset store: what a stored import looks like, how it is read back
 * defensively, and the store's operations over any key-value storage. `dataset-store.ts` binds
 * them to `browser.storage.local`; tests bind them to a plain object.
 */
import type { Dataset } from '../data/schema';
import { combineActive, type ImportCounts, type ImportMode, type ImportProblem } from './dataset-merge';

/** storage.local key of the reader's import. */
export const IMPORT_STORAGE_KEY = 'importedDataset';

/** The reader's import as stored: the file's own records (never the merge), and what it was. */
export interface StoredImport {
  mode: ImportMode;
  dataset: Dataset;
  fileName: string;
  /** ISO timestamp of the import. */
  importedAt: string;
  counts: ImportCounts;
  /**
   * Set when the file no longer validates against a newer bundled dataset (checked after an
   * extension update). The import is then not used until the reader replaces or removes it.
   */
  problems?: ImportProblem[];
}

/** The slice of `storage.local` the store needs; tests pass a plain in-memory object. */
export interface KeyValueStorage {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

/** What the popup and options page show about the data in use. */
export interface DatasetInfo {
  bundled: { version: string; asOf: string };
  imported: (Omit<StoredImport, 'dataset'> & { version: string; asOf: string }) | null;
  /** Version and as-of date of the data in use (the bundled version for `add`). */
  active: { version: string; asOf: string };
}

function isRecordList(value: unknown): boolean {
  return Array.isArray(value) && value.every((item) => typeof item === 'object' && item !== null);
}

/**
 * Reads a stored import defensively: storage is ours, but a half-written or hand-edited value
 * must fall back to the bundled data rather than break every page.
 */
export function readStoredImport(raw: unknown): StoredImport | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const stored = raw as Partial<StoredImport>;
  if (stored.mode !== 'add' && stored.mode !== 'replace') return null;
  const dataset = stored.dataset as Partial<Dataset> | undefined;
  if (typeof dataset !== 'object' || dataset === null) return null;
  if (typeof dataset.version !== 'string' || typeof dataset.asOf !== 'string') return null;
  const lists = [dataset.episodes, dataset.actors, dataset.claims, dataset.responses, dataset.evidence, dataset.sources];
  if (!lists.every(isRecordList)) return null;
  return stored as StoredImport;
}

/** An import that is in use: well-formed and not flagged by a later re-check. */
function usableImport(raw: unknown): StoredImport | null {
  const stored = readStoredImport(raw);
  return stored && !(stored.problems && stored.problems.length > 0) ? stored : null;
}

export interface DatasetStore {
  loadActiveDataset(): Promise<Dataset>;
  loadStoredImport(): Promise<StoredImport | null>;
  getDatasetInfo(): Promise<DatasetInfo>;
  removeImportedDataset(): Promise<void>;
  exportActiveDataset(): Promise<string>;
}

/** The store over any key-value storage and bundled dataset (pure apart from `storage`). */
export function createDatasetStore(storage: KeyValueStorage, bundled: Dataset): DatasetStore {
  const loadStoredImport = async (): Promise<StoredImport | null> =>
    readStoredImport((await storage.get(IMPORT_STORAGE_KEY))[IMPORT_STORAGE_KEY]);
  const loadActiveDataset = async (): Promise<Dataset> =>
    combineActive(bundled, usableImport((await storage.get(IMPORT_STORAGE_KEY))[IMPORT_STORAGE_KEY]));
  return {
    loadActiveDataset,
    loadStoredImport,
    async getDatasetInfo() {
      const stored = await loadStoredImport();
      const bundledInfo = { version: bundled.version, asOf: bundled.asOf };
      if (!stored) return { bundled: bundledInfo, imported: null, active: bundledInfo };
      const { dataset, ...meta } = stored;
      const inUse = usableImport(stored);
      const active = !inUse
        ? bundledInfo
        : stored.mode === 'replace'
          ? { version: dataset.version, asOf: dataset.asOf }
          : { version: bundled.version, asOf: dataset.asOf > bundled.asOf ? dataset.asOf : bundled.asOf };
      return { bundled: bundledInfo, imported: { ...meta, version: dataset.version, asOf: dataset.asOf }, active };
    },
    removeImportedDataset: () => storage.remove(IMPORT_STORAGE_KEY),
    async exportActiveDataset() {
      return `${JSON.stringify(await loadActiveDataset(), null, 2)}\n`;
    },
  };
}
