import { describe, expect, it } from 'vitest';
import { BUNDLED_DATASET } from '../../../src/data/bundled-dataset';
import { checkImportText, createDatasetImporter } from '../../../src/shared/dataset-import-core';
import { createDatasetStore, IMPORT_STORAGE_KEY, type StoredImport } from '../../../src/shared/dataset-store-core';
import { MAX_IMPORT_BYTES } from '../../../src/shared/constants';
import { createMemoryStorage, importFixture, importFixtureJson } from './dataset-fixtures';

const bundled = BUNDLED_DATASET;
const fixedNow = () => new Date('2025-06-02T10:00:00Z');

describe('checkImportText', () => {
  it('accepts a self-contained file in both modes and counts its records', () => {
    for (const mode of ['add', 'replace'] as const) {
      const result = checkImportText(importFixture('valid-add.json'), mode, bundled);
      expect(result.ok).toBe(true);
      if (result.ok)
        expect(result.counts).toEqual({ episodes: 1, actors: 2, claims: 1, responses: 1, evidence: 1, sources: 1, replaced: 0 });
    }
  });

  it('in mode add, lets a file refer to bundled actors', () => {
    const file = importFixtureJson('valid-add.json');
    const claimant = bundled.actors[0]!.id;
    file.claims[0]!.claimants = [claimant];
    file.actors = file.actors.filter((actor) => actor.id !== 'northwind-directorate');
    expect(checkImportText(JSON.stringify(file), 'add', bundled).ok).toBe(true);
    // Alone it is incomplete, so it cannot replace the bundled data.
    const alone = checkImportText(JSON.stringify(file), 'replace', bundled);
    expect(alone.ok).toBe(false);
    if (!alone.ok)
      expect(alone.problems).toContainEqual({
        path: '$.claims[0].claimants[0]',
        message: `claimant "${claimant}" does not match any id in $.actors`,
      });
  });

  it('lists shape problems with paths in the file', () => {
    const result = checkImportText(importFixture('invalid-shape.json'), 'add', bundled);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toContainEqual({ path: '$.actors[1].kind', message: 'missing required field "kind"' });
      expect(result.problems.map((p) => p.path)).toContain('$.claims[0].date');
    }
  });

  it('validates the combination: an alias a bundled actor already has is an error in mode add', () => {
    const result = checkImportText(importFixture('invalid-references.json'), 'add', bundled);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      const paths = result.problems.map((p) => p.path);
      expect(paths).toEqual(expect.arrayContaining(['$.claims[0].accused[0]', '$.sources[0].url', '$.actors[0].names[1].text']));
      expect(result.problems.find((p) => p.path === '$.actors[0].names[1].text')?.message).toMatch(
        /also belongs to "mss" \(bundled data \$\.actors\[\d+\]\.names\[\d+\]\)/,
      );
    }
  });

  it('rejects non-JSON, non-datasets and files over the limit before validating', () => {
    expect(checkImportText(importFixture('not-json.json'), 'add', bundled)).toMatchObject({ ok: false, problems: [{ path: '$' }] });
    expect(checkImportText('[1,2,3]', 'replace', bundled).ok).toBe(false);
    const big = checkImportText(' '.repeat(MAX_IMPORT_BYTES + 1), 'add', bundled);
    expect(big).toEqual({ ok: false, problems: [{ path: '$', message: 'the file is over the 5 MB limit' }] });
    expect(checkImportText(importFixture('valid-add.json'), 'add', bundled, 100)).toMatchObject({ ok: false });
  });
});

describe('importer and store over an injected storage', () => {
  it('stores a valid file, and the active dataset then includes its actors', async () => {
    const storage = createMemoryStorage();
    const importer = createDatasetImporter(storage, bundled, fixedNow);
    const store = createDatasetStore(storage, bundled);
    const result = await importer.importDataset(importFixture('valid-add.json'), 'add', 'mine.json');
    expect(result.ok).toBe(true);
    const active = await store.loadActiveDataset();
    expect(active.actors.map((a) => a.id)).toContain('glasswing-collective');
    expect(active.actors).toHaveLength(bundled.actors.length + 2);
    const info = await store.getDatasetInfo();
    expect(info.imported).toMatchObject({ mode: 'add', fileName: 'mine.json', importedAt: '2025-06-02T10:00:00.000Z', version: '0.1.0' });
    expect(info.active).toEqual({ version: bundled.version, asOf: bundled.asOf > '2025-06-01' ? bundled.asOf : '2025-06-01' });
  });

  it('writes nothing for an invalid file, and the data in use stays in use', async () => {
    const storage = createMemoryStorage();
    const importer = createDatasetImporter(storage, bundled, fixedNow);
    const store = createDatasetStore(storage, bundled);
    await importer.importDataset(importFixture('valid-add.json'), 'replace', 'first.json');
    const before = JSON.stringify(storage.data);
    const writes = storage.writes;
    for (const name of ['invalid-references.json', 'invalid-shape.json', 'not-json.json']) {
      const result = await importer.importDataset(importFixture(name), 'add', name);
      expect(result.ok).toBe(false);
    }
    expect(storage.writes).toBe(writes);
    expect(JSON.stringify(storage.data)).toBe(before);
    expect((await store.loadActiveDataset()).actors.map((a) => a.id)).toEqual(['northwind-directorate', 'glasswing-collective']);
  });

  it('replace uses the file alone; remove brings the bundled data back', async () => {
    const storage = createMemoryStorage();
    const importer = createDatasetImporter(storage, bundled, fixedNow);
    const store = createDatasetStore(storage, bundled);
    await importer.importDataset(importFixture('valid-add.json'), 'replace');
    expect((await store.loadActiveDataset()).actors).toHaveLength(2);
    expect((await store.getDatasetInfo()).active).toEqual({ version: '0.1.0', asOf: '2025-06-01' });
    await store.removeImportedDataset();
    expect(await store.loadActiveDataset()).toBe(bundled);
  });

  it('exports the data in use as JSON that imports again with mode replace', async () => {
    const storage = createMemoryStorage();
    const importer = createDatasetImporter(storage, bundled, fixedNow);
    const store = createDatasetStore(storage, bundled);
    await importer.importDataset(importFixture('valid-add.json'), 'add');
    const exported = await store.exportActiveDataset();
    expect(JSON.parse(exported)).toEqual(await store.loadActiveDataset());
    const again = checkImportText(exported, 'replace', bundled);
    expect(again.ok).toBe(true);
  });

  it('falls back to the bundled data when storage holds something malformed', async () => {
    for (const junk of [
      null,
      'x',
      { mode: 'add' },
      { mode: 'merge', dataset: bundled },
      { mode: 'add', dataset: { version: '1', asOf: 'x', actors: 3 } },
    ]) {
      const store = createDatasetStore(createMemoryStorage({ [IMPORT_STORAGE_KEY]: junk }), bundled);
      expect(await store.loadActiveDataset()).toBe(bundled);
    }
  });

  it('a re-check that fails flags the import, which then stops being used; a later pass clears the flag', async () => {
    const file = importFixtureJson('valid-add.json');
    const stale: StoredImport = {
      mode: 'add',
      // An alias the bundled data has: as if a new bundled release had added it.
      dataset: {
        ...file,
        actors: file.actors.map((a, i) =>
          i === 0
            ? {
                ...a,
                names: [...a.names, { text: bundled.actors[0]!.names[0]!.text, lang: 'en', match: bundled.actors[0]!.names[0]!.match }],
              }
            : a,
        ),
      },
      fileName: 'old.json',
      importedAt: '2025-01-01T00:00:00.000Z',
      counts: { episodes: 1, actors: 2, claims: 1, responses: 1, evidence: 1, sources: 1, replaced: 0 },
    };
    const storage = createMemoryStorage({ [IMPORT_STORAGE_KEY]: stale });
    const store = createDatasetStore(storage, bundled);
    expect((await store.loadActiveDataset()).actors).toHaveLength(bundled.actors.length + 2);
    const rechecked = await createDatasetImporter(storage, bundled).recheckStoredImport();
    expect(rechecked?.problems?.length).toBeGreaterThan(0);
    expect(await store.loadActiveDataset()).toBe(bundled);
    expect((await store.getDatasetInfo()).active).toEqual({ version: bundled.version, asOf: bundled.asOf });

    storage.data[IMPORT_STORAGE_KEY] = { ...(storage.data[IMPORT_STORAGE_KEY] as StoredImport), dataset: file };
    const cleared = await createDatasetImporter(storage, bundled).recheckStoredImport();
    expect(cleared?.problems).toBeUndefined();
    expect((await store.loadActiveDataset()).actors).toHaveLength(bundled.actors.length + 2);
  });
});
