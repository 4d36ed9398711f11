/**
 * Pages built to hurt (issue 7), generated at test time: 100,000 text nodes, a 5 MB text node,
 * 5,000 levels of nested inline elements, text that changes every animation frame. Asserted: no
 * errors, scanning completes, the mention cap holds, the page keeps painting frames. Reported, not
 * asserted (a shared two-core machine makes timings noisy): the longest main-thread task, the
 * scanner's longest slice, and the worst round trip of a page evaluation during the scan.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_MENTIONS_PER_PAGE } from '../../src/match/limits';
import type { PageSummary } from '../../src/shared/messages';
import { installProbes, readProbes } from '../sweep/page-probes';
import { E2E_BROWSERS, launchWithExtension, type ExtensionSession } from './harness/browsers';
import { allowOnlyDocuments } from './harness/corpus';
import { startCorpusServer, type CorpusServer } from './harness/corpus-server';
import { askContentScript, highlightCount, pageSummary, waitFor } from './harness/extension';
import { hostilePages, type HostilePage } from './harness/hostile-pages';
import { ARTIFACTS } from './harness/paths';

const SCAN_TIMEOUT_MS = 60_000;
/** How long the animated page is watched. */
const ANIMATION_WATCH_MS = 3000;

interface HostileResult {
  page: string;
  mentions: number;
  capped: boolean;
  scanMs: number;
  longestTaskMs: number | null;
  longestSliceMs: number | null;
  slowestRoundTripMs: number;
  framesPerSecond: number | null;
}

interface ScanStats {
  longestSliceMs: number;
  slices: number;
}

/** The e2e build's scanner measurements, or null if it does not answer. */
function scanStats(page: Page): Promise<ScanStats | null> {
  return askContentScript<ScanStats>(page, 'counterclaim-e2e:stats', 'counterclaim-e2e:stats-result', 1000);
}

/**
 * Poll the page until `done` says so, timing each round trip: an evaluation waits for the main
 * thread, so a slow round trip is a page that would not have answered a click either.
 */
async function pollResponsiveness<T>(
  page: Page,
  done: () => Promise<T | null>,
  timeoutMs: number,
): Promise<{ value: T; slowestMs: number }> {
  let slowestMs = 0;
  const value = await waitFor(
    async () => {
      const started = performance.now();
      await page.evaluate(() => 0);
      slowestMs = Math.max(slowestMs, performance.now() - started);
      return done();
    },
    'scan finished',
    timeoutMs,
  );
  return { value, slowestMs };
}

async function framesPerSecond(page: Page): Promise<number> {
  const before = await page.evaluate(() => (window as unknown as { __frames: number }).__frames);
  await new Promise((wait) => setTimeout(wait, ANIMATION_WATCH_MS));
  const after = await page.evaluate(() => (window as unknown as { __frames: number }).__frames);
  return ((after - before) * 1000) / ANIMATION_WATCH_MS;
}

describe.each(E2E_BROWSERS)('pages built to hurt, in %s', (kind) => {
  let server: CorpusServer;
  let session: ExtensionSession;
  const results: HostileResult[] = [];

  beforeAll(async () => {
    server = await startCorpusServer([]);
    for (const hostile of hostilePages()) server.setPage(hostile.file, hostile.html);
    session = await launchWithExtension(kind);
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
    mkdirSync(join(ARTIFACTS, 'hostile'), { recursive: true });
    writeFileSync(join(ARTIFACTS, 'hostile', `${kind}-pages.json`), `${JSON.stringify(results, null, 2)}\n`);
    console.log(`${kind} hostile pages:\n${results.map((r) => JSON.stringify(r)).join('\n')}`);
  });

  it.each(hostilePages().map((hostile) => [hostile.description, hostile] as const))(
    '%s: scans to the end, holds the cap, raises nothing',
    async (_name, hostile: HostilePage) => {
      const page = await session.browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      await page.evaluateOnNewDocument(installProbes);
      await allowOnlyDocuments(page, server.origin);
      const started = Date.now();
      await page.goto(server.url(hostile.file), { waitUntil: 'load', timeout: SCAN_TIMEOUT_MS });
      const { value: summary, slowestMs } = await pollResponsiveness<PageSummary>(
        page,
        async () => {
          const current = await pageSummary(page);
          return current && (current.state === 'ready' || (hostile.animated && current.mentionCount > 0)) ? current : null;
        },
        SCAN_TIMEOUT_MS,
      );
      const scanMs = Date.now() - started;
      const fps = hostile.animated ? await framesPerSecond(page) : null;
      const mentions = await highlightCount(page);
      const stats = await scanStats(page);
      const probes = await readProbes(page);
      results.push({
        page: hostile.file,
        mentions,
        capped: summary.capped,
        scanMs,
        longestTaskMs: probes.longestTaskMs,
        longestSliceMs: stats?.longestSliceMs ?? null,
        slowestRoundTripMs: Math.round(slowestMs),
        framesPerSecond: fps,
      });
      await page.close();

      expect(errors).toEqual([]);
      expect(mentions).toBeLessThanOrEqual(MAX_MENTIONS_PER_PAGE);
      // `summary.capped` is reported, not asserted: when the last run fills the store exactly the
      // content script cannot tell (see docs/sweep.md); the count is what bounds the work.
      if (hostile.exceedsCap) expect(mentions).toBe(MAX_MENTIONS_PER_PAGE);
      else expect(mentions).toBeGreaterThan(0);
      // Painting continues while the names churn (headless renders at up to 60 frames a second).
      if (fps !== null) expect(fps).toBeGreaterThan(5);
    },
    120_000,
  );
});
