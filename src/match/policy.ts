/**
 * Precision rules applied to the matcher's hits, so that a highlight means the actor:
 *
 * - a blocker ("国家安全部门", "Anonymous 64-year") claims its text first and highlights nothing;
 * - a proper-case name matches only where each of its capitalised words is capitalised on the page
 *   ("Salt Typhoon", "SALT TYPHOON", not "salt typhoon");
 * - nothing inside a URL, an e-mail address or a file path written in the text;
 * - a gated name (an ordinary word or a shared acronym) is kept only where its run, or a run
 *   within GATE_WINDOW runs of it, is about cyber operations: it names a hacker group unambiguously
 *   (a `signal` name: Fancy Bear, APT28), or holds a context term ("hackers", "malware", "黑客").
 *   Other names are no evidence: the Kremlin or the White House appear in every kind of story.
 *
 * The rules come from the data (each pattern's flags, the context vocabulary); nothing here knows
 * a particular name. Pure string code: no DOM, no browser or Node API.
 */
import { mayHoldSubstringTerm } from './compiled';
import type { MatchHit, MatchPattern, PatternList } from './types';

/** How many runs (blocks) before and after a gated name may supply its context. */
export const GATE_WINDOW = 2;

/** A hit that passed the local rules; `gated` when every pattern it matches is gated. */
export interface PolicyHit extends MatchHit {
  readonly gated: boolean;
  /** Some accepted pattern is a context signal (an unambiguous hacker-group name). */
  readonly signal: boolean;
}

/** Is the character a letter with case (so capitalisation can be checked)? */
function isCased(ch: string): boolean {
  return ch.toLowerCase() !== ch.toUpperCase();
}

function isUpper(ch: string): boolean {
  return isCased(ch) && ch === ch.toUpperCase() && ch !== ch.toLowerCase();
}

/** `isUpper` of the code point at `i`; ASCII without making a string (most names and pages). */
function isUpperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  return isUpper(String.fromCodePoint(text.codePointAt(i) as number));
}

/**
 * Is `c` a unit `\s` matches, as code (the local rules test characters around every candidate;
 * in Chinese text, where no space ends a word, that is a whole clause): the ECMAScript
 * WhiteSpace and LineTerminator sets. A test checks every UTF-16 unit against `/\s/u`.
 */
export function isSpaceUnit(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0x1680) return c === 0xa0;
  return (
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Does the unit at `i` split a name into words: white space, hyphens and dashes, dots,
 * apostrophes, the underscore and the middle dot? Letters and digits make the words.
 */
function isWordSplitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (isSpaceUnit(c)) return true;
  if (c < 0x80) return c === 0x2d || c === 0x2e || c === 0x27 || c === 0x5f;
  return (c >= 0x2010 && c <= 0x2015) || c === 0x2019 || c === 0xb7;
}

/** How many words `text` has (see `isWordSplitAt`). */
function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const split = isWordSplitAt(text, i);
    if (!split && !inWord) count++;
    inWord = !split;
  }
  return count;
}

/** The first offset at or after `from` that is (`split`) or is not (`!split`) a word split. */
function seek(text: string, from: number, split: boolean): number {
  let i = from;
  while (i < text.length && isWordSplitAt(text, i) !== split) i++;
  return i;
}

/** Whether some letter of `text` is upper case (separators never are). */
function hasUpper(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isUpperAt(text, i)) return true;
  return false;
}

/**
 * Proper-name case: every word the name capitalises is capitalised on the page. Compared word by
 * word; when the page splits the name differently (a hyphen for a space), only the first word's
 * capital is required, and an all-lower-case page text never passes. Reads characters in place:
 * this runs for every proper-case candidate on a page.
 */
export function isProperCase(name: string, found: string): boolean {
  if (!hasUpper(found)) return !hasUpper(name);
  const wanted = wordCount(name);
  if (wanted === 0) return true;
  // `found` has an upper-case letter, so at least one word: compare the first ones.
  const compared = wanted === wordCount(found) ? wanted : 1;
  let w = 0;
  let g = 0;
  for (let k = 0; k < compared; k++) {
    w = seek(name, w, false);
    g = seek(found, g, false);
    if (isUpperAt(name, w) && !isUpperAt(found, g)) return false;
    w = seek(name, w, true);
    g = seek(found, g, true);
  }
  return true;
}

const URL_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
const DOMAIN_THEN_PATH = /^[\w-]+(?:\.[\w-]+)+[/\\]/;
const PATH_START = /^(?:~|\.{1,2})?[/\\]|^[a-z]:\\/i;
const TRAILING_PUNCT = /[),.;:!?'"\]}»”’]+$/u;
const LEADING_PUNCT = /^[(["'«“‘]+/u;

/**
 * Whether `text[from, to)` holds what every address below needs: a slash, a backslash, an `@`,
 * or "www.". Most tokens around a name have none, and are decided without a RegExp.
 */
function mayBeAddress(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2f || c === 0x5c || c === 0x40) return true;
    // "www." in any case, ending at this dot.
    if (c === 0x2e && i - from >= 3 && isW(text, i - 1) && isW(text, i - 2) && isW(text, i - 3)) return true;
  }
  return false;
}

function isW(text: string, i: number): boolean {
  return (text.charCodeAt(i) | 0x20) === 0x77;
}

/** Longest stretch read on each side of a candidate for its address token (URLs stay well under it). */
export const MAX_ADDRESS_SIDE = 2048;

/**
 * Can the unit belong to an address token around a candidate? Not white space, and not a unit
 * of the CJK blocks and beyond (U+2E80 on: ideographs, kana, Hangul, CJK and full-width
 * punctuation, astral characters): Chinese puts no space between a URL and the words around it,
 * and a token running over the whole clause would put every name of the clause "inside" the URL.
 */
function isAddressUnit(c: number): boolean {
  return c < 0x2e80 && !isSpaceUnit(c);
}

/**
 * Whether [start, end) lies inside a URL, an e-mail address or a path written in the text
 * ("https://…/apt28", "lazarus@example.org", "github.com/turla/…", "/var/log/mss"). A name between
 * slashes in prose ("APT28/Fancy Bear") is not a path: one slash and no dotted host. The token is
 * the candidate and the address units around it (`isAddressUnit`), at most MAX_ADDRESS_SIDE on
 * each side, so a page of one endless "word" costs a bounded read per candidate.
 */
export function isInAddress(text: string, start: number, end: number): boolean {
  const lowest = Math.max(0, start - MAX_ADDRESS_SIDE);
  const highest = Math.min(text.length, end + MAX_ADDRESS_SIDE);
  let from = start;
  while (from > lowest && isAddressUnit(text.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < highest && isAddressUnit(text.charCodeAt(to))) to++;
  if (!mayBeAddress(text, from, to)) return false;
  const token = text.slice(from, to).replace(LEADING_PUNCT, '').replace(TRAILING_PUNCT, '');
  if (URL_SCHEME.test(token) || /^www\./i.test(token)) return true;
  const at = token.indexOf('@');
  if (at > 0 && token.indexOf('.', at) > at + 1) return true;
  if (DOMAIN_THEN_PATH.test(token) || PATH_START.test(token)) return true;
  return (token.match(/[/\\]/g) ?? []).length >= 2;
}

/**
 * Applies the local rules (blockers, proper case, addresses) to one text's hits. A hit keeps the
 * patterns that accept it; a hit left with none, or claimed by a blocker, is dropped.
 */
export function applyLocalRules(patterns: PatternList, text: string, hits: readonly MatchHit[]): PolicyHit[] {
  const kept: PolicyHit[] = [];
  for (const hit of hits) {
    const indices = hit.patternIndices;
    if (hasBlocker(patterns, indices)) continue;
    if (isInAddress(text, hit.start, hit.end)) continue;
    const accepted = acceptedByCase(patterns, indices, text, hit.start, hit.end);
    if (accepted.length === 0) continue;
    let gated = true;
    let signal = false;
    for (const i of accepted) {
      const { gated: isGated, signal: isSignal } = patterns.at(i) as MatchPattern;
      gated &&= isGated === true;
      signal ||= isSignal === true;
    }
    kept.push({ start: hit.start, end: hit.end, patternIndex: accepted[0] as number, patternIndices: accepted, gated, signal });
  }
  return kept;
}

function hasBlocker(patterns: PatternList, indices: readonly number[]): boolean {
  for (let k = 0; k < indices.length; k++) if ((patterns.at(indices[k] as number) as MatchPattern).blocker === true) return true;
  return false;
}

/**
 * The patterns of `indices` whose case rule accepts `text[start, end)`; `indices` itself when all
 * do. The found text is sliced only for a pattern with a case rule (most have none), and a list is
 * made only when some patterns accept and some do not (this runs on every candidate of a page).
 */
function acceptedByCase(patterns: PatternList, indices: readonly number[], text: string, start: number, end: number): readonly number[] {
  let found: string | undefined;
  let accepted: number[] | null = null;
  for (let k = 0; k < indices.length; k++) {
    const pattern = patterns.at(indices[k] as number) as MatchPattern;
    let ok = pattern.properCase !== true;
    if (!ok) {
      found ??= text.slice(start, end);
      // Written as the data writes it (most pages): in its own case by definition.
      ok = found === pattern.text || isProperCase(pattern.text, found);
    }
    if (ok) accepted?.push(indices[k] as number);
    // The first refused pattern: every one before it was accepted.
    else accepted ??= indices.slice(0, k);
  }
  return accepted ?? indices;
}

/** A text's hits after the local rules, and whether the text itself holds a context term. */
export interface RunHits<T> {
  readonly hits: readonly T[];
  /** Lazily asked: does this run's text speak of the gated names' subject? */
  hasContext(): boolean;
}

/** What the gate needs of a hit. */
export interface Gateable {
  readonly gated: boolean;
  readonly signal: boolean;
}

/** Decided runs kept before the arrays are compacted: a splice per this many runs, not a shift per run. */
const GATE_COMPACT_AFTER = 64;

/**
 * Decides gated hits across neighbouring runs, streaming: `push` each run in order, then `take`
 * the decided runs' hits (in input order) until it returns undefined; `end` after the last run.
 * A gated hit is kept when its run or a run within `window` runs on either side has a signal hit
 * or a context term. A run with a gated hit is decided once `window` runs after it have arrived
 * (its look-ahead), and the runs after it wait for it; any other run is decided as it arrives.
 * Context terms are only looked for near a gated hit.
 *
 * A class rather than a generator so that a caller's own loop (the page's scan: one step per
 * paragraph) does not pay a generator resumption per run, and index-aligned arrays rather than an
 * entry object and two shifts per run: on the small corpus pages, where runs are many and short,
 * that per-run bookkeeping had cost a third as much as matching the runs' text.
 */
export class RunGate<T extends Gateable> {
  /** From input index `base` on: the runs, their context once asked, their decided hits. */
  private runs: RunHits<T>[] = [];
  private contexts: (boolean | undefined)[] = [];
  private decided: (readonly T[])[] = [];
  private base = 0;
  /** Next input index to take, next to decide, and how many runs were pushed. */
  private taken = 0;
  private next = 0;
  private pushed = 0;
  private ended = false;

  constructor(private readonly window = GATE_WINDOW) {}

  push(run: RunHits<T>): void {
    this.runs.push(run);
    this.contexts.push(undefined);
    this.decided.push(run.hits);
    this.pushed++;
    this.decideReady();
  }

  /** No more runs: the last ones are decided with what there is. */
  end(): void {
    this.ended = true;
    this.decideReady();
  }

  /** Every run pushed is decided and taken: nothing waits for a look-ahead. */
  get idle(): boolean {
    return this.taken === this.pushed;
  }

  /** The hits to keep of the next decided run, or undefined when none is decided yet. */
  take(): readonly T[] | undefined {
    if (this.taken === this.next) return undefined;
    const hits = this.decided[this.taken - this.base];
    this.taken++;
    this.compact();
    return hits;
  }

  private decideReady(): void {
    while (this.next < this.pushed) {
      const at = this.next - this.base;
      const hits = (this.runs[at] as RunHits<T>).hits;
      if (hasGated(hits)) {
        if (!this.ended && this.next + this.window >= this.pushed) return;
        this.decided[at] = this.decide(this.next, hits);
      }
      this.next++;
    }
  }

  private decide(index: number, hits: readonly T[]): readonly T[] {
    const from = Math.max(this.base, index - this.window);
    const to = Math.min(this.pushed - 1, index + this.window);
    for (let i = from; i <= to; i++) if (this.isSignal(i - this.base)) return hits;
    return hits.filter((h) => !h.gated);
  }

  private isSignal(at: number): boolean {
    const run = this.runs[at] as RunHits<T>;
    for (const hit of run.hits) if (hit.signal) return true;
    return (this.contexts[at] ??= run.hasContext());
  }

  /** Drop what is taken and no longer look-behind for an undecided run, in batches. */
  private compact(): void {
    const drop = Math.min(this.taken, this.next - this.window) - this.base;
    if (drop < GATE_COMPACT_AFTER) return;
    this.runs.splice(0, drop);
    this.contexts.splice(0, drop);
    this.decided.splice(0, drop);
    this.base += drop;
  }
}

function hasGated(hits: readonly Gateable[]): boolean {
  for (const hit of hits) if (hit.gated) return true;
  return false;
}

/**
 * The context test: a CJK or Hangul term anywhere in the text (no word boundaries to respect), or a
 * word-bounded term as the matcher finds it (`hasWordedTerm`: the finder's own trie, `compiled.ts`).
 */
export function createContextTest(substrings: readonly string[], hasWordedTerm: (text: string) => boolean): (text: string) => boolean {
  return (text) => (mayHoldSubstringTerm(text) && substrings.some((t) => text.includes(t))) || hasWordedTerm(text);
}
