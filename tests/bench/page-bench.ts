/**
 * In-page half of the benchmark, bundled by esbuild (iife) and evaluated in the page under test.
 * It installs `globalThis.__ccBench`, which `run.ts` drives over CDP.
 *
 * Every method does the whole job once and returns how much it found, so no work can be skipped
 * as dead code; `measure` repeats a method after warm-up and returns each sample's milliseconds
 * per run. A sample runs the method as many times as fill about `minSampleMs` (calibrated on the
 * last warm-up run): a small page's scan takes a few microseconds, near the resolution of
 * `performance.now()` (5 µs on the cross-origin-isolated pages run.ts serves).
 * mark.js rewrites the DOM, so it runs on a fresh deep clone of <body> per run (cloning is done
 * before the sample and not timed), which keeps the live document identical for the other methods.
 */
import Mark from 'mark.js';
import type { MatchIndex } from '../../src/data/match-index';
import type { Matcher } from '../../src/match/types';
import type { MatchIndexMessage } from '../../src/shared/messages';
import { createMentionStore } from '../../src/content/mentions';
import { iterateTextRuns } from '../../src/content/page-text';
import { mentionsIn } from '../../src/content/scanner';
import { liveRangeOf } from '../../src/content/spans';
import { MAX_MENTIONS_PER_PAGE } from '../../src/match/limits';
import { finderFor, pageFinderFor, scanWithContentPath, wireOf } from './ours';
import type { MarksTax } from './report';

export type MethodName = 'floor' | 'floorFiltered' | 'floorChars' | 'runs' | 'ours' | 'regex' | 'markRegExp' | 'markArray';

interface AliasSet {
  index: MatchIndex;
  finder: Matcher;
  regex: RegExp;
  terms: string[];
}

export interface Measurement {
  /** Milliseconds per run, one entry per timed sample. */
  times: number[];
  /** Runs per sample. */
  batch: number;
  /** Mentions found (characters read, for the floors). */
  count: number;
  /** Set when the method failed, e.g. mark.js overflowing the stack. */
  error?: string;
}

export interface BenchApi {
  load(key: string, index: MatchIndex, terms: string[]): number;
  measure(specs: readonly MeasureSpec[]): Measurement[];
  buildTimes(key: string, warmup: number, runs: number): number[];
  /**
   * The page's part of getting a name finder, timed: decode and open the background's message
   * (`wireOf(index)`, built in Node), build the finder. Called first thing in a fresh page, it
   * runs cold, as in a content script.
   */
  coldBuild(wire: MatchIndexMessage): number;
  pageStats(): { chars: number; textNodes: number };
  /** Hits of gated names before the context gate decides them: the finder's context test runs only where there are some. */
  gatedCandidates(key: string): number;
  markArrayOverflow(key: string): { count: number | null; error: string };
  /**
   * How a fresh page warms up: `chunks` times, `reps` runs of the character floor then `reps` of
   * ours with the names of `key`; milliseconds per run of each, per chunk.
   */
  warmupCurve(key: string, chunks: number, reps: number): { floor: number[]; ours: number[] };
  /** What marks cost the page's own DOM work (see `marksTax`). */
  marksTax(key: string, rounds: number, reps: number): MarksTax;
  /** The character floor's running checksum: its loop has an observable result, so it cannot be optimised away. */
  checksum(): number;
}

const sets = new Map<string, AliasSet>();

/** Written by the character floor so its loop has an observable result. */
let charSink = 0;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One alternation, longest first so the regex engine prefers the longest name at a position. */
function alternation(terms: readonly string[]): RegExp {
  const texts = [...new Set(terms)].sort((a, b) => b.length - a.length);
  return new RegExp(texts.map(escapeRegExp).join('|'), 'giu');
}

function aliasSet(key: string): AliasSet {
  const set = sets.get(key);
  if (!set) throw new Error(`alias set ${key} not loaded`);
  return set;
}

/** The floor: visit every text node under <body> and read its data. */
function floor(): number {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let chars = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) chars += (node as Text).data.length;
  return chars;
}

const SKIPPED_PARENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'TEMPLATE']);

/**
 * A second floor: the least any scanner must do, a walk that skips script/style subtrees through
 * a filter callback (one call from C++ into JavaScript per element) and reads the remaining text.
 */
function floorFiltered(): number {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.nodeType !== Node.ELEMENT_NODE
        ? NodeFilter.FILTER_ACCEPT
        : SKIPPED_PARENTS.has(node.nodeName)
          ? NodeFilter.FILTER_REJECT
          : NodeFilter.FILTER_SKIP,
  });
  let chars = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) chars += (node as Text).data.length;
  return chars;
}

/**
 * The sum of `data`'s UTF-16 units. A function of its own, not a loop inside the walk's loop:
 * V8 optimises it apart from the walk, with feedback for both one- and two-byte text, and the
 * floor read the generated page's mix of English and Chinese paragraphs about 40% faster so
 * (Chromium 156; 5–10% on the corpus pages) than with the loop written inline.
 */
function sumOfUnits(data: string): number {
  let sum = 0;
  for (let i = 0; i < data.length; i += 1) sum = (sum + data.charCodeAt(i)) | 0;
  return sum;
}

/**
 * The character floor: every character of every text node a matcher has to read (outside
 * script/style/noscript/textarea/template, the page's "text chars"), each loaded with
 * `charCodeAt` and summed: the least any matcher must do, since it has to look at each character.
 */
function floorChars(): number {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let chars = 0;
  let sum = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (SKIPPED_PARENTS.has(node.parentNode?.nodeName ?? '')) continue;
    const data = (node as Text).data;
    sum = (sum + sumOfUnits(data)) | 0;
    chars += data.length;
  }
  charSink ^= sum;
  return chars;
}

/**
 * Our page layer alone: the content script's walk into text runs (src/content/page-text.ts, as
 * `mentionsIn` calls it) with no matching, to tell the walk's share of "ours" from the finder's.
 */
function textRuns(): number {
  let chars = 0;
  for (const run of iterateTextRuns(document.body, { shadowRoots: false, skipElement: () => false })) chars += run.text.length;
  return chars;
}

/** A RegExp alternation over each text node on its own: what a quick content script would do. */
function regex(set: AliasSet): number {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let found = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (SKIPPED_PARENTS.has(node.parentNode?.nodeName ?? '')) continue;
    const text = (node as Text).data;
    set.regex.lastIndex = 0;
    for (let match = set.regex.exec(text); match; match = set.regex.exec(text)) {
      // A StaticRange, as CSS.highlights takes: a live Range would stay registered with the
      // document until collected, and make every later DOM mutation on the page dearer.
      new StaticRange({ startContainer: node, startOffset: match.index, endContainer: node, endOffset: match.index + match[0].length });
      found += 1;
    }
  }
  return found;
}

/** mark.js options closest to ours: whole names, whole-word accuracy, its default case/diacritics handling. */
const MARK_OPTIONS = { separateWordSearch: false, accuracy: 'exactly', acrossElements: false } as const;

function markRegExp(set: AliasSet, root: HTMLElement): number {
  let found = 0;
  new Mark(root).markRegExp(set.regex, { ...MARK_OPTIONS, done: (count: number) => (found = count) });
  return found;
}

function markArray(set: AliasSet, root: HTMLElement): number {
  let found = 0;
  new Mark(root).mark(set.terms, { ...MARK_OPTIONS, done: (count: number) => (found = count) });
  return found;
}

function runOnce(method: MethodName, set: AliasSet | null, root: HTMLElement | null): number {
  switch (method) {
    case 'floor':
      return floor();
    case 'floorFiltered':
      return floorFiltered();
    case 'floorChars':
      return floorChars();
    case 'runs':
      return textRuns();
    case 'ours':
      return scanWithContentPath(document.body, (set as AliasSet).finder);
    case 'regex':
      return regex(set as AliasSet);
    case 'markRegExp':
      return markRegExp(set as AliasSet, root as HTMLElement);
    case 'markArray':
      return markArray(set as AliasSet, root as HTMLElement);
  }
}

function needsClone(method: MethodName): boolean {
  return method === 'markRegExp' || method === 'markArray';
}

const FLOORS: readonly MethodName[] = ['floor', 'floorFiltered', 'floorChars', 'runs'];

/** Most runs in one sample (a sample of sub-microsecond runs would otherwise take thousands). */
const MAX_BATCH = 200;

/** Runs `method` `batch` times back to back; returns milliseconds per run and the last count. */
function sample(method: MethodName, set: AliasSet | null, batch: number): { ms: number; count: number } {
  const roots = needsClone(method) ? Array.from({ length: batch }, () => document.body.cloneNode(true) as HTMLElement) : [];
  let count = 0;
  const started = performance.now();
  for (let i = 0; i < batch; i += 1) count = runOnce(method, set, roots[i] ?? null);
  return { ms: (performance.now() - started) / batch, count };
}

/** One method with one name set ('' for the floors), and how often to run it. */
export interface MeasureSpec {
  method: MethodName;
  key: string;
  /** Warm-up: at least this many runs and this much of the method's own running time (see `measure`). */
  warmup: number;
  warmupMs: number;
  runs: number;
  minSampleMs: number;
  /** Stop sampling once this much time went into the spec (at least one timed sample is kept). */
  budgetMs: number;
}

/** A warm-up run this slow is warm enough: JIT and cache effects are lost in its length. */
const SLOW_RUN_MS = 500;

/** Rounds of the warm-up phase at most, whatever `warmupMs` asks (a guard, not a setting). */
const MAX_WARMUP_ROUNDS = 10_000;

interface SpecState {
  /** Single warm-up runs still owed, and the warm-up time run so far. */
  warmupLeft: number;
  warmedMs: number;
  spentMs: number;
}

/** Run `batch` runs of `spec`; returns milliseconds per run and keeps the count found. */
function runBatch(spec: MeasureSpec, set: AliasSet | null, result: Measurement, batch: number): number {
  const { ms, count } = sample(spec.method, set, batch);
  result.count = count;
  return ms;
}

function isWarm(spec: MeasureSpec, own: SpecState): boolean {
  return own.warmupLeft <= 0 && own.warmedMs >= spec.warmupMs;
}

/**
 * Time every spec, in two phases of interleaved rounds (each round gives every spec a turn, so
 * the methods compared share the machine's state of the moment, and none benefits from running
 * second: JIT, caches, GC debt):
 * - warm-up: a spec's first `warmup` turns are one run each; further turns are batches lasting
 *   about `minSampleMs`, until the spec has run for `warmupMs` in all. On a fresh small page every
 *   method keeps getting faster for its first hundred or two runs; warmed by a count of runs, a
 *   fast method (more runs per sample) was sampled further along that curve than a slow one (see
 *   docs/benchmark.md, "Warm-up");
 * - timing: `runs` samples of `batch` runs each, `batch` set so that a sample lasts about
 *   `minSampleMs`. A spec whose runs take seconds (mark.js on a page with thousands of matches)
 *   stops after its time budget, and a warm-up run over `SLOW_RUN_MS` ends its warm-up.
 */
function measure(specs: readonly MeasureSpec[]): Measurement[] {
  const chosen = specs.map((spec) => (FLOORS.includes(spec.method) ? null : aliasSet(spec.key)));
  const results: Measurement[] = specs.map(() => ({ times: [], batch: 1, count: 0 }));
  const state: SpecState[] = specs.map((spec) => ({ warmupLeft: spec.warmup, warmedMs: 0, spentMs: 0 }));
  const turn = (i: number, action: () => void) => {
    const result = results[i] as Measurement;
    if (result.error) return;
    try {
      action();
    } catch (error) {
      result.error = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    }
  };
  for (let round = 0; round < MAX_WARMUP_ROUNDS; round += 1) {
    let warming = false;
    specs.forEach((spec, i) => {
      const own = state[i] as SpecState;
      const result = results[i] as Measurement;
      if (result.error || isWarm(spec, own)) return;
      warming = true;
      turn(i, () => {
        const batch = own.warmupLeft > 0 ? 1 : result.batch;
        const ms = runBatch(spec, chosen[i] as AliasSet | null, result, batch);
        own.warmupLeft -= 1;
        own.warmedMs += ms * batch;
        // Timed samples keep the batch the last warm-up turn sets: about `minSampleMs` of runs.
        result.batch = Math.max(1, Math.min(MAX_BATCH, Math.ceil(spec.minSampleMs / Math.max(ms, 0.01))));
        if (ms >= SLOW_RUN_MS) {
          own.warmupLeft = 0;
          own.warmedMs = Math.max(own.warmedMs, spec.warmupMs);
        }
      });
    });
    if (!warming) break;
  }
  const rounds = Math.max(...specs.map((spec) => spec.runs));
  for (let round = 0; round < rounds; round += 1) {
    specs.forEach((spec, i) => {
      const result = results[i] as Measurement;
      const own = state[i] as SpecState;
      const done = result.times.length >= spec.runs || (result.times.length > 0 && own.spentMs >= spec.budgetMs);
      if (done) return;
      turn(i, () => {
        const batch = result.batch;
        const ms = runBatch(spec, chosen[i] as AliasSet | null, result, batch);
        own.spentMs += ms * batch;
        result.times.push(ms);
      });
    });
  }
  return results;
}

function load(key: string, index: MatchIndex, terms: string[]): number {
  const started = performance.now();
  const finder = finderFor(index);
  const buildMs = performance.now() - started;
  sets.set(key, { index, finder, regex: alternation(terms), terms: [...new Set(terms)] });
  return buildMs;
}

/** Warm times of the page's part of getting a name finder for a set (the message decoded and opened, the finder built). */
function buildTimes(key: string, warmup: number, runs: number): number[] {
  const wire = wireOf(aliasSet(key).index);
  const times: number[] = [];
  for (let i = 0; i < warmup + runs; i += 1) {
    const started = performance.now();
    pageFinderFor(wire);
    if (i >= warmup) times.push(performance.now() - started);
  }
  return times;
}

/** Size of the page as a reader sees it: text outside script/style, for grouping pages. */
function pageStats(): { chars: number; textNodes: number } {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let chars = 0;
  let textNodes = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (SKIPPED_PARENTS.has(node.parentNode?.nodeName ?? '')) continue;
    textNodes += 1;
    chars += (node as Text).data.length;
  }
  return { chars, textNodes };
}

function markArrayThrows(terms: readonly string[], count: number): string | null {
  const root = document.createElement('div');
  root.textContent = 'A paragraph that names Ministry of State Security and nobody else.';
  try {
    new Mark(root).mark(terms.slice(0, count), MARK_OPTIONS);
    return null;
  } catch (error) {
    return error instanceof Error ? `${error.name}: ${error.message.slice(0, 80)}…` : String(error);
  }
}

/**
 * Smallest keyword count at which mark.js `mark(array)` throws, on a small detached paragraph
 * (doubling from 100, then bisecting), or null if all of the set's terms work. mark.js handles
 * keywords in nested callbacks, so the stack grows with their number until a regex compile fails.
 */
function markArrayOverflow(key: string): { count: number | null; error: string } {
  const { terms } = aliasSet(key);
  let ok = 0;
  let failing = 100;
  let error = markArrayThrows(terms, failing);
  while (!error && failing < terms.length) {
    ok = failing;
    failing = Math.min(failing * 2, terms.length);
    error = markArrayThrows(terms, failing);
  }
  if (!error) return { count: null, error: '' };
  while (failing - ok > 10) {
    const mid = Math.floor((ok + failing) / 2);
    const midError = markArrayThrows(terms, mid);
    if (midError) {
      failing = mid;
      error = midError;
    } else ok = mid;
  }
  return { count: failing, error };
}

function gatedCandidates(key: string): number {
  const { finder } = aliasSet(key);
  let count = 0;
  for (const run of iterateTextRuns(document.body, { shadowRoots: false }))
    count += finder.findAll(run.text).filter((hit) => hit.gated === true).length;
  return count;
}

function coldBuild(wire: MatchIndexMessage): number {
  const started = performance.now();
  const finder = pageFinderFor(wire);
  const ms = performance.now() - started;
  charSink ^= finder.patterns.length;
  return ms;
}

function warmupCurve(key: string, chunks: number, reps: number): { floor: number[]; ours: number[] } {
  const set = aliasSet(key);
  const timed = (method: MethodName) => sample(method, method === 'ours' ? set : null, reps).ms;
  const floor: number[] = [];
  const ours: number[] = [];
  for (let chunk = 0; chunk < chunks; chunk += 1) {
    floor.push(timed('floorChars'));
    ours.push(timed('ours'));
  }
  return { floor, ours };
}

/** A page script's DOM work: 200 text nodes appended to `target` and split, then all removed. */
function pageScriptWork(target: HTMLElement): void {
  for (let i = 0; i < 200; i += 1) {
    const node = document.createTextNode(`item ${i}`);
    target.append(node);
    node.splitText(2);
  }
  target.textContent = '';
}

/**
 * What the extension's marks cost the page's own scripts. Every DOM mutation updates each live
 * Range registered with the document, so the page's work is timed with no marks, with the
 * scanner's marks, then with the same names as live Ranges too (last: a live Range stays
 * registered until collected, so there is no going back to none).
 */
function marksTax(key: string, rounds: number, reps: number): MarksTax {
  const { finder } = aliasSet(key);
  const target = document.body.appendChild(document.createElement('div'));
  const timed = () => {
    const started = performance.now();
    for (let r = 0; r < reps; r += 1) pageScriptWork(target);
    return (performance.now() - started) / reps;
  };
  const store = createMentionStore(MAX_MENTIONS_PER_PAGE);
  const marks = [];
  for (const found of mentionsIn(document.body, finder, MAX_MENTIONS_PER_PAGE, () => undefined)) {
    for (const { range, text, patternIndex } of found) {
      marks.push({ range, text, actorId: (finder.patterns.at(patternIndex) as { actorId: string }).actorId });
    }
  }
  const result: MarksTax = { marks: marks.length, none: Infinity, ours: Infinity, live: Infinity };
  for (let round = 0; round < rounds; round += 1) {
    store.clear();
    result.none = Math.min(result.none, timed());
    store.add(marks);
    result.ours = Math.min(result.ours, timed());
  }
  const live = marks.map((mark) => liveRangeOf(mark.range));
  for (let round = 0; round < rounds; round += 1) result.live = Math.min(result.live, timed());
  charSink ^= live.length;
  store.clear();
  target.remove();
  return result;
}

const api: BenchApi = {
  load,
  measure,
  buildTimes,
  coldBuild,
  pageStats,
  gatedCandidates,
  markArrayOverflow,
  warmupCurve,
  marksTax,
  checksum: () => charSink,
};
(globalThis as unknown as { __ccBench: BenchApi }).__ccBench = api;
