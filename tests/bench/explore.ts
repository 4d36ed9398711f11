/**
 * The explore page at field scale (issue 12: "first paint of the list and each filter change under
 * one frame budget on this machine"), in the real extension, in Chromium and Firefox.
 *
 * The e2e build is made into artifacts/bench/dist-explore (build.ts, `COUNTERCLAIM_DIST`, so
 * `dist/` is left alone) with the bundled dataset. One browser per kind, with the extension and a
 * demo page whose content script opens the explore page through the background
 * (tests/e2e/harness/extension.ts `openExtensionPage`), as the popup's link does.
 *
 * - **First paint of the list**, per load (a fresh tab each time): the e2e build's probe
 *   (src/explore/e2e-probe.ts, compiled in only under `__E2E__`) stamps, from the page's first
 *   script, the moment a MutationObserver sees the claims list's first item in the DOM, then the
 *   next animation frame: its style and layout (forced in the frame's callback, which that frame
 *   would do next anyway) and a message posted from it, which lands after the frame is painted.
 *   Times are `performance.now()`: ms from navigation start (the document's time origin).
 * - **Each filter change**, in one open tab in front: in the page, `performance.now()` (t0), the
 *   control's value set and its `change` (selects) or `input` (search) event dispatched as the
 *   browser would; a MutationObserver on `<main>` stamps each DOM change before the next frame (the
 *   last one is "DOM settled"), and a microtask queued after the event's dispatch, so after the one
 *   Preact renders in, stamps the end of a render that changed nothing; an animation frame requested before the event forces style and
 *   layout and posts a message (after that frame's paint). Per change: script = settled − t0,
 *   style + layout = the forced layout's duration, **work = script + style + layout** (the main
 *   thread's part of the frame, not counting the wait for the display's next tick), and
 *   **to next frame = painted − t0** (with that wait: under 16.7 ms only if the work fits in what
 *   was left of the current frame). Each select cycles through its options, each followed by a
 *   change back to "any" (both timed); the search sets whole words and then clears; "search,
 *   typing" sets a word one more letter at a time. Changes are 150 ms apart.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import type { ExplorePaint } from '../../src/explore/e2e-probe';
import { launchWithExtensionDir, sessionOf, type ExtensionSession } from '../e2e/harness/browsers';
import { openExtensionPage, waitFor, waitForScan } from '../e2e/harness/extension';
import { DEMO_DIR, ROOT, type BrowserKind } from '../e2e/harness/paths';
import { startFixtureServer } from '../e2e/harness/server';
import { median } from './report';

/** One 60 Hz frame. */
export const FRAME_MS = 1000 / 60;
const DIST = 'artifacts/bench/dist-explore';

export interface ExploreOptions {
  browsers: readonly BrowserKind[];
  /** Fresh loads of the page (after `loadWarmup` untimed ones). */
  loads: number;
  loadWarmup: number;
  /** Timed changes per filter (after 4 untimed ones). */
  changes: number;
}

export interface PaintSample {
  start: number;
  listInDom: number;
  frame: number;
  layout: number;
  painted: number;
  /** First contentful paint (the page's header, before the data arrives), when the browser reports it. */
  fcp: number | null;
  domContentLoaded: number | null;
  items: number;
  visibility: string;
}

export interface ChangeSample {
  value: string;
  scriptMs: number;
  layoutMs: number;
  workMs: number;
  nextFrameMs: number;
  mutations: number;
  /** Claims matching after the change, and list items rendered. */
  matching: number;
  items: number;
}

export interface ExploreFilterResult {
  filter: string;
  samples: ChangeSample[];
}

export interface ExploreBrowserResult {
  kind: BrowserKind;
  version: string;
  loads: PaintSample[];
  filters: ExploreFilterResult[];
  errors: string[];
}

export interface ExploreSummary {
  date: string;
  data: { groups: number; names: number; claims: number; actors: number };
  loads: number;
  loadWarmup: number;
  changes: number;
  browsers: ExploreBrowserResult[];
}

/** The filters as the page has them (src/explore/ClaimList.tsx data-testids). */
const SELECTS = [
  ['accused state', 'filter-state'],
  ['claimant', 'filter-claimant'],
  ['evidence status', 'filter-status'],
  ['stance', 'filter-stance'],
  ['year', 'filter-year'],
] as const;
const SEARCH_WORDS = ['russia', 'china', 'ransomware', 'espionage', 'election', 'lazarus', 'iran', 'apt28', 'sandworm', 'korea'];
const TYPED_WORD = 'ransomware';

function buildExtension(): void {
  const result = spawnSync('npx', ['tsx', 'build.ts'], { cwd: ROOT, env: { ...process.env, COUNTERCLAIM_DIST: DIST }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`e2e build failed:\n${result.stdout}${result.stderr}`);
}

/**
 * The browser with the e2e extension. Firefox with `privacy.reduceTimerPrecision` off: it
 * otherwise rounds `performance.now()` to 1 ms in a page that is not cross-origin isolated.
 */
async function launch(kind: BrowserKind): Promise<ExtensionSession> {
  const dir = join(ROOT, DIST, kind === 'chromium' ? 'e2e-chrome' : 'e2e-firefox');
  const { browser, cleanup } = await launchWithExtensionDir(kind, dir, { firefoxPrefs: { 'privacy.reduceTimerPrecision': false } });
  return sessionOf(kind, browser, cleanup);
}

/** One fresh load of the explore page; the probe's stamps once the list's first frame is painted. */
async function loadOnce(session: ExtensionSession, demo: Page): Promise<PaintSample> {
  await demo.bringToFront();
  const page = await openExtensionPage(session, demo, 'explore');
  try {
    const json = await waitFor(
      () =>
        page.evaluate(() => {
          const probe = (window as unknown as { __ccExploreProbe?: ExplorePaint }).__ccExploreProbe;
          if (!probe || probe.painted === 0) return null;
          const fcp = performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint');
          const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
          return JSON.stringify({ ...probe, fcp: fcp ? fcp.startTime : null, domContentLoaded: nav ? nav.domContentLoadedEventEnd : null });
        }),
      'the explore probe stamped the list painted (an e2e build from before the probe?)',
    );
    return JSON.parse(json) as PaintSample;
  } finally {
    await page.close().catch(() => undefined);
  }
}

/**
 * The in-page half of one change, as a plain script (a string: tsx would wrap named functions of a
 * function passed to evaluate in a helper the page does not have).
 */
const CHANGE_SCRIPT = `
window.__ccExploreChange = (selector, kind, value) => new Promise((done) => {
  const control = document.querySelector(selector);
  const main = document.querySelector('[data-testid="explore-main"]');
  if (!control || !main) throw new Error('no ' + selector);
  const s = { t0: 0, settled: 0, rendered: 0, frame: 0, layout: 0, painted: 0, mutations: 0 };
  const observer = new MutationObserver((records) => {
    if (s.frame !== 0) return;
    s.mutations += records.length;
    s.settled = performance.now();
  });
  observer.observe(main, { childList: true, subtree: true, characterData: true, attributes: true });
  requestAnimationFrame(() => {
    s.frame = performance.now();
    void document.body.offsetHeight;
    s.layout = performance.now();
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      s.painted = performance.now();
      observer.disconnect();
      channel.port1.close();
      const list = document.querySelector('[data-testid="claims"]');
      const count = document.querySelector('[data-testid="claims-count"]');
      const of = /(\\d+)\\D*$/.exec(count ? count.textContent || '' : '');
      const settled = Math.max(s.settled, s.rendered, s.t0);
      done({
        value,
        scriptMs: settled - s.t0,
        layoutMs: s.layout - s.frame,
        workMs: settled - s.t0 + (s.layout - s.frame),
        nextFrameMs: s.painted - s.t0,
        mutations: s.mutations,
        matching: list ? Number(of ? of[1] : NaN) : 0,
        items: list ? list.childElementCount : 0,
      });
    };
    channel.port2.postMessage(null);
  });
  s.t0 = performance.now();
  control.value = value;
  control.dispatchEvent(new Event(kind, { bubbles: true }));
  // Preact renders in a microtask queued by the handler: this one runs after it, even when the
  // render changes nothing in the DOM (a narrower search with the same claims).
  queueMicrotask(() => {
    if (s.frame === 0) s.rendered = performance.now();
  });
});
`;

async function change(page: Page, testId: string, kind: 'change' | 'input', value: string): Promise<ChangeSample> {
  const sample = await page.evaluate(
    (selector, k, v) =>
      (window as unknown as { __ccExploreChange(s: string, k: string, v: string): Promise<ChangeSample> }).__ccExploreChange(
        selector,
        k,
        v,
      ),
    `[data-testid="${testId}"]`,
    kind,
    value,
  );
  await new Promise((done) => setTimeout(done, 150));
  return sample;
}

/** The values a select offers, "any" left out. */
async function optionsOf(page: Page, testId: string): Promise<string[]> {
  return page.$$eval(`[data-testid="${testId}"] option`, (options) => options.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
}

const WARMUP_CHANGES = 4;

/** Every filter in one tab: `changes` timed changes each, after a few untimed ones. */
async function measureFilters(page: Page, changes: number): Promise<ExploreFilterResult[]> {
  await page.evaluate(CHANGE_SCRIPT);
  const results: ExploreFilterResult[] = [];
  for (const [label, testId] of SELECTS) {
    const values = await optionsOf(page, testId);
    const samples: ChangeSample[] = [];
    for (let i = 0; samples.length < changes; i += 1) {
      // A value, then back to "any": both are changes a reader makes.
      const value = i % 2 === 0 ? (values[Math.floor(i / 2) % values.length] ?? '') : '';
      const sample = await change(page, testId, 'change', value);
      if (i >= WARMUP_CHANGES) samples.push(sample);
    }
    results.push({ filter: label, samples });
  }
  const search: ChangeSample[] = [];
  for (let i = 0; search.length < changes; i += 1) {
    const value = i % 2 === 0 ? (SEARCH_WORDS[Math.floor(i / 2) % SEARCH_WORDS.length] ?? '') : '';
    const sample = await change(page, 'filter-q', 'input', value);
    if (i >= WARMUP_CHANGES) search.push(sample);
  }
  results.push({ filter: 'search word', samples: search });
  const typing: ChangeSample[] = [];
  for (let i = 0; typing.length < changes; i += 1) {
    const length = i % (TYPED_WORD.length + 1);
    const sample = await change(page, 'filter-q', 'input', TYPED_WORD.slice(0, length));
    if (i >= WARMUP_CHANGES) typing.push(sample);
  }
  results.push({ filter: 'search, typing', samples: typing });
  await change(page, 'filter-q', 'input', '');
  return results;
}

async function measureBrowser(kind: BrowserKind, options: ExploreOptions, demoUrl: string): Promise<ExploreBrowserResult> {
  const session = await launch(kind);
  const result: ExploreBrowserResult = { kind, version: await session.browser.version(), loads: [], filters: [], errors: [] };
  try {
    const { page: demo } = await session.openPage(demoUrl);
    await waitForScan(demo);
    for (let i = 0; i < options.loadWarmup + options.loads; i += 1) {
      try {
        const sample = await loadOnce(session, demo);
        if (i >= options.loadWarmup) result.loads.push(sample);
      } catch (error) {
        result.errors.push(`load ${i}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    const paints = result.loads.map((l) => l.painted);
    console.log(`[explore ${kind}] first paint of the list: median ${median(paints).toFixed(1)} ms over ${paints.length} loads`);
    await demo.bringToFront();
    const page = await openExtensionPage(session, demo, 'explore');
    await page.bringToFront();
    await page.waitForSelector('[data-testid="claims"] li');
    result.filters = await measureFilters(page, options.changes);
    for (const f of result.filters) {
      console.log(
        `[explore ${kind}] ${f.filter}: work ${median(f.samples.map((s) => s.workMs)).toFixed(2)} ms, to next frame ${median(f.samples.map((s) => s.nextFrameMs)).toFixed(2)} ms`,
      );
    }
    await page.close().catch(() => undefined);
  } catch (error) {
    result.errors.push(error instanceof Error ? error.message : String(error));
  } finally {
    await session.close();
  }
  return result;
}

/** Builds the e2e extension, then measures in every browser. */
export async function runExploreBench(options: ExploreOptions, data: ExploreSummary['data']): Promise<ExploreSummary> {
  buildExtension();
  const server = await startFixtureServer([DEMO_DIR]);
  const browsers: ExploreBrowserResult[] = [];
  try {
    for (const kind of options.browsers) browsers.push(await measureBrowser(kind, options, server.url('news.html')));
  } finally {
    await server.close();
  }
  return {
    date: new Date().toISOString().slice(0, 10),
    data,
    loads: options.loads,
    loadWarmup: options.loadWarmup,
    changes: options.changes,
    browsers,
  };
}
