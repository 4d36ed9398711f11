/**
 * The real-page check on the corpus sample in tests/fixtures (the full 130 pages run with
 * `npx tsx tests/precision/corpus.ts`): every highlight is listed in the reviewed file as correct.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_DATASET } from '../../../src/data/bundled-dataset';
import { compare, loadExpectations, scanDirectory } from '../../precision/corpus';
import { finderFor } from '../../precision/suite';
import { highlightsOf, parseSavedPage } from '../../../src/tools/scan-page';

const SAMPLE = join(__dirname, '..', '..', 'fixtures', 'corpus-sample');

describe('real pages: the corpus sample', () => {
  it('highlights only what the reviewed file lists as correct', async () => {
    const found = await scanDirectory(SAMPLE, finderFor(BUNDLED_DATASET));
    const pages = new Set(
      readdirSync(SAMPLE)
        .filter((n) => n.endsWith('.html'))
        .map((n) => basename(n, '.html')),
    );
    expect(compare(found, loadExpectations(), pages)).toEqual([]);
    // Fifteen real pages parsed by happy-dom on a shared machine: generous, it is not a measurement.
  }, 120_000);

  it('every reviewed entry has a verdict of correct (wrong ones must be fixed, not listed)', () => {
    expect(
      loadExpectations()
        .filter((e) => e.verdict !== 'correct')
        .map((e) => `${e.page} | ${e.actorId}: ${e.text} (${e.verdict})`),
    ).toEqual([]);
  });
});

describe('the mixed precision page the browsers check (tests/e2e/precision.e2e.ts)', () => {
  it('gets exactly its reviewed highlights from the unit-level pipeline', () => {
    const pages = join(import.meta.dirname, '..', '..', 'fixtures', 'pages');
    const { document, close } = parseSavedPage(readFileSync(join(pages, 'precision-mixed.html'), 'utf8'));
    try {
      const found = highlightsOf(document, finderFor(BUNDLED_DATASET)).map((h) => `${h.actorId}: ${h.text}`);
      expect(found).toEqual(JSON.parse(readFileSync(join(pages, 'precision-mixed.highlights.json'), 'utf8')));
    } finally {
      void close();
    }
  });
});
