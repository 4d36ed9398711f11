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

/** Words of a name: letters and digits, split at spaces, hyphens, dots, apostrophes. */
const WORD_SPLIT = /[\s\u00A0\-\u2010-\u2015_.'\u2019·]+/u;

function words(text: string): string[] {
  return text.split(WORD_SPLIT).filter((w) => w.length > 0);
}

/**
 * Proper-name case: every word the name capitalises is capitalised on the page. Compared word by
 * word; when the page splits the name differently (a hyphen for a space), only the first word's
 * capital is required, and an all-lower-case page text never passes.
 */
export function isProperCase(name: string, found: string): boolean {
  const want = words(name);
  const got = words(found);
  if (!got.some((w) => [...w].some(isUpper))) return !want.some((w) => [...w].some(isUpper));
  if (want.length !== got.length) {
    const first = [...(want[0] ?? '')][0] ?? '';
    const firstFound = [...(got[0] ?? '')][0] ?? '';
    return !isUpper(first) || isUpper(firstFound);
  }
  return want.every((w, i) => {
    const initial = [...w][0] ?? '';
    const foundInitial = [...(got[i] as string)][0] ?? '';
    return !isUpper(initial) || isUpper(foundInitial);
  });
}

const URL_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
const DOMAIN_THEN_PATH = /^[\w-]+(?:\.[\w-]+)+[/\\]/;
const PATH_START = /^(?:~|\.{1,2})?[/\\]|^[a-z]:\\/i;
const TRAILING_PUNCT = /[),.;:!?'"\]}»”’]+$/u;
const LEADING_PUNCT = /^[(["'«“‘]+/u;

/**
 * Whether [start, end) lies inside a URL, an e-mail address or a path written in the text
 * ("https://…/apt28", "lazarus@example.org", "github.com/turla/…", "/var/log/mss"). A name between
 * slashes in prose ("APT28/Fancy Bear") is not a path: one slash and no dotted host.
 */
export function isInAddress(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && !/\s/u.test(text[from - 1] as string)) from--;
  let to = end;
  while (to < text.length && !/\s/u.test(text[to] as string)) to++;
  const token = text.slice(from, to).replace(LEADING_PUNCT, '').replace(TRAILING_PUNCT, '');
  if (URL_SCHEME.test(token) || /^www\./i.test(token)) return true;
  const at = token.indexOf('@');
  if (at > 0 && token.indexOf('.', at) > at + 1) return true;
  if (DOMAIN_THEN_PATH.test(token) || PATH_START.test(token)) return true;
  return (token.match(/[/\\]/g) ?? []).length >= 2;
}

/** Per-pattern flags read by the local rules; index-aligned with the matcher's patterns. */
interface PatternFlags {
  readonly blocker: boolean;
  readonly proper: boolean;
  readonly gated: boolean;
}

function flagsOf(pattern: MatchPattern): PatternFlags {
  return { blocker: pattern.blocker === true, proper: pattern.properCase === true, gated: pattern.gated === true };
}

/**
 * Applies the local rules (blockers, proper case, addresses) to one text's hits. A hit keeps the
 * patterns that accept it; a hit left with none, or claimed by a blocker, is dropped.
 */
export function applyLocalRules(patterns: PatternList, text: string, hits: readonly MatchHit[]): PolicyHit[] {
  const kept: PolicyHit[] = [];
  const pattern = (i: number) => patterns.at(i) as MatchPattern;
  for (const hit of hits) {
    const flags = hit.patternIndices.map((i) => flagsOf(pattern(i)));
    if (flags.some((f) => f.blocker)) continue;
    if (isInAddress(text, hit.start, hit.end)) continue;
    const found = text.slice(hit.start, hit.end);
    const accepted = hit.patternIndices.filter((i, k) => !(flags[k] as PatternFlags).proper || isProperCase(pattern(i).text, found));
    if (accepted.length === 0) continue;
    const gated = accepted.every((i) => pattern(i).gated === true);
    const signal = accepted.some((i) => pattern(i).signal === true);
    kept.push({ start: hit.start, end: hit.end, patternIndex: accepted[0] as number, patternIndices: accepted, gated, signal });
  }
  return kept;
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

interface GateEntry<T> {
  readonly run: RunHits<T>;
  context?: boolean;
}

/**
 * Decides gated hits across neighbouring runs, streaming: `push` each run in order, then `take`
 * the decided runs' hits (in input order) until it returns undefined; `end` after the last run.
 * A gated hit is kept when its run or a run within `window` runs on either side has a signal hit
 * or a context term. Output lags input by `window` runs (the look-ahead). Context terms are only
 * looked for near a gated hit. A class rather than a generator so that a caller's own loop (the
 * page's scan: one step per paragraph) does not pay a generator resumption per run.
 */
export class RunGate<T extends Gateable> {
  private readonly buffer: GateEntry<T>[] = [];
  /** Input index of buffer[0], the next input index to decide, and how many runs were pushed. */
  private offset = 0;
  private next = 0;
  private pushed = 0;
  private readonly ready: (readonly T[])[] = [];

  constructor(private readonly window = GATE_WINDOW) {}

  push(run: RunHits<T>): void {
    this.buffer.push({ run });
    this.pushed++;
    while (this.next + this.window < this.pushed) this.decideNext();
  }

  /** No more runs: the last ones are decided with what there is. */
  end(): void {
    while (this.next < this.pushed) this.decideNext();
  }

  /** The hits to keep of the next decided run, or undefined when none is decided yet. */
  take(): readonly T[] | undefined {
    return this.ready.shift();
  }

  private decideNext(): void {
    this.ready.push(this.decide(this.next));
    this.next++;
    // Keep `window` runs behind the next one to decide: they are its look-behind.
    while (this.offset < this.next - this.window) {
      this.buffer.shift();
      this.offset++;
    }
  }

  private decide(index: number): readonly T[] {
    const hits = (this.buffer[index - this.offset] as GateEntry<T>).run.hits;
    if (!hasGated(hits)) return hits;
    const from = Math.max(this.offset, index - this.window);
    const to = Math.min(this.offset + this.buffer.length - 1, index + this.window);
    let near = false;
    for (let i = from; i <= to && !near; i++) near = isSignal(this.buffer[i - this.offset] as GateEntry<T>);
    return near ? hits : hits.filter((h) => !h.gated);
  }
}

function isSignal<T extends Gateable>(entry: GateEntry<T>): boolean {
  for (const hit of entry.run.hits) if (hit.signal) return true;
  entry.context ??= entry.run.hasContext();
  return entry.context;
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
  return (text) => substrings.some((t) => text.includes(t)) || hasWordedTerm(text);
}
