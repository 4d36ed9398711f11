/**
 * Content-script start-up and heap (issue 11, figure a), in the real extension: the e2e build
 * made twice, once with the field-scale dataset and once with the 54-name dataset of before
 * (tests/bench/fixtures/dataset-54.compact.json), through `COUNTERCLAIM_DATASET` (build.ts), each
 * into its own folder under artifacts/bench/. Each browser has one instance per build, alive for
 * the whole measurement, so its background stays warm; loads alternate between the builds.
 *
 * One load: a fresh tab opens a corpus page with no mentions (scripts off, sub-resources refused),
 * waits for the content script's first scan to finish, and reads through the e2e page bridge the
 * content script's own `performance.now()` stamps: `injectedAt` (src/content/e2e-bridge.ts) and
 * the scanner's `firstStart`/`firstEnd`. In Chromium it then forces two full garbage collections
 * over CDP (`HeapProfiler.collectGarbage`) and reads `Runtime.getHeapUsage` for the tab's renderer:
 * V8's used heap plus array-buffer backing stores, of every world of the page. Main-world scripts
 * are blocked, so, beside the browser's own per-page baseline (measured in the same way in a
 * Chromium without the extension), that is the content script's isolated world: the extension's
 * JS heap on the page.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { expandDataset, type CompactDataset } from '../../src/data/compact';
import { compileMatchIndex } from '../../src/data/match-index';
import { allowOnlyDocuments } from '../e2e/harness/corpus';
import type { CorpusServer } from '../e2e/harness/corpus-server';
import { askContentScript, pageSummary } from '../e2e/harness/extension';
import { ROOT, type BrowserKind } from '../e2e/harness/paths';
import { launchWithExtensionDir } from '../e2e/harness/browsers';
import { launchPlain } from '../e2e/harness/plain-browsers';
import { wireOf } from './ours';
import { median } from './report';

/** A build of the extension to compare, or `none`: the same browser without the extension (heap baseline). */
export type VariantKey = 'field' | 'baseline' | 'none';

export interface Variant {
  key: VariantKey;
  label: string;
  /** The compact dataset bundled, relative to the project; '' for `none`. */
  dataset: string;
  /** Actor names and blockers in its match index, and actors with names. */
  names: number;
  blockers: number;
  actors: number;
  /** Minified sizes of the production build: the dataset must stay out of content.js. */
  contentJsBytes: number;
  backgroundJsBytes: number;
  /** Characters of the match-index message a page receives (JSON, as Chromium serialises it). */
  messageChars?: number;
}

/** One page load. Times in ms from the content script's injection stamp; heap in bytes (Chromium). */
export interface StartupSample {
  /** Round of the alternation: the field and 54-name loads of one round are a pair. */
  round: number;
  toScanStartMs: number;
  totalMs: number;
  mentions: number;
  /** Start-up phases (src/content/e2e-bridge.ts `markStartup`), ms from injection; the first scan's start and end too. */
  phases?: Record<string, number>;
  heap?: { usedSize: number; backingStorageSize: number; embedderHeapUsedSize: number };
}

export interface StartupCell {
  browser: BrowserKind;
  page: string;
  variant: VariantKey;
  samples: StartupSample[];
  errors: string[];
}

export interface StartupSummary {
  variants: Variant[];
  browsers: { kind: BrowserKind; version: string }[];
  pages: string[];
  warmup: number;
  runs: number;
  cells: StartupCell[];
}

export interface StartupOptions {
  browsers: readonly BrowserKind[];
  /** Corpus pages with no mentions under either dataset (checked: `mentions` is reported). */
  pages: readonly string[];
  warmup: number;
  runs: number;
  /** Compact dataset files, relative to the project root. */
  fieldDataset: string;
  baselineDataset: string;
}

export const DEFAULT_STARTUP_PAGES = ['nytimes-4.html', 'cnet.html'];
export const FIELD_DATASET = 'src/data/dataset.compact.json';
export const BASELINE_DATASET = 'tests/bench/fixtures/dataset-54.compact.json';

/** How long a load may take to finish its first scan before it counts as failed. */
const SCAN_TIMEOUT_MS = 15_000;
const POLL_MS = 25;
/** The `none` variant has no scan to wait for; its heap is read this long after load. */
const NONE_SETTLE_MS = 300;
/** Timed loads without the extension: its heap after GC barely varies, so a few suffice. */
const NONE_RUNS = 7;

function distFor(key: VariantKey): string {
  return `artifacts/bench/dist-${key}`;
}

/** Builds the extension with `dataset` into artifacts/bench/dist-<key> (build.ts, COUNTERCLAIM_DATASET). */
function buildVariant(key: VariantKey, label: string, dataset: string): Variant {
  const result = spawnSync('npx', ['tsx', 'build.ts'], {
    cwd: ROOT,
    env: { ...process.env, COUNTERCLAIM_DATASET: dataset, COUNTERCLAIM_DIST: distFor(key) },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`build with ${dataset} failed:\n${result.stdout}${result.stderr}`);
  const index = compileMatchIndex(expandDataset(JSON.parse(readFileSync(join(ROOT, dataset), 'utf8')) as CompactDataset));
  const size = (file: string) => statSync(join(ROOT, distFor(key), 'chrome', file)).size;
  return {
    key,
    label,
    dataset,
    names: index.names.filter(([, actor]) => actor >= 0).length,
    blockers: index.names.filter(([, actor]) => actor < 0).length,
    actors: index.actorIds.length,
    contentJsBytes: size('content.js'),
    backgroundJsBytes: size('background.js'),
    messageChars: JSON.stringify({ ok: true, value: wireOf(index) }).length,
  };
}

interface Instance {
  variant: VariantKey;
  browser: Browser;
  cleanup: () => void;
}

async function launchVariant(kind: BrowserKind, variant: VariantKey): Promise<Instance> {
  if (variant === 'none') return { variant, browser: await launchPlain(kind), cleanup: () => undefined };
  const dir = join(ROOT, distFor(variant), kind === 'chromium' ? 'e2e-chrome' : 'e2e-firefox');
  return { variant, ...(await launchWithExtensionDir(kind, dir)) };
}

interface ScanStamps {
  firstStart: number;
  firstEnd: number;
}

/**
 * Wait, polling inside the page every POLL_MS (no round trip to Node per poll), until the content
 * script's scanner reports a finished first scan; returns its stamps.
 */
async function waitForFirstScan(page: Page): Promise<ScanStamps> {
  // No named function inside: tsx would wrap it in a `__name` helper that the page does not have.
  const json = await page.evaluate(
    (timeoutMs, pollMs) =>
      new Promise<string | null>((done) => {
        const deadline = performance.now() + timeoutMs;
        const timer = setInterval(() => {
          let detail: string | null = null;
          const stop = new AbortController();
          document.addEventListener('counterclaim-e2e:stats-result', (event) => (detail = String((event as CustomEvent<unknown>).detail)), {
            signal: stop.signal,
          });
          // Synchronous: the content script's listener answers before dispatchEvent returns.
          document.dispatchEvent(new CustomEvent('counterclaim-e2e:stats'));
          stop.abort();
          const stats = detail === null ? null : (JSON.parse(detail) as { firstEnd: number } | null);
          if ((stats && stats.firstEnd > 0) || performance.now() > deadline) {
            clearInterval(timer);
            done(stats && stats.firstEnd > 0 ? detail : null);
          }
        }, pollMs);
      }),
    SCAN_TIMEOUT_MS,
    POLL_MS,
  );
  if (json === null) throw new Error(`no first scan within ${SCAN_TIMEOUT_MS} ms`);
  return JSON.parse(json) as ScanStamps;
}

/** Two forced full collections, then the renderer isolate's heap (Chromium only). */
async function heapAfterGc(page: Page): Promise<NonNullable<StartupSample['heap']>> {
  const cdp = await page.createCDPSession();
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize, backingStorageSize, embedderHeapUsedSize } = await cdp.send('Runtime.getHeapUsage');
    return { usedSize, backingStorageSize, embedderHeapUsedSize };
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

async function loadOnce(instance: Instance, kind: BrowserKind, url: string, origin: string, round: number): Promise<StartupSample> {
  const page = await instance.browser.newPage();
  try {
    await allowOnlyDocuments(page, origin);
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    let sample: StartupSample = { round, toScanStartMs: Number.NaN, totalMs: Number.NaN, mentions: 0 };
    if (instance.variant === 'none') await new Promise((done) => setTimeout(done, NONE_SETTLE_MS));
    else {
      const stamps = await waitForFirstScan(page);
      const injected = await askContentScript<{ injectedAt: number; marks?: Record<string, number> }>(
        page,
        'counterclaim-e2e:injected',
        'counterclaim-e2e:injected-result',
      );
      if (!injected)
        throw new Error('the content script did not answer counterclaim-e2e:injected (an e2e build from before the bridge had it?)');
      const summary = await pageSummary(page);
      sample = {
        round,
        toScanStartMs: stamps.firstStart - injected.injectedAt,
        totalMs: stamps.firstEnd - injected.injectedAt,
        mentions: summary?.mentionCount ?? -1,
        phases: Object.fromEntries(
          Object.entries({ ...injected.marks, scanStarted: stamps.firstStart, scanEnded: stamps.firstEnd }).map(([label, at]) => [
            label,
            at - injected.injectedAt,
          ]),
        ),
      };
    }
    if (kind === 'chromium') sample.heap = await heapAfterGc(page);
    return sample;
  } finally {
    await page.close().catch(() => undefined);
  }
}

/** Median time from injection to each start-up phase, in the order they happen; null without phases. */
export function phaseMedians(samples: readonly StartupSample[]): string | null {
  const labels = new Set(samples.flatMap((s) => Object.keys(s.phases ?? {})));
  if (labels.size === 0) return null;
  return [...labels]
    .map((label) => [label, median(samples.map((s) => s.phases?.[label]).filter((v): v is number => v !== undefined))] as const)
    .sort((a, b) => a[1] - b[1])
    .map(([label, at]) => `${label} ${at.toFixed(1)}`)
    .join(', ');
}

/** Variants measured in `kind`: both builds; in Chromium also no extension, for the heap baseline. */
function variantsFor(kind: BrowserKind): VariantKey[] {
  return kind === 'chromium' ? ['field', 'baseline', 'none'] : ['field', 'baseline'];
}

async function measureBrowser(kind: BrowserKind, options: StartupOptions, server: CorpusServer, cells: StartupCell[]): Promise<string> {
  const instances: Instance[] = [];
  try {
    for (const variant of variantsFor(kind)) instances.push(await launchVariant(kind, variant));
    const version = await (instances[0] as Instance).browser.version();
    for (const file of options.pages) {
      const row = instances.map((instance) => {
        const cell: StartupCell = { browser: kind, page: file, variant: instance.variant, samples: [], errors: [] };
        cells.push(cell);
        return { instance, cell };
      });
      const url = server.url(file, { scripts: 'off' });
      for (let round = 0; round < options.warmup + options.runs; round += 1) {
        // Alternate the order, so neither build always loads right after the other.
        const order = round % 2 === 0 ? row : [...row].reverse();
        for (const { instance, cell } of order) {
          if (instance.variant === 'none' && round >= options.warmup + NONE_RUNS) continue;
          try {
            const sample = await loadOnce(instance, kind, url, server.origin, round);
            if (round >= options.warmup) cell.samples.push(sample);
          } catch (error) {
            cell.errors.push(error instanceof Error ? error.message : String(error));
          }
        }
      }
      const line = row
        .map(({ cell }) => {
          const times = cell.samples.map((s) => s.totalMs).filter((t) => !Number.isNaN(t));
          const heaps = cell.samples.map((s) => (s.heap ? s.heap.usedSize + s.heap.backingStorageSize : Number.NaN));
          const time = times.length > 0 ? `${median(times).toFixed(1)} ms` : '';
          const heap = heaps.some((h) => !Number.isNaN(h)) ? `${(median(heaps) / 1024).toFixed(0)} KiB` : '';
          return `${cell.variant} ${[time, heap].filter(Boolean).join(', ')}${cell.errors.length ? ` (${cell.errors.length} errors)` : ''}`;
        })
        .join('; ');
      console.log(`[start-up ${kind}] ${file}: ${line}`);
      for (const { cell } of row) {
        const phases = phaseMedians(cell.samples);
        if (phases) console.log(`  ${cell.variant} phases (median ms from injection): ${phases}`);
      }
    }
    return version;
  } finally {
    for (const instance of instances) {
      await instance.browser.close().catch(() => undefined);
      instance.cleanup();
    }
  }
}

/** Builds both variants, then measures every page in every browser. */
export async function runStartupBench(options: StartupOptions, server: CorpusServer): Promise<StartupSummary> {
  const variants = [
    buildVariant('field', 'bundled dataset', options.fieldDataset),
    buildVariant('baseline', '54 names (before issue 11)', options.baselineDataset),
  ];
  for (const v of variants) {
    console.log(
      `[start-up] ${v.label} (${relative(ROOT, join(ROOT, v.dataset))}): ${v.names} names, ${v.blockers} blockers, ${v.actors} actors; content.js ${v.contentJsBytes} B, background.js ${v.backgroundJsBytes} B, match-index message ${v.messageChars ?? '?'} chars`,
    );
  }
  const cells: StartupCell[] = [];
  const browsers: StartupSummary['browsers'] = [];
  for (const kind of options.browsers) browsers.push({ kind, version: await measureBrowser(kind, options, server, cells) });
  return { variants, browsers, pages: [...options.pages], warmup: options.warmup, runs: options.runs, cells };
}
