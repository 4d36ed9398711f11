/**
 * The benchmark (issues 4 and 11): `npm run bench [corpusDir] [--write-docs]`. To iterate:
 * `--only=matcher|startup|explore`, `--limit=N` or `--pages=a.html,b.html` (corpus pages of the matcher
 * family), `--startup-runs=N`, `--startup-pages=…`, `--browsers=chromium,firefox` (start-up family),
 * `--field=<compact dataset>` (instead of src/data/dataset.compact.json), `--warmup-ms=N` (each
 * method's least warm-up time on a page, matcher family; 100 by default), `--explore-loads=N`,
 * `--explore-changes=N` (explore family). `--docs-from=` a run of the explore family alone rewrites only its section. `--docs-from=<results.json>`
 * rewrites docs/benchmark.md from a saved run without measuring.
 *
 * One run, three measurement families, each in its own function (add a family the same way):
 * - `runMatcherBench`: every corpus page (default ../shared/corpus/readability) and a generated
 *   1 MB page served from 127.0.0.1 to headless Chromium with the page's own scripts blocked (a
 *   `script-src 'none'` CSP header, see corpus-server.ts for why not `setJavaScriptEnabled(false)`)
 *   and every sub-resource refused, so the DOM is the parser's and stays still. Into each page it
 *   evaluates one esbuild bundle (page-bench.ts: the content script's scan path with the name
 *   finder built from the match index, the floors, mark.js, a RegExp baseline) and times, per page,
 *   the median of repeated samples after warm-up.
 * - `runStartupBench` (startup.ts): the e2e extension built with the field-scale dataset and with
 *   the 54-name dataset of before; content-script start-up to the first finished scan and the
 *   extension's JS heap on pages without mentions, in Chromium and Firefox.
 * - `runExploreBench` (explore.ts, issue 12): the explore page of the e2e extension with the bundled
 *   dataset, in Chromium and Firefox: first paint of the claims list, and each filter change to
 *   the next frame, against one 60 Hz frame.
 * Prints the tables; `--write-docs` also writes docs/benchmark.md (only after a run of the matcher
 * and start-up families over the whole corpus; `--only=explore --write-docs` rewrites only the
 * explore section, and a full rewrite keeps that section). Not a test: nothing is asserted, the numbers are read against
 * the goals of issues 4 and 11.
 */
import * as esbuild from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { expandDataset, type CompactDataset } from '../../src/data/compact';
import type { MatchIndex } from '../../src/data/match-index';
import type { Dataset } from '../../src/data/schema';
import { DEFAULT_CORPUS_DIR, isCjk, listCorpus, type CorpusPage } from '../e2e/harness/corpus';
import { startCorpusServer, type CorpusServer } from '../e2e/harness/corpus-server';
import { ARTIFACTS, ROOT, type BrowserKind } from '../e2e/harness/paths';
import { launchPlain } from '../e2e/harness/plain-browsers';
import { actorNames, generatedIndex, realIndex } from './aliases';
import { wireOf } from './ours';
import { writeBenchmarkDoc, writeExploreSection } from './docs';
import { runExploreBench } from './explore';
import { renderExplore } from './explore-report';
import { GENERATED_PAGE_FILE, generatePage } from './generated-page';
import type { BenchApi, Measurement, MeasureSpec, MethodName } from './page-bench';
import {
  groupOf,
  median,
  renderTables,
  type AliasSetKey,
  type BenchSummary,
  type MatcherSummary,
  type PageResult,
  type MarksTax,
  type Timing,
  type WarmupCurve,
} from './report';
import { BASELINE_DATASET, DEFAULT_STARTUP_PAGES, FIELD_DATASET, runStartupBench } from './startup';
import { renderStartup } from './startup-report';

/**
 * Each method's least warm-up time on a page, in milliseconds, unless `--warmup-ms` says: on a
 * fresh small page every method keeps getting faster for its first hundred or two runs, and the
 * same time, not the same count, warms each as far (docs/benchmark.md, "Warm-up").
 */
const DEFAULT_WARMUP_MS = 100;

type Repeats = Record<MethodName, Omit<MeasureSpec, 'method' | 'key'>>;

/**
 * Warm-up runs and time, timed samples, and the least duration of one sample per method: a sample
 * repeats the method until it lasts that long (page-bench.ts), so sub-millisecond runs are well
 * above the timer's resolution; short, so the scheduler of a shared machine seldom cuts a sample.
 */
function repeatsFor(warmupMs: number): Repeats {
  const timed = { warmup: 2, warmupMs, runs: 15, minSampleMs: 1, budgetMs: 5000 };
  return {
    floor: timed,
    floorFiltered: timed,
    floorChars: timed,
    runs: timed,
    ours: timed,
    regex: timed,
    markRegExp: timed,
    markArray: { warmup: 0, warmupMs: 0, runs: 1, minSampleMs: 0, budgetMs: 0 },
  };
}
/** mark(array) runs once per page until this much time is spent, then is skipped (it is ~100× slower). */
const MARK_ARRAY_BUDGET_MS = 90_000;

type Family = 'matcher' | 'startup' | 'explore';

interface Options {
  corpusDir: string;
  writeDocs: boolean;
  limit: number;
  /** Only these corpus pages (file names), for iterating on a few. */
  pages: string[] | undefined;
  families: readonly Family[];
  startupRuns: number;
  startupWarmup: number;
  startupPages: string[];
  browsers: BrowserKind[];
  /** The field-scale compact dataset, relative to the project root. */
  field: string;
  exploreLoads: number;
  exploreChanges: number;
  /** Each method's least warm-up time on a page, matcher family (`--warmup-ms`). */
  warmupMs: number;
}

function parseArgs(argv: readonly string[]): Options {
  const positional = argv.filter((arg) => !arg.startsWith('--'));
  const value = (name: string) => argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
  const only = value('only');
  if (only !== undefined && only !== 'matcher' && only !== 'startup' && only !== 'explore')
    throw new Error(`--only must be matcher, startup or explore, not ${only}`);
  const browsers = (value('browsers') ?? 'chromium,firefox')
    .split(',')
    .filter((b): b is BrowserKind => b === 'chromium' || b === 'firefox');
  return {
    corpusDir: resolve(positional[0] ?? DEFAULT_CORPUS_DIR),
    writeDocs: argv.includes('--write-docs'),
    limit: Number(value('limit') ?? Infinity),
    pages: value('pages')?.split(','),
    families: only ? [only] : ['matcher', 'startup', 'explore'],
    startupRuns: Number(value('startup-runs') ?? 25),
    startupWarmup: Number(value('startup-warmup') ?? 2),
    startupPages: value('startup-pages')?.split(',') ?? DEFAULT_STARTUP_PAGES,
    browsers,
    field: value('field') ?? FIELD_DATASET,
    exploreLoads: Number(value('explore-loads') ?? 25),
    exploreChanges: Number(value('explore-changes') ?? 40),
    warmupMs: Number(value('warmup-ms') ?? DEFAULT_WARMUP_MS),
  };
}

function readDataset(path: string): Dataset {
  return expandDataset(JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as CompactDataset);
}

/** The in-page half as one iife script. */
async function bundlePageScript(): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [join(ROOT, 'tests/bench/page-bench.ts')],
    bundle: true,
    format: 'iife',
    write: false,
    minify: true,
    target: ['chrome120'],
    logLevel: 'warning',
  });
  return result.outputFiles[0]?.text ?? '';
}

function toTiming(measurement: Measurement): Timing {
  const ms = measurement.times.length > 0 && !measurement.error ? median(measurement.times) : null;
  return { ms, count: measurement.count, ...(measurement.error ? { error: measurement.error } : {}) };
}

/** A name set loaded in the page: field, 5k, the 54 names of before ('old'), or none (floors). */
type Keyed = AliasSetKey | 'old' | '';

async function measureSpecs(page: Page, wanted: readonly [MethodName, Keyed][], repeats: Repeats): Promise<Timing[]> {
  const specs: MeasureSpec[] = wanted.map(([method, key]) => ({ method, key, ...repeats[method] }));
  const measurements = await page.evaluate((s) => (globalThis as unknown as { __ccBench: BenchApi }).__ccBench.measure(s), specs);
  return measurements.map(toTiming);
}

/**
 * Serve `page`'s own document cross-origin isolated, refusing everything else. The document is
 * fetched from the corpus server (so its script-blocking CSP stays) and answered with
 * COOP/COEP headers added: a cross-origin-isolated page gets `performance.now()` at 5 µs
 * instead of 0.1 ms, so a sample can stay short — on a shared machine a short sample is less often
 * cut by the scheduler.
 */
async function serveIsolated(page: Page, origin: string): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.isInterceptResolutionHandled()) return;
    const ignoreGone = () => undefined;
    if (!(request.isNavigationRequest() && request.frame() === page.mainFrame() && request.url().startsWith(`${origin}/`))) {
      request.abort('blockedbyclient').catch(ignoreGone);
      return;
    }
    void fetch(request.url())
      .then(async (response) => {
        const headers: Record<string, string> = Object.fromEntries(response.headers);
        headers['cross-origin-opener-policy'] = 'same-origin';
        headers['cross-origin-embedder-policy'] = 'require-corp';
        await request.respond({ status: response.status, headers, body: Buffer.from(await response.arrayBuffer()) });
      })
      .catch(() => request.abort('failed').catch(ignoreGone));
  });
}

/** A fresh tab on `url` with scripts off and sub-resources refused, with the bench script and name sets loaded. */
async function openBenchPage(
  browser: Browser,
  url: string,
  origin: string,
  script: string,
  sets: Record<AliasSetKey | 'old', MatchIndex>,
): Promise<Page> {
  const page = await browser.newPage();
  await serveIsolated(page, origin);
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  if (!(await page.evaluate(() => crossOriginIsolated))) throw new Error(`${url} is not cross-origin isolated: the timer would be coarse`);
  // CDP evaluation, not addScriptTag: the page's CSP (script-src 'none') refuses a <script> element.
  await page.evaluate(script);
  await page.evaluate(
    (all) => {
      const bench = (globalThis as unknown as { __ccBench: BenchApi }).__ccBench;
      for (const [key, index, terms] of all) bench.load(key, index, terms);
    },
    (['real', 'gen', 'old'] as const).map((key) => [key, sets[key], actorNames(sets[key])] as [string, MatchIndex, string[]]),
  );
  return page;
}

interface MarkBudget {
  spentMs: number;
  /** Set when mark(array) overflowed the stack with the real names. */
  overflow?: string;
}

/**
 * The scans, on one page, sampled in interleaved rounds (page-bench.ts `measure`). None of them
 * changes the DOM, and both `ours` and `regex` make StaticRanges, which no DOM change updates.
 */
const SCANS: readonly [MethodName, Keyed][] = [
  ['floor', ''],
  ['floorFiltered', ''],
  ['floorChars', ''],
  ['runs', ''],
  ['ours', 'real'],
  ['ours', 'gen'],
  ['ours', 'old'],
  ['regex', 'real'],
  ['regex', 'gen'],
];

/**
 * mark.js, on a fresh page of its own: it wraps its matches in <mark> elements, and every DOM
 * mutation updates each live Range still registered with the document, so on a shared page it
 * paid for the live Ranges the other methods had left there (up to 40× on the smallest pages
 * with a 100 ms warm-up, when `regex` and ours still made live Ranges).
 */
const MARKS: readonly [MethodName, Keyed][] = [
  ['markRegExp', 'real'],
  ['markRegExp', 'gen'],
];

async function measurePage(
  openPage: () => Promise<Page>,
  file: string,
  group: (chars: number) => string,
  budget: MarkBudget,
  repeats: Repeats,
): Promise<{ result: PageResult; page: Page }> {
  const page = await openPage();
  let stats: { chars: number; textNodes: number; gatedCandidates: number };
  let scans: Timing[];
  try {
    stats = await page.evaluate(() => {
      const bench = (globalThis as unknown as { __ccBench: BenchApi }).__ccBench;
      return { ...bench.pageStats(), gatedCandidates: bench.gatedCandidates('real') };
    });
    scans = await measureSpecs(page, SCANS, repeats);
  } finally {
    await page.close().catch(() => undefined);
  }
  const [floor, floorFiltered, floorChars, runs, oursReal, oursGen, oursOld, regexReal, regexGen] = scans;
  const markPage = await openPage();
  const [markReal, markGen] = (await measureSpecs(markPage, MARKS, repeats)) as Timing[];
  const result: PageResult = {
    file,
    group: group(stats.chars),
    chars: stats.chars,
    textNodes: stats.textNodes,
    gatedCandidates: stats.gatedCandidates,
    floor: floor as Timing,
    floorFiltered: floorFiltered as Timing,
    floorChars: floorChars as Timing,
    textRuns: runs as Timing,
    ours: { real: oursReal as Timing, gen: oursGen as Timing },
    oursBaseline: oursOld as Timing,
    regex: { real: regexReal as Timing, gen: regexGen as Timing },
    markRegExp: { real: markReal as Timing, gen: markGen as Timing },
    markArray: null,
  };
  if (budget.spentMs < MARK_ARRAY_BUDGET_MS && budget.overflow === undefined) {
    result.markArray = ((await measureSpecs(markPage, [['markArray', 'real']], repeats)) as Timing[])[0] as Timing;
    budget.spentMs += result.markArray.ms ?? 0;
    // Its stack overflows with the number of keywords, whatever the page: no use trying again.
    if (result.markArray.error?.includes('Stack overflow')) budget.overflow = result.markArray.error;
  }
  return { result, page: markPage };
}

async function measureBuild(page: Page): Promise<Record<AliasSetKey, number>> {
  const times = await page.evaluate(() => {
    const bench = (globalThis as unknown as { __ccBench: BenchApi }).__ccBench;
    return { real: bench.buildTimes('real', 3, 15), gen: bench.buildTimes('gen', 3, 15) };
  });
  return { real: median(times.real), gen: median(times.gen) };
}

/** Runs per chunk, and chunks, of the warm-up curve. */
const WARMUP_CURVE_REPS = 20;
const WARMUP_CURVE_CHUNKS = 15;

/**
 * How ours and the character floor warm up on the small pages: each page fresh, then chunks of
 * runs of each in turn (page-bench.ts `warmupCurve`); milliseconds per run summed over the pages.
 */
async function measureWarmupCurve(files: readonly string[], open: (file: string) => Promise<Page>): Promise<WarmupCurve> {
  const curve: WarmupCurve = { pages: 0, reps: WARMUP_CURVE_REPS, floor: [], ours: [] };
  for (const file of files) {
    const page = await open(file);
    try {
      const one = await page.evaluate(
        (args) => (globalThis as unknown as { __ccBench: BenchApi }).__ccBench.warmupCurve('real', args[0], args[1]),
        [WARMUP_CURVE_CHUNKS, WARMUP_CURVE_REPS] as const,
      );
      one.floor.forEach((ms, i) => (curve.floor[i] = (curve.floor[i] ?? 0) + ms));
      one.ours.forEach((ms, i) => (curve.ours[i] = (curve.ours[i] ?? 0) + ms));
      curve.pages += 1;
    } finally {
      await page.close().catch(() => undefined);
    }
  }
  return curve;
}

/** Fresh pages per name set for the cold build: each builds one finder, the first code it runs. */
const COLD_BUILDS = 9;

/**
 * The name finder's build as a content script pays it: cold, in a JavaScript context that has run
 * none of its code yet (every page's content script is a fresh world). One fresh tab per build,
 * alternating between the field and the 54-name index.
 */
async function measureColdBuild(
  browser: Browser,
  script: string,
  sets: Record<'real' | 'old', MatchIndex>,
): Promise<Record<'real' | 'old', number>> {
  const times: Record<'real' | 'old', number[]> = { real: [], old: [] };
  const wires = { real: wireOf(sets.real), old: wireOf(sets.old) };
  for (let i = 0; i < COLD_BUILDS * 2; i += 1) {
    const key = i % 2 === 0 ? 'real' : 'old';
    const page = await browser.newPage();
    try {
      await page.goto('about:blank');
      await page.evaluate(script);
      times[key].push(
        await page.evaluate((wire) => (globalThis as unknown as { __ccBench: BenchApi }).__ccBench.coldBuild(wire), wires[key]),
      );
    } finally {
      await page.close().catch(() => undefined);
    }
  }
  return { real: median(times.real), old: median(times.old) };
}

/** Rounds and runs per round of the marks' cost to the page (page-bench.ts `marksTax`). */
const MARKS_TAX_ROUNDS = 9;
const MARKS_TAX_REPS = 10;

/** What the marks cost a page script's DOM work, on a fresh page of its own (closed after). */
async function measureMarksTax(page: Page): Promise<MarksTax> {
  try {
    return await page.evaluate((args) => (globalThis as unknown as { __ccBench: BenchApi }).__ccBench.marksTax('real', args[0], args[1]), [
      MARKS_TAX_ROUNDS,
      MARKS_TAX_REPS,
    ] as const);
  } finally {
    await page.close().catch(() => undefined);
  }
}

async function probeOverflow(page: Page): Promise<string> {
  const probe = await page.evaluate(() => (globalThis as unknown as { __ccBench: BenchApi }).__ccBench.markArrayOverflow('gen'));
  return probe.count === null ? 'no overflow with all 5,000 keywords' : `throws from about ${probe.count} keywords on (${probe.error})`;
}

function progress(index: number, total: number, result: PageResult): void {
  const ms = (timing: Timing) => timing.ms?.toFixed(2) ?? 'err';
  console.log(
    `[${index + 1}/${total}] ${result.file} (${result.group}, ${result.chars} chars): char floor ${ms(result.floorChars)} ms, ` +
      `ours ${ms(result.ours.real)} ms, markRegExp ${ms(result.markRegExp.real)} ms`,
  );
}

/** Family 1: per-page scan cost of ours against the floors and the baselines, in plain Chromium. */
async function runMatcherBench(options: Options, server: CorpusServer): Promise<MatcherSummary> {
  const corpus = listCorpus(options.corpusDir)
    .filter((page) => !options.pages || options.pages.includes(page.file))
    .slice(0, options.limit);
  const real = realIndex(readDataset(options.field));
  const sets = { real, gen: generatedIndex(real), old: realIndex(readDataset(BASELINE_DATASET)) };
  const pages: (CorpusPage & { generated?: true })[] = [
    ...corpus,
    { file: GENERATED_PAGE_FILE, bytes: 0, lang: 'en', script: 'latin', category: 'generated', generated: true },
  ];
  server.setPage(GENERATED_PAGE_FILE, generatePage(actorNames(real)));
  const browser = await launchPlain('chromium');
  const script = await bundlePageScript();
  const openPage = (file: string) => openBenchPage(browser, server.url(file, { scripts: 'off' }), server.origin, script, sets);
  const repeats = repeatsFor(options.warmupMs);
  const budget: MarkBudget = { spentMs: 0 };
  const results: PageResult[] = [];
  let buildMs: Record<AliasSetKey, number> = { real: Number.NaN, gen: Number.NaN };
  let overflow = 'not probed';
  let marksTax: MarksTax | undefined;
  try {
    for (const [index, entry] of pages.entries()) {
      let page: Page | null = null;
      try {
        const open = () => openPage(entry.file);
        const group = (chars: number) => groupOf(chars, isCjk(entry), entry.generated === true);
        const measured = await measurePage(open, entry.file, group, budget, repeats);
        page = measured.page;
        const result = measured.result;
        results.push(result);
        progress(index, pages.length, result);
        if (entry.generated) {
          buildMs = await measureBuild(page);
          overflow = await probeOverflow(page);
          marksTax = await measureMarksTax(await open());
        }
      } catch (error) {
        console.error(`[${index + 1}/${pages.length}] ${entry.file}: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        await page?.close().catch(() => undefined);
      }
    }
    const coldBuildMs = await measureColdBuild(browser, script, sets);
    const warmupCurve = await measureWarmupCurve(
      results.filter((r) => r.group === 'small').map((r) => r.file),
      openPage,
    );
    const markPages = results.filter((r) => r.markArray).length;
    const { ours, markRegExp } = repeats;
    return {
      browserVersion: await browser.version(),
      aliasCounts: { real: actorNames(sets.real).length, gen: actorNames(sets.gen).length, old: actorNames(sets.old).length },
      ...(budget.overflow ? { markArrayRealOverflow: budget.overflow } : {}),
      buildMs,
      coldBuildMs,
      warmupCurve,
      markArrayOverflow: overflow,
      ...(marksTax ? { marksTax } : {}),
      repeats:
        `median of ${ours.runs} samples after a warm-up of at least ${ours.warmup} runs and ${ours.warmupMs} ms for the floors, ours, RegExp and markRegExp (${markRegExp.runs} after ${markRegExp.warmup} runs and ${markRegExp.warmupMs} ms), ` +
        `sampled in interleaved rounds (mark.js on a fresh page of its own), each sample repeating the method to last at least ${ours.minSampleMs} ms ` +
        `(a method whose runs take seconds stops after ${(markRegExp.budgetMs / 1000).toFixed(0)} s on a page, with at least one sample after one warm-up run); ` +
        `mark(array) once per page with the real names only, on ${markPages} of ${results.length} pages (${(MARK_ARRAY_BUDGET_MS / 1000).toFixed(0)} s budget)`,
      pages: results,
    };
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const docsFrom = process.argv.find((arg) => arg.startsWith('--docs-from='))?.slice('--docs-from='.length);
  if (docsFrom) {
    // Rewrite docs/benchmark.md from a saved run (artifacts/bench/results.json), measuring nothing.
    const saved = JSON.parse(readFileSync(resolve(docsFrom), 'utf8')) as BenchSummary;
    if (saved.explore && !saved.matcher && !saved.startup) writeExploreSection(saved.explore, saved.load);
    else writeBenchmarkDoc(saved);
    return;
  }
  const options = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const server = await startCorpusServer([options.corpusDir]);
  const summary: BenchSummary = { date: new Date().toISOString().slice(0, 10), corpusDir: options.corpusDir, durationS: 0, load: [] };
  const noteLoad = (when: string) => summary.load.push({ when, oneMinute: Number((loadavg()[0] ?? 0).toFixed(1)) });
  noteLoad('start');
  try {
    if (options.families.includes('matcher')) {
      summary.matcher = await runMatcherBench(options, server);
      noteLoad('after the scan-cost family');
    }
    if (options.families.includes('startup')) {
      summary.startup = await runStartupBench(
        {
          browsers: options.browsers,
          pages: options.startupPages,
          warmup: options.startupWarmup,
          runs: options.startupRuns,
          fieldDataset: options.field,
          baselineDataset: BASELINE_DATASET,
        },
        server,
      );
      noteLoad('after the start-up family');
    }
    if (options.families.includes('explore')) {
      const dataset = readDataset(options.field);
      summary.explore = await runExploreBench(
        { browsers: options.browsers, loads: options.exploreLoads, loadWarmup: 3, changes: options.exploreChanges },
        {
          groups: dataset.actors.filter((a) => a.kind === 'threat-group').length,
          names: dataset.actors.reduce((n, a) => n + a.names.length, 0),
          claims: dataset.claims.length,
          actors: dataset.actors.length,
        },
      );
      noteLoad('after the explore family');
    }
  } finally {
    await server.close();
  }
  summary.durationS = Math.round((Date.now() - started) / 1000);
  const sections: string[] = [];
  if (summary.matcher) sections.push(renderTables(summary.matcher));
  if (summary.startup) sections.push(renderStartup(summary.startup));
  if (summary.explore) sections.push(renderExplore(summary.explore));
  const load = summary.load.map((l) => `${l.oneMinute} ${l.when}`).join(', ');
  console.log(`\n${summary.date}, ${summary.durationS} s, load average ${load}\n\n${sections.join('\n\n')}`);
  mkdirSync(join(ARTIFACTS, 'bench'), { recursive: true });
  writeFileSync(join(ARTIFACTS, 'bench/results.json'), `${JSON.stringify(summary, null, 2)}\n`);
  if (options.writeDocs && summary.explore && !summary.matcher && !summary.startup) {
    writeExploreSection(summary.explore, summary.load);
  } else if (options.writeDocs) {
    if (!summary.matcher || !summary.startup || Number.isFinite(options.limit) || options.pages) {
      throw new Error('--write-docs needs both families over the whole corpus (no --only, --limit or --pages)');
    }
    writeBenchmarkDoc(summary);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
