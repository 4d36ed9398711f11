/**
 * The matcher benchmark (issue 4): `npm run bench [corpusDir] [--write-docs] [--limit=N]`.
 *
 * Serves every corpus page (default ../shared/corpus/readability) and a generated 1 MB page from
 * 127.0.0.1 to headless Chromium with the page's own scripts blocked (a `script-src 'none'` CSP
 * header, see corpus-server.ts for why not `setJavaScriptEnabled(false)`) and every sub-resource
 * refused, so the DOM is the parser's and stays still. Into each page it evaluates one esbuild bundle
 * (page-bench.ts: our page layer + matcher, mark.js, a RegExp baseline) and times, per page, the
 * median of repeated runs after warm-up. Prints the table; `--write-docs` also writes
 * docs/benchmark.md. Not a test: nothing is asserted, the numbers are read against issue 4's targets.
 */
import * as esbuild from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import type { MatchPattern } from '../../src/match/types';
import { allowOnlyDocuments, DEFAULT_CORPUS_DIR, isCjk, listCorpus, type CorpusPage } from '../e2e/harness/corpus';
import { ARTIFACTS, ROOT } from '../e2e/harness/paths';
import { launchPlain } from '../e2e/harness/plain-browsers';
import { startCorpusServer } from '../e2e/harness/corpus-server';
import { generatedPatterns, realPatterns } from './aliases';
import { writeBenchmarkDoc } from './docs';
import { GENERATED_PAGE_FILE, generatePage } from './generated-page';
import type { BenchApi, Measurement, MethodName } from './page-bench';
import { groupOf, median, renderTables, type AliasSetKey, type BenchSummary, type PageResult, type Timing } from './report';

/** Warm-up and timed runs per method. Few, so the whole corpus fits in a few minutes on 2 cores. */
const REPEATS: Record<MethodName, { warmup: number; runs: number }> = {
  floor: { warmup: 2, runs: 7 },
  floorFiltered: { warmup: 2, runs: 7 },
  ours: { warmup: 2, runs: 7 },
  regex: { warmup: 2, runs: 7 },
  markRegExp: { warmup: 1, runs: 3 },
  markArray: { warmup: 0, runs: 1 },
};
/** mark(array) runs once per page until this much time is spent, then is skipped (it is ~100× slower). */
const MARK_ARRAY_BUDGET_MS = 90_000;

interface Options {
  corpusDir: string;
  writeDocs: boolean;
  limit: number;
}

function parseArgs(argv: readonly string[]): Options {
  const positional = argv.filter((arg) => !arg.startsWith('--'));
  const limitArg = argv.find((arg) => arg.startsWith('--limit='));
  return {
    corpusDir: resolve(positional[0] ?? DEFAULT_CORPUS_DIR),
    writeDocs: argv.includes('--write-docs'),
    limit: limitArg ? Number(limitArg.slice('--limit='.length)) : Infinity,
  };
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

async function measureKeys(page: Page, method: MethodName, keys: readonly (AliasSetKey | '')[]): Promise<Timing[]> {
  const { warmup, runs } = REPEATS[method];
  const measurements = await page.evaluate(
    (m, k, w, r) => (globalThis as unknown as { __ccBench: BenchApi }).__ccBench.measure(m, k, w, r),
    method,
    keys,
    warmup,
    runs,
  );
  return measurements.map(toTiming);
}

async function measure(page: Page, method: MethodName, key: AliasSetKey | ''): Promise<Timing> {
  const [timing] = await measureKeys(page, method, [key]);
  return timing as Timing;
}

async function measureBoth(page: Page, method: MethodName): Promise<Record<AliasSetKey, Timing>> {
  const [real, gen] = await measureKeys(page, method, ['real', 'gen']);
  return { real: real as Timing, gen: gen as Timing };
}

/** A fresh tab on `url` with scripts off and sub-resources refused, with the bench script and alias sets loaded. */
async function openBenchPage(browser: Browser, url: string, origin: string, script: string, sets: Record<AliasSetKey, MatchPattern[]>): Promise<Page> {
  const page = await browser.newPage();
  await allowOnlyDocuments(page, origin);
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  // CDP evaluation, not addScriptTag: the page's CSP (script-src 'none') refuses a <script> element.
  await page.evaluate(script);
  await page.evaluate(
    (real, gen) => {
      const bench = (globalThis as unknown as { __ccBench: BenchApi }).__ccBench;
      bench.load('real', real);
      bench.load('gen', gen);
    },
    sets.real,
    sets.gen,
  );
  return page;
}

interface MarkBudget {
  spentMs: number;
}

async function measurePage(page: Page, file: string, group: (chars: number) => string, budget: MarkBudget): Promise<PageResult> {
  const stats = await page.evaluate(() => (globalThis as unknown as { __ccBench: BenchApi }).__ccBench.pageStats());
  const result: PageResult = {
    file,
    group: group(stats.chars),
    chars: stats.chars,
    textNodes: stats.textNodes,
    floor: await measure(page, 'floor', ''),
    floorFiltered: await measure(page, 'floorFiltered', ''),
    ours: await measureBoth(page, 'ours'),
    regex: await measureBoth(page, 'regex'),
    markRegExp: await measureBoth(page, 'markRegExp'),
    markArray: null,
  };
  if (budget.spentMs < MARK_ARRAY_BUDGET_MS) {
    result.markArray = await measure(page, 'markArray', 'real');
    budget.spentMs += result.markArray.ms ?? 0;
  }
  return result;
}

async function measureBuild(page: Page): Promise<Record<AliasSetKey, number>> {
  const times = await page.evaluate(() => {
    const bench = (globalThis as unknown as { __ccBench: BenchApi }).__ccBench;
    return { real: bench.buildTimes('real', 3, 15), gen: bench.buildTimes('gen', 3, 15) };
  });
  return { real: median(times.real), gen: median(times.gen) };
}

async function probeOverflow(page: Page): Promise<string> {
  const probe = await page.evaluate(() => (globalThis as unknown as { __ccBench: BenchApi }).__ccBench.markArrayOverflow('gen'));
  return probe.count === null ? 'no overflow with all 5,000 keywords' : `throws from about ${probe.count} keywords on (${probe.error})`;
}

function progress(index: number, total: number, result: PageResult): void {
  const ours = result.ours.real.ms?.toFixed(1) ?? 'err';
  const floor = result.floor.ms?.toFixed(1) ?? 'err';
  console.log(`[${index + 1}/${total}] ${result.file} (${result.group}, ${result.chars} chars): floor ${floor} ms, ours ${ours} ms`);
}

async function runBench(options: Options): Promise<BenchSummary> {
  const started = Date.now();
  const corpus = listCorpus(options.corpusDir).slice(0, options.limit);
  const real = realPatterns();
  const sets = { real, gen: generatedPatterns(real) };
  const pages: (CorpusPage & { generated?: true })[] = [...corpus, { file: GENERATED_PAGE_FILE, bytes: 0, lang: 'en', script: 'latin', category: 'generated', generated: true }];
  const server = await startCorpusServer([options.corpusDir]);
  server.setPage(GENERATED_PAGE_FILE, generatePage(real));
  const browser = await launchPlain('chromium');
  const script = await bundlePageScript();
  const budget: MarkBudget = { spentMs: 0 };
  const results: PageResult[] = [];
  let buildMs: Record<AliasSetKey, number> = { real: Number.NaN, gen: Number.NaN };
  let overflow = 'not probed';
  try {
    for (const [index, entry] of pages.entries()) {
      let page: Page | null = null;
      try {
        page = await openBenchPage(browser, server.url(entry.file, { scripts: 'off' }), server.origin, script, sets);
        const result = await measurePage(page, entry.file, (chars) => groupOf(chars, isCjk(entry), entry.generated === true), budget);
        results.push(result);
        progress(index, pages.length, result);
        if (entry.generated) {
          buildMs = await measureBuild(page);
          overflow = await probeOverflow(page);
        }
      } catch (error) {
        console.error(`[${index + 1}/${pages.length}] ${entry.file}: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        await page?.close().catch(() => undefined);
      }
    }
    const markPages = results.filter((r) => r.markArray).length;
    return {
      date: new Date().toISOString().slice(0, 10),
      browserVersion: await browser.version(),
      corpusDir: options.corpusDir,
      aliasCounts: { real: sets.real.length, gen: sets.gen.length },
      buildMs,
      markArrayOverflow: overflow,
      repeats:
        `median of ${REPEATS.ours.runs} runs after ${REPEATS.ours.warmup} warm-up runs for floor, ours and RegExp; ` +
        `${REPEATS.markRegExp.runs} after ${REPEATS.markRegExp.warmup} for markRegExp; mark(array) once per page with the real aliases only, ` +
        `on ${markPages} of ${results.length} pages (${(MARK_ARRAY_BUDGET_MS / 1000).toFixed(0)} s budget)`,
      pages: results,
      durationS: Math.round((Date.now() - started) / 1000),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const summary = await runBench(options);
  const tables = renderTables(summary);
  console.log(`\n${summary.browserVersion}, ${summary.date}, ${summary.pages.length} pages in ${summary.durationS} s\n`);
  console.log(tables);
  mkdirSync(join(ARTIFACTS, 'bench'), { recursive: true });
  writeFileSync(join(ARTIFACTS, 'bench/results.json'), `${JSON.stringify(summary, null, 2)}\n`);
  if (options.writeDocs) writeBenchmarkDoc(summary, tables);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
