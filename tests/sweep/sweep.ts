/**
 * The reliability sweep (issue 7): every page loaded with and without the production build, the
 * differences reported as harm.
 *
 * Each page is loaded four times per browser, each time in a fresh tab, with every sub-resource
 * refused (only the page's own document and the extension's packaged files load):
 * - live (the page's scripts run), without and with the extension: page errors and console errors
 *   the extension adds, extension exceptions, requests;
 * - static (the page's scripts blocked by a `script-src 'none'` CSP header, so the DOM is the
 *   parser's and stays still), without and with: the DOM serialisations must be identical once
 *   our host is removed; mentions, longest task and layout shift are read here, where the page
 *   itself does nothing, so what differs is ours.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { launchWithExtension, type ExtensionSession } from '../e2e/harness/browsers';
import { allowOnlyDocuments } from '../e2e/harness/corpus';
import { startCorpusServer, type CorpusServer } from '../e2e/harness/corpus-server';
import type { BrowserKind } from '../e2e/harness/paths';
import { launchPlain } from '../e2e/harness/plain-browsers';
import { hoverFirstMention, installProbes, mentionCount, readProbes, serializeWithoutHost, type ProbeReading } from './page-probes';
import { watchChromiumExtension, watchChromiumPage, watchFirefoxPage, type ErrorRecord, type Recorder, type RequestRecord } from './watch';

/** With the extension, every page gets at least this long after `load` (the content script starts at document_idle). */
const MIN_SETTLE_MS = 600;
/** Then the mention count must hold still between two polls this far apart… */
const POLL_MS = 300;
/** …or the page is read anyway after this long. */
const MAX_SETTLE_MS = 8000;
const NAVIGATION_TIMEOUT_MS = 45_000;
/** Layout shift below this is float noise, not a shift a reader could see. */
export const LAYOUT_SHIFT_EPSILON = 0.001;

type Mode = 'live' | 'static';

interface LoadResult {
  errors: ErrorRecord[];
  requests: RequestRecord[];
  extensionFiles: string[];
  probes: ProbeReading | null;
  html: string | null;
  serverPaths: string[];
  loadError: string | null;
  /** How long the page was watched after `load`. */
  waitedMs: number;
  /** Static load with the extension on a page with mentions: did hovering the first open the card? */
  cardOpened?: boolean;
}

export interface PageReport {
  file: string;
  mentions: number;
  /** Main-world exceptions present with the extension and not without (multiset difference). */
  pageErrorsAdded: string[];
  /** Console/log errors of the page present with the extension and not without. */
  consoleErrorsAdded: string[];
  /** Exceptions and console errors of the content script or background, during this page. */
  extensionErrors: string[];
  domChanged: boolean;
  /** Where the serialisations first differ, with context. */
  domDiff: string | null;
  /** Requests the extension made (not its own packaged files), and requests only the extension run made. */
  extensionRequests: string[];
  /** Requests the fixture server saw for anything other than the page itself. */
  serverExtraRequests: string[];
  hosts: number;
  /** On pages with mentions, whether hovering the first opened the card (its host is then in the page). */
  cardOpened: boolean | null;
  adoptedSheets: number;
  longestTaskMs: { with: number | null; without: number | null };
  layoutShift: { with: number | null; without: number | null };
  /** Layout shift with minus without, when the browser measures it. */
  layoutShiftAdded: number | null;
  /** What moved in the load with the extension (see page-probes.ts). */
  shiftSources: string[];
  /** Extension files loaded into the page (info: local, not network). */
  extensionFiles: string[];
  /** Navigation failures or harness errors; a page that fails to load is reported, not hidden. */
  loadErrors: string[];
  /** Harm seen on a first pass that did not happen again on a second (reported, not counted). */
  notReproduced: string[];
}

export interface SweepReport {
  kind: BrowserKind;
  corpusDir: string;
  date: string;
  browserVersion: string;
  pages: PageReport[];
  durationS: number;
}

export interface SweepOptions {
  kind: BrowserKind;
  /** Folders served, looked up in order (corpus first). */
  roots: readonly string[];
  /** Page files to sweep (relative to a root). */
  files: readonly string[];
  /** Label for the report (the corpus folder). */
  corpusDir: string;
  onPage?: (report: PageReport, index: number, total: number) => void;
  /**
   * Load with and without the extension at the same time (half the wall time). The two browsers
   * then compete for the CPU, so long-task numbers are only comparable in sequential runs.
   */
  parallel?: boolean;
}

interface SweepContext {
  kind: BrowserKind;
  server: CorpusServer;
  withExtension: ExtensionSession;
  without: Browser;
  background: Recorder;
  parallel: boolean;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Wait for the scan: a minimum, then until the mention count stops changing. */
async function settle(page: Page): Promise<void> {
  await sleep(MIN_SETTLE_MS);
  const deadline = Date.now() + MAX_SETTLE_MS;
  let last = await mentionCount(page);
  while (Date.now() < deadline) {
    await sleep(POLL_MS);
    const now = await mentionCount(page);
    if (now === last) return;
    last = now;
  }
}

async function openWatched(context: SweepContext, browser: Browser, recorder: Recorder): Promise<{ page: Page; extensionFiles: string[] }> {
  const page = await browser.newPage();
  // Some saved pages call alert() (remove-script-tags.html); a dialog would hold the load forever.
  page.on('dialog', (dialog) => void dialog.dismiss().catch(() => undefined));
  if (context.kind === 'chromium') await watchChromiumPage(page, recorder);
  else watchFirefoxPage(page, recorder);
  await page.evaluateOnNewDocument(installProbes);
  const policy = await allowOnlyDocuments(page, context.server.origin);
  return { page, extensionFiles: policy.extensionFiles };
}

/**
 * Load `file` once. With the extension, wait for the scan; without it, wait `baselineWait` (the
 * time the run with the extension waited, or until that run is done when both load at once), so
 * late favicon fetches, long tasks and layout shifts after `load` have the same window in both.
 */
async function loadPage(
  context: SweepContext,
  file: string,
  mode: Mode,
  withExtension: boolean,
  baselineWait: number | Promise<unknown> = 0,
): Promise<LoadResult> {
  const recorder: Recorder = { errors: [], requests: [] };
  const browser = withExtension ? context.withExtension.browser : context.without;
  const mark = context.server.requests.length;
  const { page, extensionFiles } = await openWatched(context, browser, recorder);
  const result: LoadResult = {
    errors: recorder.errors,
    requests: recorder.requests,
    extensionFiles,
    probes: null,
    html: null,
    serverPaths: [],
    loadError: null,
    waitedMs: 0,
  };
  try {
    await page.goto(context.server.url(file, { scripts: mode === 'static' ? 'off' : 'on' }), {
      waitUntil: 'load',
      timeout: NAVIGATION_TIMEOUT_MS,
    });
    const loadedAt = Date.now();
    if (withExtension) await settle(page);
    else await (typeof baselineWait === 'number' ? sleep(baselineWait) : baselineWait);
    if (mode === 'static' && withExtension && (await mentionCount(page)) > 0) result.cardOpened = await hoverFirstMention(page);
    result.waitedMs = Date.now() - loadedAt;
    result.probes = await readProbes(page);
    if (mode === 'static') result.html = await serializeWithoutHost(page);
  } catch (error) {
    result.loadError = `${mode}${withExtension ? ' with extension' : ''}: ${error instanceof Error ? error.message : String(error)}`;
  } finally {
    // Navigate away first: it cancels the page's pending loads while interception still holds
    // them (Firefox let some refused requests through to the server when a tab closed mid-load).
    await page.goto('about:blank').catch(() => undefined);
    await page.close().catch(() => undefined);
  }
  result.serverPaths = context.server.requests.slice(mark).map((request) => request.path);
  return result;
}

/** Load `file` with and without the extension: one after the other, or at once when `parallel`. */
async function loadPair(context: SweepContext, file: string, mode: Mode): Promise<[LoadResult, LoadResult]> {
  if (!context.parallel) {
    const withExt = await loadPage(context, file, mode, true);
    return [withExt, await loadPage(context, file, mode, false, withExt.waitedMs)];
  }
  const withExt = loadPage(context, file, mode, true);
  return Promise.all([withExt, loadPage(context, file, mode, false, withExt)]);
}

/** Items of `withExt` left after cancelling one equal item of `without` for each. */
export function multisetAdded(withExt: readonly string[], without: readonly string[]): string[] {
  const pool = new Map<string, number>();
  for (const item of without) pool.set(item, (pool.get(item) ?? 0) + 1);
  return withExt.filter((item) => {
    const left = pool.get(item) ?? 0;
    if (left === 0) return true;
    pool.set(item, left - 1);
    return false;
  });
}

function errorTexts(load: LoadResult, source: ErrorRecord['source'], kinds: readonly ErrorRecord['kind'][]): string[] {
  return load.errors.filter((error) => error.source === source && kinds.includes(error.kind)).map((error) => error.text);
}

function firstDifference(a: string, b: string): string | null {
  if (a === b) return null;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  const excerpt = (s: string) => JSON.stringify(s.slice(Math.max(0, i - 60), i + 100));
  return `at ${i}: without ${excerpt(b)} / with ${excerpt(a)}`;
}

function isPackagedFile(url: string): boolean {
  return url.startsWith('chrome-extension://') || url.startsWith('moz-extension://');
}

/** Requests the extension started (Chromium names the initiator; the extension's own files excluded). */
function initiatedByExtension(load: LoadResult): string[] {
  return load.requests
    .filter((request) => request.byExtension && !isPackagedFile(request.url))
    .map((request) => `${request.url} (from ${request.from}, initiator ${request.initiator})`);
}

/**
 * URLs requested only with the extension, compared where the page's scripts are blocked: the page
 * then asks for the same things every time, so a URL it never asked for is ours. Compared as sets:
 * a refused CSS background image is asked for again at the next style recalculation, so how often
 * the page's own URLs repeat depends on timing, not on what the extension fetches. (With the
 * page's scripts running, timers and random ids make even the sets differ between loads.)
 */
function onlyWithExtension(staticWith: LoadResult, staticWithout: LoadResult, source: string): string[] {
  const before = new Set(staticWithout.requests.map((request) => request.url));
  const added = new Set(
    staticWith.requests
      .filter(
        (request) => !request.byExtension && !isPackagedFile(request.url) && !before.has(request.url) && !referencedBy(source, request.url),
      )
      .map((request) => request.url),
  );
  return [...added].map((url) => `${url} (only with the extension, page scripts blocked)`);
}

/**
 * Whether the page's own HTML names `url` (host and path, as written: absolute, protocol-relative
 * or root-relative). Such a request is the page's sub-resource, asked for again or in a different
 * order (a refused image retried at the next layout, a srcset fallback), never something the
 * extension fetches; the extension's own requests are caught by initiator regardless.
 */
export function referencedBy(source: string, url: string): boolean {
  try {
    const { host, pathname } = new URL(url);
    const path = pathname.length > 1 ? pathname : '';
    if (!path) return false;
    return source.includes(`${host}${path}`) || (url.startsWith('http://127.0.0.1') && source.includes(path.slice(1)));
  } catch {
    return false;
  }
}

/** Server hits other than the page's own document (the browser's favicon probe is the browser's, with or without us). */
function serverExtras(file: string, loads: readonly LoadResult[]): string[] {
  const own = new Set([`/${encodeURI(file)}`, `/${encodeURI(file)}?scripts=off`, '/favicon.ico']);
  return loads.flatMap((load) => load.serverPaths.filter((path) => !own.has(path)));
}

/**
 * Server hits the loads with the extension made beyond those of the same loads without it. Firefox
 * lets a plugin document's request (`<embed src="foo.swf">`) past the request interception in every
 * load, with or without the extension: the page's, not ours.
 */
function serverExtrasAdded(file: string, withExt: readonly LoadResult[], without: readonly LoadResult[]): string[] {
  return multisetAdded(serverExtras(file, withExt), serverExtras(file, without));
}

async function sweepPage(context: SweepContext, file: string, source: string): Promise<PageReport> {
  const backgroundMark = context.background.errors.length;
  const backgroundRequestMark = context.background.requests.length;
  const [liveWith, liveWithout] = await loadPair(context, file, 'live');
  const [staticWith, staticWithout] = await loadPair(context, file, 'static');
  const background = context.background.errors.slice(backgroundMark).map((error) => `background: ${error.text}`);
  const backgroundRequests = context.background.requests
    .slice(backgroundRequestMark)
    .filter((request) => !request.url.startsWith('chrome-extension://'))
    .map((request) => `${request.url} (from background, initiator ${request.initiator})`);
  const withProbes = staticWith.probes;
  const withoutProbes = staticWithout.probes;
  const shiftWith = withProbes?.layoutShift ?? null;
  const shiftWithout = withoutProbes?.layoutShift ?? null;
  return {
    file,
    mentions: withProbes?.mentions ?? 0,
    pageErrorsAdded: multisetAdded(errorTexts(liveWith, 'page', ['exception']), errorTexts(liveWithout, 'page', ['exception'])),
    consoleErrorsAdded: multisetAdded(
      errorTexts(liveWith, 'page', ['console', 'log']),
      errorTexts(liveWithout, 'page', ['console', 'log']),
    ),
    extensionErrors: [
      ...[liveWith, staticWith].flatMap((load) =>
        load.errors.filter((error) => error.source !== 'page').map((error) => `${error.source}: ${error.text}`),
      ),
      ...background,
    ],
    domChanged: staticWith.html !== null && staticWithout.html !== null && staticWith.html !== staticWithout.html,
    domDiff: staticWith.html !== null && staticWithout.html !== null ? firstDifference(staticWith.html, staticWithout.html) : null,
    extensionRequests: [
      ...initiatedByExtension(liveWith),
      ...initiatedByExtension(staticWith),
      ...onlyWithExtension(staticWith, staticWithout, source),
      ...backgroundRequests,
    ],
    serverExtraRequests: serverExtrasAdded(file, [liveWith, staticWith], [liveWithout, staticWithout]),
    hosts: withProbes?.hosts ?? 0,
    cardOpened: staticWith.cardOpened ?? null,
    adoptedSheets: (withProbes?.adoptedSheets ?? 0) - (withoutProbes?.adoptedSheets ?? 0),
    longestTaskMs: { with: withProbes?.longestTaskMs ?? null, without: withoutProbes?.longestTaskMs ?? null },
    layoutShift: { with: shiftWith, without: shiftWithout },
    layoutShiftAdded: shiftWith !== null && shiftWithout !== null ? shiftWith - shiftWithout : null,
    shiftSources: withProbes?.shiftSources ?? [],
    extensionFiles: [...liveWith.extensionFiles, ...staticWith.extensionFiles],
    loadErrors: [liveWithout, liveWith, staticWithout, staticWith].flatMap((load) => (load.loadError ? [load.loadError] : [])),
    notReproduced: [],
  };
}

/** Every harm on a page, one line each (empty when the page is clean). */
export function harmItems(page: PageReport): string[] {
  return [
    ...page.pageErrorsAdded.map((text) => `page error added: ${text}`),
    ...page.consoleErrorsAdded.map((text) => `console error added: ${text}`),
    ...page.extensionErrors,
    ...(page.domChanged ? [`DOM changed ${page.domDiff ?? ''}`] : []),
    ...page.extensionRequests.map((text) => `request: ${text}`),
    ...page.serverExtraRequests.map((text) => `server hit: ${text}`),
    ...((page.layoutShiftAdded ?? 0) > LAYOUT_SHIFT_EPSILON
      ? [`layout shift +${page.layoutShiftAdded?.toFixed(4)} (${page.shiftSources.join('; ')})`]
      : []),
    ...(page.hosts > 1 ? [`${page.hosts} hosts`] : []),
    ...page.loadErrors.map((text) => `load failure: ${text}`),
  ];
}

function intersect(a: readonly string[], b: readonly string[]): string[] {
  return a.filter((item) => !multisetAdded([item], b).length);
}

/**
 * Keep only harm seen on both passes. The live loads run the page's own scripts and the machine
 * may be busy, so a one-off difference can be the page's timing rather than ours; anything the
 * extension causes happens again.
 */
export function confirmHarm(first: PageReport, second: PageReport): PageReport {
  const confirmed: PageReport = {
    ...second,
    pageErrorsAdded: intersect(second.pageErrorsAdded, first.pageErrorsAdded),
    consoleErrorsAdded: intersect(second.consoleErrorsAdded, first.consoleErrorsAdded),
    extensionErrors: intersect(second.extensionErrors, first.extensionErrors),
    domChanged: first.domChanged && second.domChanged,
    extensionRequests: intersect(second.extensionRequests, first.extensionRequests),
    serverExtraRequests: intersect(second.serverExtraRequests, first.serverExtraRequests),
    hosts: Math.min(first.hosts, second.hosts),
    layoutShiftAdded:
      first.layoutShiftAdded === null || second.layoutShiftAdded === null
        ? null
        : Math.min(first.layoutShiftAdded, second.layoutShiftAdded),
    loadErrors: second.loadErrors,
  };
  const kept = harmItems(confirmed);
  confirmed.notReproduced = multisetAdded(harmItems(first), kept);
  return confirmed;
}

function readSource(roots: readonly string[], file: string): string {
  for (const root of roots) {
    const path = join(root, file);
    if (existsSync(path)) return readFileSync(path, 'utf8');
  }
  return '';
}

/** Sweep `files` in one browser kind. Launches and closes its own browsers and server. */
export async function runSweep(options: SweepOptions): Promise<SweepReport> {
  const started = Date.now();
  const server = await startCorpusServer(options.roots);
  const withExtension = await launchWithExtension(options.kind, 'prod');
  const without = await launchPlain(options.kind);
  const background: Recorder = { errors: [], requests: [] };
  try {
    if (options.kind === 'chromium') await watchChromiumExtension(withExtension.browser, background);
    const context: SweepContext = { kind: options.kind, server, withExtension, without, background, parallel: options.parallel ?? false };
    const pages: PageReport[] = [];
    for (const [index, file] of options.files.entries()) {
      const source = readSource(options.roots, file);
      let report = await sweepPage(context, file, source);
      if (harmItems(report).length > 0) report = confirmHarm(report, await sweepPage(context, file, source));
      pages.push(report);
      options.onPage?.(report, index, options.files.length);
    }
    return {
      kind: options.kind,
      corpusDir: options.corpusDir,
      date: new Date().toISOString().slice(0, 10),
      browserVersion: await withExtension.browser.version(),
      pages,
      durationS: Math.round((Date.now() - started) / 1000),
    };
  } finally {
    await withExtension.close();
    await without.close().catch(() => undefined);
    await server.close();
  }
}
