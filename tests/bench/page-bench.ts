/**
 * In-page half of the benchmark, bundled by esbuild (iife) and evaluated in the page under test.
 * It installs `globalThis.__ccBench`, which `run.ts` drives over CDP.
 *
 * Every method does the whole job once and returns how much it found, so no work can be skipped
 * as dead code; `measure` repeats a method after warm-up and returns each run's milliseconds.
 * mark.js rewrites the DOM, so it runs on a fresh deep clone of <body> per run (cloning is not
 * timed), which keeps the live document identical for the other methods.
 */
import Mark from 'mark.js';
import { createMatcher, type MatchPattern, type Matcher } from '../../src/match/matcher';
import { scanWithPageLayer } from './ours';

export type MethodName = 'floor' | 'floorFiltered' | 'ours' | 'regex' | 'markRegExp' | 'markArray';

interface AliasSet {
  patterns: readonly MatchPattern[];
  matcher: Matcher;
  regex: RegExp;
  terms: string[];
}

export interface Measurement {
  times: number[];
  /** Mentions found (characters read, for the floor). */
  count: number;
  /** Set when the method failed, e.g. mark.js overflowing the stack. */
  error?: string;
}

export interface BenchApi {
  load(key: string, patterns: MatchPattern[]): number;
  measure(method: MethodName, keys: readonly string[], warmup: number, runs: number): Measurement[];
  buildTimes(key: string, warmup: number, runs: number): number[];
  pageStats(): { chars: number; textNodes: number };
  markArrayOverflow(key: string): { count: number | null; error: string };
}

const sets = new Map<string, AliasSet>();

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One alternation, longest first so the regex engine prefers the longest name at a position. */
function alternation(patterns: readonly MatchPattern[]): RegExp {
  const texts = [...new Set(patterns.map((p) => p.text))].sort((a, b) => b.length - a.length);
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
      node.nodeType !== Node.ELEMENT_NODE ? NodeFilter.FILTER_ACCEPT : SKIPPED_PARENTS.has(node.nodeName) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP,
  });
  let chars = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) chars += (node as Text).data.length;
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
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
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
    case 'ours':
      return scanWithPageLayer(document.body, (set as AliasSet).matcher);
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

/**
 * Time `method` once per key per round, rounds alternating between the keys, so neither alias set
 * benefits from running second (JIT, caches, GC debt).
 */
function measure(method: MethodName, keys: readonly string[], warmup: number, runs: number): Measurement[] {
  const sets = keys.map((key) => (method === 'floor' || method === 'floorFiltered' ? null : aliasSet(key)));
  const results: Measurement[] = keys.map(() => ({ times: [], count: 0 }));
  for (let round = 0; round < warmup + runs; round += 1) {
    sets.forEach((set, i) => {
      const result = results[i] as Measurement;
      if (result.error) return;
      try {
        const root = needsClone(method) ? (document.body.cloneNode(true) as HTMLElement) : null;
        const started = performance.now();
        result.count = runOnce(method, set, root);
        const elapsed = performance.now() - started;
        if (round >= warmup) result.times.push(elapsed);
      } catch (error) {
        result.error = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      }
    });
  }
  return results;
}

function load(key: string, patterns: MatchPattern[]): number {
  const started = performance.now();
  const matcher = createMatcher(patterns);
  const buildMs = performance.now() - started;
  sets.set(key, { patterns, matcher, regex: alternation(patterns), terms: [...new Set(patterns.map((p) => p.text))] });
  return buildMs;
}

function buildTimes(key: string, warmup: number, runs: number): number[] {
  const { patterns } = aliasSet(key);
  const times: number[] = [];
  for (let i = 0; i < warmup + runs; i += 1) {
    const started = performance.now();
    createMatcher(patterns);
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

const api: BenchApi = { load, measure, buildTimes, pageStats, markArrayOverflow };
(globalThis as unknown as { __ccBench: BenchApi }).__ccBench = api;
