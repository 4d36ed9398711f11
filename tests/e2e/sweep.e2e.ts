/**
 * The reliability sweep on the 15-page corpus sample plus the demo page (issue 7), in every e2e
 * browser, with the production build: every harm column must be zero. These are correctness
 * checks (errors, DOM changes, requests, layout shift), not timings: the longest task is in the
 * saved report, not asserted. The full corpus runs with `npm run sweep`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_BROWSERS } from './harness/browsers';
import { listCorpus, SAMPLE_CORPUS_DIR } from './harness/corpus';
import { ARTIFACTS, DEMO_DIR } from './harness/paths';
import { totals } from '../sweep/report';
import { harmItems, runSweep, type PageReport, type SweepReport } from '../sweep/sweep';

const DEMO_PAGE = 'news.html';
const SWEEP_TIMEOUT_MS = 240_000;

function harmOf(report: SweepReport, pick: (page: PageReport) => readonly string[]): string[] {
  return report.pages.flatMap((page) => pick(page).map((item) => `${page.file}: ${item}`));
}

describe.each(E2E_BROWSERS)('reliability sweep of the corpus sample in %s', (kind) => {
  let report: SweepReport;

  beforeAll(async () => {
    const files = [...listCorpus(SAMPLE_CORPUS_DIR).map((page) => page.file), DEMO_PAGE];
    // In parallel: harm columns do not depend on timing, and npm test must stay short.
    report = await runSweep({ kind, roots: [SAMPLE_CORPUS_DIR, DEMO_DIR], files, corpusDir: SAMPLE_CORPUS_DIR, parallel: true });
  }, SWEEP_TIMEOUT_MS);

  afterAll(() => {
    if (!report) return;
    mkdirSync(join(ARTIFACTS, 'sweep'), { recursive: true });
    writeFileSync(join(ARTIFACTS, 'sweep', `${kind}-corpus-sample.json`), `${JSON.stringify(report, null, 2)}\n`);
  });

  it('loads every page', () => {
    expect(report.pages).toHaveLength(listCorpus(SAMPLE_CORPUS_DIR).length + 1);
    expect(harmOf(report, (page) => page.loadErrors)).toEqual([]);
  });

  it('adds no page errors and no console errors', () => {
    expect(harmOf(report, (page) => page.pageErrorsAdded)).toEqual([]);
    expect(harmOf(report, (page) => page.consoleErrorsAdded)).toEqual([]);
  });

  it('throws no exception in the content script or background', () => {
    expect(harmOf(report, (page) => page.extensionErrors)).toEqual([]);
  });

  it('changes nothing in the DOM but its one shadow host', () => {
    expect(harmOf(report, (page) => (page.domChanged ? [page.domDiff ?? 'changed'] : []))).toEqual([]);
    expect(report.pages.filter((page) => page.hosts > 1).map((page) => page.file)).toEqual([]);
  });

  it('makes no network request, and the server sees nothing but the pages', () => {
    expect(harmOf(report, (page) => page.extensionRequests)).toEqual([]);
    expect(harmOf(report, (page) => page.serverExtraRequests)).toEqual([]);
  });

  it('introduces no layout shift (where the browser measures it)', () => {
    expect(harmOf(report, (page) => harmItems(page).filter((item) => item.startsWith('layout shift')))).toEqual([]);
  });

  it('finds and marks the names on the demo page, and its card host is the only node added', () => {
    const demo = report.pages.find((page) => page.file === DEMO_PAGE);
    expect(demo?.mentions).toBeGreaterThan(5);
    expect(demo?.cardOpened).toBe(true);
    expect(demo?.hosts).toBe(1);
    expect(demo?.domChanged).toBe(false);
  });

  it('reports totals with every harm column at zero', () => {
    const t = totals(report);
    expect({ ...t, mentions: 0, longestTaskWith: null, longestTaskWithout: null, pagesOver50WithOnly: null }).toEqual({
      pages: report.pages.length,
      pageErrorsAdded: 0,
      consoleErrorsAdded: 0,
      extensionErrors: 0,
      domChangedPages: 0,
      extensionRequests: 0,
      serverExtraRequests: 0,
      layoutShiftPages: kind === 'chromium' ? 0 : null,
      extraHostPages: 0,
      loadErrors: 0,
      mentions: 0,
      longestTaskWith: null,
      longestTaskWithout: null,
      pagesOver50WithOnly: null,
    });
  });
});
