/**
 * Build-time check of the bundled dataset (Node only: imported by build.ts and tests, never bundled). The build calls `assertBundledDatasetValid()` before
 * bundling, so bad data fails the build with the validator's own messages, and a stale compact
 * file (edited `dataset.json`, forgot to regenerate) fails it too.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { compactDataset } from './compact';
import type { Dataset } from './schema';
import { validateDataset } from './validate';

const DATA_DIR = dirname(fileURLToPath(import.meta.url));

/**
 * Validates `src/data/dataset.json` and checks `src/data/dataset.compact.json` is its compact form.
 * @throws Error whose message lists every problem as `path: reason`, one per line.
 */
export function assertBundledDatasetValid(dataDir = DATA_DIR): void {
  const dataset = readJson(join(dataDir, 'dataset.json'));
  const result = validateDataset(dataset);
  if (!result.ok) {
    const lines = result.problems.map((p) => `  ${p.path}: ${p.message}`);
    throw new Error(`src/data/dataset.json is invalid:\n${lines.join('\n')}`);
  }
  const compact = readJson(join(dataDir, 'dataset.compact.json'));
  // Compare against the file as written (not the validator's output object), since that is what
  // the compact form was generated from.
  if (!isDeepStrictEqual(compact, compactDataset(dataset as Dataset))) {
    throw new Error('src/data/dataset.compact.json is out of date; run: npx tsx src/data/cli.ts compact');
  }
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path} could not be read as JSON: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  assertBundledDatasetValid();
  console.log('dataset OK');
}
