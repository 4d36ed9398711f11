import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../../../src/data/schema';
import type { KeyValueStorage } from '../../../src/shared/dataset-store-core';

export const IMPORT_FIXTURES = join(__dirname, '../../fixtures/import');

export function importFixture(name: string): string {
  return readFileSync(join(IMPORT_FIXTURES, name), 'utf8');
}

export function importFixtureJson(name: string): Dataset {
  return JSON.parse(importFixture(name)) as Dataset;
}

/** storage.local as a plain object, with a write log so tests can prove nothing was written. */
export function createMemoryStorage(
  initial: Record<string, unknown> = {},
): KeyValueStorage & { data: Record<string, unknown>; writes: number } {
  const data: Record<string, unknown> = structuredClone(initial);
  const storage = {
    data,
    writes: 0,
    async get(key: string) {
      return key in data ? { [key]: structuredClone(data[key]) } : {};
    },
    async set(items: Record<string, unknown>) {
      storage.writes += 1;
      Object.assign(data, structuredClone(items));
    },
    async remove(key: string) {
      storage.writes += 1;
      delete data[key];
    },
  };
  return storage;
}
