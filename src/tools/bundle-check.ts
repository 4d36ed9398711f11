/**
 * Build-time check of the bundled dataset (Node only: imported by build.ts and tests, never
 * bundled). The build calls `assertBundledDatasetValid()` before bundling, so bad records fail the
 * build with the validator's own messages (each naming its record file), and a stale compact file
 * (records edited, `npm run data` not run) fails it too.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { compactDataset } from '../data/compact';
import type { Dataset } from '../data/schema';
import { compileAndValidate, RECORDS_DIR } from './records-io';

const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'data');
export const COMPACT_PATH = join(DATA_DIR, 'dataset.compact.json');

/** The validated dataset compiled from the record files. @throws Error listing every problem. */
export function compileBundledDataset(recordsDir = RECORDS_DIR): Dataset {
  const { result } = compileAndValidate(recordsDir);
  if (!result.ok) {
    const lines = result.problems.map((p) => `  ${p.path}: ${p.message}`);
    throw new Error(`src/data/records are invalid (${result.problems.length} problem(s)):\n${lines.join('\n')}`);
  }
  return result.dataset;
}

/**
 * Validates the records and checks `src/data/dataset.compact.json` is their compiled compact form.
 * @throws Error whose message lists every problem as `path: reason`, one per line.
 */
export function assertBundledDatasetValid(recordsDir = RECORDS_DIR, compactPath = COMPACT_PATH): void {
  const dataset = compileBundledDataset(recordsDir);
  const compact = readJson(compactPath);
  if (!isDeepStrictEqual(compact, compactDataset(dataset))) {
    throw new Error('src/data/dataset.compact.json is out of date with src/data/records; run: npm run data');
  }
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path} could not be read as JSON: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}
