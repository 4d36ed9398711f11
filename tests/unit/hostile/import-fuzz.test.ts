/**
 * Hostile input for the dataset import the options page runs (issue 7): the seeded malformed
 * datasets of `dataset-mutations.ts`, serialised to file text as a reader would pick them, in
 * both import modes, against storage that already holds an earlier import. Each must be refused
 * with located problems, without a throw, and leave storage exactly as it was (no partial state:
 * the data in use is unchanged). The real options page runs a handful of them in
 * tests/e2e/hostile-import.e2e.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOSTILE_BASE as dataset } from './base-dataset';
import { BUNDLED_DATASET } from '../../../src/data/bundled-dataset';
import { validateDataset } from '../../../src/data/validate';
import { createDatasetImporter } from '../../../src/shared/dataset-import-core';
import type { KeyValueStorage } from '../../../src/shared/dataset-store-core';
import { MUTATION_CATEGORIES, generateMutations, type MutationCase } from './dataset-mutations';

/** 12 categories × 50 cases × 2 modes = 1,200 imports. */
const PER_CATEGORY = 50;
/** A problem points into the file (`$…`) or, labelled, into the bundled data it combines with. */
const LOCATED = /^(?:bundled data )?\$/;
const PRIOR_IMPORT = readFileSync(join(import.meta.dirname, '../../fixtures/import/valid-add.json'), 'utf8');

function memoryStorage(): KeyValueStorage & { snapshot(): string } {
  const data = new Map<string, unknown>();
  return {
    async get(key) {
      return data.has(key) ? { [key]: structuredClone(data.get(key)) } : {};
    },
    async set(items) {
      for (const [key, value] of Object.entries(items)) data.set(key, structuredClone(value));
    },
    async remove(key) {
      data.delete(key);
    },
    snapshot: () => JSON.stringify([...data]),
  };
}

/**
 * The file a reader would pick: JSON text. Cases that are not JSON at all (a BigInt, a getter that
 * throws) or that serialisation repairs (a function-valued optional field simply disappears) are
 * not files anyone can choose, and are skipped; the validator suite covers them as values.
 */
function asFileText(testCase: MutationCase): string | null {
  let text: string | undefined;
  try {
    text = JSON.stringify(testCase.input);
  } catch {
    return null;
  }
  if (text === undefined) return null;
  if (validateDataset(JSON.parse(text)).ok) return null;
  return text;
}

describe('options import on hostile files', () => {
  it.each(MUTATION_CATEGORIES)(
    'refuses %s files in both modes and leaves the earlier import in place',
    async (category) => {
      const storage = memoryStorage();
      const importer = createDatasetImporter(storage, BUNDLED_DATASET, () => new Date('2026-01-01T00:00:00Z'));
      expect((await importer.importDataset(PRIOR_IMPORT, 'add', 'valid-add.json')).ok).toBe(true);
      const before = storage.snapshot();
      const failures: string[] = [];
      let imported = 0;
      for (const testCase of generateMutations(dataset, category, PER_CATEGORY, 21)) {
        const text = asFileText(testCase);
        if (text === null) continue;
        for (const mode of ['replace', 'add'] as const) {
          imported += 1;
          try {
            const result = await importer.importDataset(text, mode, `${testCase.name}.json`);
            if (result.ok) failures.push(`${testCase.name} (${mode}): accepted`);
            else if (result.problems.length === 0 || result.problems.some((p) => !LOCATED.test(p.path) || p.message.trim().length < 8)) {
              failures.push(`${testCase.name} (${mode}): unclear problems ${JSON.stringify(result.problems.slice(0, 2))}`);
            }
          } catch (error) {
            failures.push(`${testCase.name} (${mode}): threw ${String(error)}`);
          }
          if (storage.snapshot() !== before) {
            failures.push(`${testCase.name} (${mode}): storage changed`);
            await storage.set(
              JSON.parse(before).reduce((all: Record<string, unknown>, [k, v]: [string, unknown]) => ({ ...all, [k]: v }), {}),
            );
          }
        }
      }
      expect(imported).toBeGreaterThan(0);
      expect(failures).toEqual([]);
    },
    60_000,
  );
});
