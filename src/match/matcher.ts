/**
 * The multi-name matcher: every alias in one pass over the text.
 *
 * Design (why not a textbook Aho–Corasick): names must start on a boundary, so in spaced scripts
 * only word starts and punctuation can begin a match. The matcher scans the text once, classifying
 * each unit with two typed-array loads, and at each possible start walks one trie of fully folded
 * aliases (case and diacritics folded, NFKC, unified spaces/dashes/apostrophes — see
 * `normalize.ts`) directly over the original text, normalising on the fly. The walk is bounded by
 * the longest alias, so matching is O(text × longest alias) in the worst case and, on real text,
 * a small constant per character — independent of the number of aliases. No normalised copy of
 * the text is made, so offsets need no mapping: hits are in the original text's UTF-16 units.
 *
 * Leftmost-longest: the first start with any acceptable match wins, and at that start the longest
 * acceptable alias. A candidate is acceptable when:
 * 1. its end is a boundary (a spaced-script letter/digit must not continue into another one;
 *    Han/kana next to Latin is a boundary; a possessive apostrophe is a boundary);
 * 2. for Han-edged candidates of at most `CJK_GUARD_MAX_LENGTH` characters that touch other Han
 *    characters, `Intl.Segmenter` puts a word boundary at those edges (安天 not in 平安|天津);
 * 3. at least one alias with that folded text accepts the text's case and diacritics.
 * A failed longer candidate falls back to the shorter ones at the same start.
 *
 * The trie is stored in typed arrays: a dense table for the root (one load decides whether a
 * position can start a name at all) and an open-addressing hash of (node, unit) → child for the
 * rest. Building 5,000 aliases is a few milliseconds.
 */
import {
  CJK_GUARD_CONTEXT_AFTER,
  CJK_GUARD_CONTEXT_BEFORE,
  CJK_GUARD_MAX_LENGTH,
  CJK_GUARD_MIN_MARGIN,
  MAX_HITS_PER_CALL,
} from './limits';
import {
  CharClass,
  FULL_FOLD,
  INFO_CLASS_MASK,
  INFO_COMPLEX,
  INFO_SURROGATE,
  UNIT_FOLD,
  UNIT_INFO,
  classifyCodePoint,
  mapCodePoint,
  normalizeAlias,
  unitInfo,
} from './normalize';
import type { FindAllOptions, MatchHit, MatchPattern, Matcher } from './types';

export type { FindAllOptions, MatchHit, MatchPattern, Matcher } from './types';

// Class constants as plain numbers: the scan loop compares against them per character.
const IGNORABLE = CharClass.Ignorable;
const SPACE = CharClass.Space;
const OTHER = CharClass.Other;
const WORD = CharClass.Word;
const HAN = CharClass.Han;
const HANGUL = CharClass.Hangul;
const UNSPACED = CharClass.Unspaced;
// Local aliases of the shared tables and flags: some loaders (tsx, vitest) compile imports to
// getter calls, which would cost a function call per character in the scan loop.
const INFO = UNIT_INFO;
const FOLD = UNIT_FOLD;
const CLASS_MASK = INFO_CLASS_MASK;
const COMPLEX = INFO_COMPLEX;
const SURROGATE = INFO_SURROGATE;

/** Fold modes of a pattern's strict form: bit 1 = case folded, bit 2 = diacritics folded. */
const FOLD_ALL = 3;

/** Aliases that share one folded key: one trie terminal, several patterns. */
interface Group {
  /** Every pattern with this key, ascending; frozen so hits can share it. */
  readonly indices: readonly number[];
  /** False when every pattern folds both case and diacritics: no per-hit check needed. */
  readonly needsVerify: boolean;
  /** Per pattern (parallel to `indices`): its fold mode and the alias in that mode. */
  readonly modes: readonly number[];
  readonly forms: readonly string[];
  /** Length of the key: decides whether the CJK segmenter guard applies. */
  readonly length: number;
}

/** The compiled trie. Node 0 is the root; child ids are ≥ 1, so 0 means "no child". */
interface Trie {
  readonly root: Int32Array;
  /** Triples (node, unit, child) per slot; child 0 marks an empty slot. */
  readonly slots: Int32Array;
  readonly mask: number;
  readonly shift: number;
  /** Per node: index into `groups`, or -1. */
  readonly terminal: Int32Array;
  readonly groups: readonly Group[];
  readonly maxDepth: number;
  /**
   * Prefilter over ASCII: bit (a << 14 | b << 7 | c) is set when some key starts with the folded
   * units a, b, c; `pairEnds[a << 7 | b]` when a two-unit key is exactly a, b. Most words of a page
   * are rejected by one bit test instead of a trie walk, which keeps 5,000 aliases nearly as cheap
   * as 60.
   */
  readonly triples: Uint8Array;
  readonly pairEnds: Uint8Array;
  /** Hashed bitset of every key's first two units (any script): a Bloom filter with one hash. */
  readonly pairs: Uint8Array;
}

/**
 * Compile `patterns` into a matcher. Patterns whose text normalises to nothing are ignored.
 * Hits report indices into `patterns`; aliases with identical normalised text share hits (see
 * `MatchHit.patternIndices`).
 */
export function createMatcher(patterns: readonly MatchPattern[]): Matcher {
  const trie = buildTrie(patterns);
  const scanner = new Scanner(trie);
  return {
    patterns,
    findAll: (text: string, options?: FindAllOptions) => scanner.findAll(text, options?.limit ?? MAX_HITS_PER_CALL),
  };
}

function buildTrie(patterns: readonly MatchPattern[]): Trie {
  const keyed = groupByKey(patterns);
  let totalUnits = 0;
  let maxDepth = 0;
  for (const key of keyed.keys()) {
    totalUnits += key.length;
    maxDepth = Math.max(maxDepth, key.length);
  }
  const capacity = nextPowerOfTwo(Math.max(16, totalUnits * 2));
  const builder = new TrieBuilder(capacity, totalUnits + 1);
  const groups: Group[] = [];
  for (const [key, members] of keyed) {
    builder.insert(key, groups.length);
    groups.push(makeGroup(key, members, patterns));
  }
  return builder.finish(groups, maxDepth);
}

function groupByKey(patterns: readonly MatchPattern[]): Map<string, number[]> {
  const keyed = new Map<string, number[]>();
  patterns.forEach((pattern, index) => {
    const key = normalizeAlias(pattern.text, FULL_FOLD);
    if (key === '') return;
    const members = keyed.get(key);
    if (members) members.push(index);
    else keyed.set(key, [index]);
  });
  return keyed;
}

function makeGroup(key: string, members: number[], patterns: readonly MatchPattern[]): Group {
  const modes: number[] = [];
  const forms: string[] = [];
  for (const index of members) {
    const pattern = patterns[index] as MatchPattern;
    const mode = (pattern.caseSensitive ? 0 : 1) | (pattern.foldDiacritics ? 2 : 0);
    modes.push(mode);
    forms.push(mode === FOLD_ALL ? key : normalizeAlias(pattern.text, foldOptions(mode)));
  }
  return {
    indices: Object.freeze(members),
    needsVerify: modes.some((mode) => mode !== FOLD_ALL),
    modes,
    forms,
    length: key.length,
  };
}

function foldOptions(mode: number): { foldCase: boolean; foldDiacritics: boolean } {
  return { foldCase: (mode & 1) !== 0, foldDiacritics: (mode & 2) !== 0 };
}

function nextPowerOfTwo(n: number): number {
  let p = 1;
  while (p < n) p *= 2;
  return p;
}

/** Size of the hashed pair filter: 1 Mbit (128 KB) keeps false positives near 0.5 % at 5,000 keys. */
const PAIR_BITS = 1 << 20;

function pairBit(a: number, b: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 1, 0x85ebca6b)) >>> 12;
}

function setBit(bits: Uint8Array, bit: number): void {
  bits[bit >>> 3] = (bits[bit >>> 3] as number) | (1 << (bit & 7));
}

function hasBit(bits: Uint8Array, bit: number): boolean {
  return ((bits[bit >>> 3] as number) & (1 << (bit & 7))) !== 0;
}

/** Slot of (node, unit) in a table of 2^(32 - shift) slots: multiplicative hashing. */
function hashSlot(node: number, unit: number, shift: number): number {
  return (Math.imul(node, 0x9e3779b1) ^ Math.imul(unit + 1, 0x85ebca6b)) >>> shift;
}

class TrieBuilder {
  private readonly root = new Int32Array(0x10000);
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly shift: number;
  private readonly terminal: Int32Array;
  private readonly triples = new Uint8Array(1 << 18);
  private readonly pairEnds = new Uint8Array(1 << 14);
  private readonly pairs = new Uint8Array(PAIR_BITS >>> 3);
  private nodes = 1;

  constructor(capacity: number, maxNodes: number) {
    this.slots = new Int32Array(capacity * 3);
    this.mask = capacity - 1;
    this.shift = 32 - Math.log2(capacity);
    this.terminal = new Int32Array(maxNodes).fill(-1);
  }

  insert(key: string, group: number): void {
    this.markPrefix(key);
    let node = 0;
    for (let i = 0; i < key.length; i++) node = this.child(node, key.charCodeAt(i));
    this.terminal[node] = group;
  }

  finish(groups: readonly Group[], maxDepth: number): Trie {
    const { root, slots, mask, shift, triples, pairEnds, pairs } = this;
    const terminal = this.terminal.slice(0, this.nodes);
    return { root, slots, mask, shift, terminal, groups, maxDepth, triples, pairEnds, pairs };
  }

  private markPrefix(key: string): void {
    if (key.length < 2) return;
    const a = key.charCodeAt(0);
    const b = key.charCodeAt(1);
    setBit(this.pairs, pairBit(a, b));
    if ((a | b) >= 0x80) return;
    if (key.length === 2) {
      this.pairEnds[(a << 7) | b] = 1;
      return;
    }
    const c = key.charCodeAt(2);
    if (c >= 0x80) return;
    setBit(this.triples, (a << 14) | (b << 7) | c);
  }

  /** The child of `node` on `unit`, created if missing. */
  private child(node: number, unit: number): number {
    if (node === 0) {
      const existing = this.root[unit] as number;
      if (existing !== 0) return existing;
      this.root[unit] = this.nodes;
      return this.nodes++;
    }
    let slot = hashSlot(node, unit, this.shift);
    for (;;) {
      const base = slot * 3;
      const target = this.slots[base + 2] as number;
      if (target === 0) {
        this.slots[base] = node;
        this.slots[base + 1] = unit;
        this.slots[base + 2] = this.nodes;
        return this.nodes++;
      }
      if (this.slots[base] === node && this.slots[base + 1] === unit) return target;
      slot = (slot + 1) & this.mask;
    }
  }
}

let sharedSegmenter: Intl.Segmenter | null | undefined;

/** One word segmenter for all matchers; null where `Intl.Segmenter` is missing (guard skipped). */
function segmenter(): Intl.Segmenter | null {
  if (sharedSegmenter === undefined) {
    sharedSegmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
  }
  return sharedSegmenter;
}

/**
 * The scanning state for one compiled trie. Per-call state lives in fields so that the hot loop
 * allocates nothing but the hits it returns.
 */
class Scanner {
  private readonly trie: Trie;
  /** Terminals met during one walk: end offset, node and class of the last character. */
  private readonly candEnd: Int32Array;
  private readonly candNode: Int32Array;
  private readonly candClass: Int32Array;
  /** The accepted match of the last successful `walk`. */
  private matchEnd = 0;
  private matchClass = 0;
  private matchIndices: readonly number[] = [];
  /** Cached segmenter window for the CJK guard: boundaries of text[segLo, segHi]. */
  private segText = '';
  private segLo = 0;
  private segHi = -1;
  private segHardLo = false;
  private segHardHi = false;
  private segments: Intl.Segments | null = null;

  constructor(trie: Trie) {
    this.trie = trie;
    const size = trie.maxDepth + 1;
    this.candEnd = new Int32Array(size);
    this.candNode = new Int32Array(size);
    this.candClass = new Int32Array(size);
  }

  // The text is passed as a parameter, never kept in a field: no store follows the hot loop
  // (V8 would deoptimise on a store it has no feedback for after an on-stack-replaced loop), and
  // a page's text is not retained after the call.
  findAll(text: string, limit: number): MatchHit[] {
    const hits: MatchHit[] = [];
    if (limit <= 0 || this.trie.groups.length === 0) return hits;
    const root = this.trie.root;
    // Locals, not module bindings: V8 re-checks a module `const` on every access in a loop.
    const table = INFO;
    const fold = FOLD;
    const n = text.length;
    let prevClass: number = OTHER;
    let p = 0;
    while (p < n) {
      const c = text.charCodeAt(p);
      const info = table[c] as number;
      // Fast path, most of any page: a plain letter/digit whose fold is one unit. A name can
      // start only at the first letter of a word; the rest of the word is skipped in a tight loop.
      if (info === WORD) {
        if (prevClass !== WORD) {
          const first = fold[c] as number;
          const node = root[first] as number;
          if (node !== 0 && !this.rejectsStart(text, p, c, first, node) && this.walk(text, p)) {
            hits.push(this.hitAt(p));
            if (hits.length >= limit) return hits;
            p = this.matchEnd;
            prevClass = this.matchClass;
            continue;
          }
        }
        p++;
        while (p < n && table[text.charCodeAt(p)] === WORD) p++;
        prevClass = WORD;
        continue;
      }
      if (info === SPACE) {
        p++;
        while (p < n && table[text.charCodeAt(p)] === SPACE) p++;
        prevClass = SPACE;
        continue;
      }
      // Han: every position may start a name (no spaces between words).
      if (info === HAN) {
        const first = fold[c] as number;
        const node = root[first] as number;
        if (node !== 0 && !this.rejectsByPrefix(text, p, first, node) && this.walk(text, p)) {
          hits.push(this.hitAt(p));
          if (hits.length >= limit) return hits;
          p = this.matchEnd;
          prevClass = this.matchClass;
          continue;
        }
        prevClass = HAN;
        p++;
        continue;
      }
      const next = this.slowStep(text, p, info, prevClass);
      if (next < 0) {
        hits.push(this.hitAt(p));
        if (hits.length >= limit) return hits;
        p = this.matchEnd;
        prevClass = this.matchClass;
        continue;
      }
      prevClass = this.stepClass;
      p = next;
    }
    return hits;
  }

  /**
   * `rejectsByPrefix` with its most common case decided first: three ASCII units, where the
   * answer is the exact triple (or two-unit key) table and the hashed pair filter adds nothing.
   */
  private rejectsStart(text: string, p: number, c: number, first: number, node: number): boolean {
    if (c < 0x80 && p + 2 < text.length) {
      const b = text.charCodeAt(p + 1);
      const d = text.charCodeAt(p + 2);
      if ((b | d) < 0x80 && (INFO[b] !== SPACE || INFO[d] !== SPACE)) {
        const { terminal, pairEnds, triples } = this.trie;
        if ((terminal[node] as number) >= 0) return false;
        const pair = (first << 7) | (FOLD[b] as number);
        if (pairEnds[pair] !== 0) return false;
        return !hasBit(triples, (pair << 7) | (FOLD[d] as number));
      }
    }
    return this.rejectsByPrefix(text, p, first, node);
  }

  /**
   * Whether the prefilters prove that no key starts at `p` (see `Trie.pairs`/`Trie.triples`):
   * `node` is the root's child on the first unit. Undecided cases (the next unit is unseen,
   * complex or ignorable; a whitespace pair, which the walk would collapse) return false.
   */
  private rejectsByPrefix(text: string, p: number, first: number, node: number): boolean {
    const { terminal, pairs, pairEnds, triples } = this.trie;
    if ((terminal[node] as number) >= 0) return false;
    if (p + 1 >= text.length) return true;
    const b = text.charCodeAt(p + 1);
    const infoB = INFO[b] as number;
    if (infoB === 0 || (infoB & COMPLEX) !== 0 || (infoB & CLASS_MASK) === IGNORABLE) return false;
    const second = FOLD[b] as number;
    if (!hasBit(pairs, pairBit(first, second))) return true;
    if ((first | second) >= 0x80 || p + 2 >= text.length) return false;
    const c = text.charCodeAt(p + 2);
    if (c >= 0x80 || (INFO[b] === SPACE && INFO[c] === SPACE)) return false;
    const pair = (first << 7) | second;
    if (pairEnds[pair] !== 0) return false;
    return !hasBit(triples, (pair << 7) | (FOLD[c] as number));
  }

  /** Class of the character consumed by the last `slowStep` that did not match. */
  private stepClass = 0;

  /**
   * Everything but plain word characters and spaces: unseen units, surrogate pairs, complex folds,
   * Han/kana/Hangul, punctuation. Returns the next position, or -1 when a match starts at `p`.
   */
  private slowStep(text: string, p: number, info: number, prevClass: number): number {
    const c = text.charCodeAt(p);
    if (info === 0) info = unitInfo(c);
    let cls = info & CLASS_MASK;
    let width = 1;
    if (info & SURROGATE) {
      const cp = text.codePointAt(p) as number;
      if (cp > 0xffff) {
        cls = classifyCodePoint(cp);
        width = 2;
      }
    }
    this.stepClass = cls === IGNORABLE ? prevClass : cls;
    if (cls === IGNORABLE || cls === SPACE) return p + width;
    if (cls === prevClass && (cls === WORD || cls === HANGUL)) return p + width;
    if ((info & COMPLEX) === 0) {
      const node = this.trie.root[FOLD[c] as number] as number;
      if (node === 0 || this.rejectsByPrefix(text, p, FOLD[c] as number, node)) return p + width;
    }
    if (this.walk(text, p)) return -1;
    return p + width;
  }

  private hitAt(start: number): MatchHit {
    const indices = this.matchIndices;
    return { start, end: this.matchEnd, patternIndex: indices[0] as number, patternIndices: indices };
  }

  /**
   * Walk the trie from `start`; on success set `matchEnd`, `matchClass`, `matchIndices`.
   * Mirrors `normalizeText` with full folding unit for unit, so the keys built from aliases and
   * the stream read from the text agree.
   */
  private walk(text: string, start: number): boolean {
    const n = text.length;
    const { root, slots, mask, shift, terminal } = this.trie;
    let node = 0;
    let count = 0;
    let fedSpace = false;
    let p = start;
    walking: while (p < n) {
      const c = text.charCodeAt(p);
      let info = INFO[c] as number;
      if (info === 0) info = unitInfo(c);
      let cls = info & CLASS_MASK;
      if (cls === IGNORABLE) {
        p++;
        continue;
      }
      if (cls === SPACE) {
        if (!fedSpace) {
          node = step(node, 0x20, root, slots, mask, shift);
          if (node === 0) break;
          fedSpace = true;
        }
        p++;
        continue;
      }
      let width = 1;
      if ((info & COMPLEX) === 0) {
        node = step(node, FOLD[c] as number, root, slots, mask, shift);
        if (node === 0) break;
      } else {
        const cp = text.codePointAt(p) as number;
        if (cp > 0xffff) {
          width = 2;
          cls = classifyCodePoint(cp);
        }
        if (cls === IGNORABLE) {
          p += width;
          continue;
        }
        const folded = mapCodePoint(cp, FULL_FOLD);
        if (folded === '') {
          p += width;
          continue;
        }
        for (let k = 0; k < folded.length; k++) {
          node = step(node, folded.charCodeAt(k), root, slots, mask, shift);
          if (node === 0) break walking;
        }
      }
      fedSpace = false;
      p += width;
      if ((terminal[node] as number) >= 0) {
        this.candEnd[count] = p;
        this.candNode[count] = node;
        this.candClass[count] = cls;
        count++;
      }
    }
    return count > 0 && this.acceptLongest(text, start, count);
  }

  /** Try the walk's terminals from the longest down; the first acceptable one is the match. */
  private acceptLongest(text: string, start: number, count: number): boolean {
    for (let j = count - 1; j >= 0; j--) {
      const end = absorbMarks(text, this.candEnd[j] as number);
      const lastClass = this.candClass[j] as number;
      if (lastClass === WORD && classAfter(text, end) === WORD) continue;
      const group = this.trie.groups[this.trie.terminal[this.candNode[j] as number] as number] as Group;
      // Verification before the guard: it is cheaper than segmenting.
      const indices = verify(group, text, start, end);
      if (indices === null) continue;
      if (!this.passesCjkGuard(text, start, end, lastClass, group)) continue;
      this.matchEnd = end;
      this.matchClass = lastClass;
      this.matchIndices = indices;
      return true;
    }
    return false;
  }

  /** Rule 2 of the file comment: only short Han edges touching Han are segmented. */
  private passesCjkGuard(text: string, start: number, end: number, lastClass: number, group: Group): boolean {
    if (group.length > CJK_GUARD_MAX_LENGTH) return true;
    const startTouchesHan = classAfter(text, start) === HAN && classBefore(text, start) === HAN;
    if (startTouchesHan && !this.isSegmentBoundary(text, start)) return false;
    const endTouchesHan = lastClass === HAN && classAfter(text, end) === HAN;
    if (endTouchesHan && !this.isSegmentBoundary(text, end)) return false;
    return true;
  }

  /** Whether `pos` is a word boundary per `Intl.Segmenter`, segmenting a small window around it. */
  private isSegmentBoundary(text: string, pos: number): boolean {
    const seg = segmenter();
    if (seg === null) return true;
    if (!this.windowCovers(text, pos)) this.segmentWindow(seg, text, pos);
    if (pos === this.segHi) return true;
    const at = pos - this.segLo;
    return (this.segments as Intl.Segments).containing(at)?.index === at;
  }

  private windowCovers(text: string, pos: number): boolean {
    if (text !== this.segText || pos < this.segLo || pos > this.segHi) return false;
    const before = this.segHardLo || pos - this.segLo >= CJK_GUARD_MIN_MARGIN;
    const after = this.segHardHi || this.segHi - pos >= CJK_GUARD_MIN_MARGIN;
    return before && after;
  }

  /**
   * Segment the run of unspaced-script text around `pos` (a clause: Chinese puts punctuation,
   * not spaces, between clauses), at most `CJK_GUARD_CONTEXT_BEFORE/AFTER` characters each way.
   * Whole clauses make one segmentation serve every candidate in them; ICU costs ~0.5 µs per
   * character, so the window stays small.
   */
  private segmentWindow(seg: Intl.Segmenter, text: string, pos: number): void {
    const minLo = Math.max(0, pos - CJK_GUARD_CONTEXT_BEFORE);
    const maxHi = Math.min(text.length, pos + CJK_GUARD_CONTEXT_AFTER);
    let lo = pos;
    while (lo > minLo && isUnspacedUnit(text.charCodeAt(lo - 1))) lo--;
    let hi = pos;
    while (hi < maxHi && isUnspacedUnit(text.charCodeAt(hi))) hi++;
    // Asked with `containing` (a boundary is a segment start) rather than iterated: the same
    // segmentation, without a segment object per word (80 characters: ~15 µs instead of ~70).
    this.segments = seg.segment(text.slice(lo, hi));
    this.segText = text;
    this.segLo = lo;
    this.segHi = hi;
    this.segHardLo = lo > minLo || lo === 0;
    this.segHardHi = hi < maxHi || hi === text.length;
  }
}

/** Han, kana and other unspaced-script units (and ignorables inside them) extend a clause. */
function isUnspacedUnit(c: number): boolean {
  const cls = unitInfo(c) & CLASS_MASK;
  return cls === HAN || cls === UNSPACED || cls === IGNORABLE || (c >= 0xd800 && c <= 0xdfff);
}

/** Extend `end` over combining marks that fold away (decomposed accents belong to the name). */
function absorbMarks(text: string, end: number): number {
  let p = end;
  while (p < text.length) {
    const c = text.charCodeAt(p);
    const info = unitInfo(c);
    if ((info & COMPLEX) === 0 || (info & SURROGATE) !== 0) return p;
    if ((info & CLASS_MASK) !== WORD || mapCodePoint(c, FULL_FOLD) !== '') return p;
    p++;
  }
  return p;
}

/** The class of the first non-ignorable character at or after `p` (OTHER at the end). */
function classAfter(text: string, p: number): number {
  while (p < text.length) {
    const cp = text.codePointAt(p) as number;
    const cls = cp > 0xffff ? classifyCodePoint(cp) : unitInfo(cp) & CLASS_MASK;
    if (cls !== IGNORABLE) return cls;
    p += cp > 0xffff ? 2 : 1;
  }
  return OTHER;
}

/** The class of the last non-ignorable character before `p` (OTHER at the start). */
function classBefore(text: string, p: number): number {
  while (p > 0) {
    const low = text.charCodeAt(p - 1);
    const pair = p >= 2 && low >= 0xdc00 && low <= 0xdfff && isHighSurrogate(text.charCodeAt(p - 2));
    const cls = pair ? classifyCodePoint(text.codePointAt(p - 2) as number) : unitInfo(low) & CLASS_MASK;
    if (cls !== IGNORABLE) return cls;
    p -= pair ? 2 : 1;
  }
  return OTHER;
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/** Child of `node` on `unit`, or 0. */
function step(node: number, unit: number, root: Int32Array, slots: Int32Array, mask: number, shift: number): number {
  if (node === 0) return root[unit] as number;
  let slot = hashSlot(node, unit, shift);
  for (;;) {
    const base = slot * 3;
    const target = slots[base + 2] as number;
    if (target === 0) return 0;
    if (slots[base] === node && slots[base + 1] === unit) return target;
    slot = (slot + 1) & mask;
  }
}

/**
 * The patterns of `group` whose case and diacritic rules accept `text[start, end)`, or null.
 * Only aliases that keep case or diacritics pay for this; it runs on candidates, not on the text.
 */
function verify(group: Group, text: string, start: number, end: number): readonly number[] | null {
  if (!group.needsVerify) return group.indices;
  const slice = text.slice(start, end);
  const formsByMode: (string | undefined)[] = [];
  const accepted: number[] = [];
  for (let k = 0; k < group.indices.length; k++) {
    const mode = group.modes[k] as number;
    if (mode !== FOLD_ALL) {
      const form = (formsByMode[mode] ??= normalizeAlias(slice, foldOptions(mode)));
      if (form !== group.forms[k]) continue;
    }
    accepted.push(group.indices[k] as number);
  }
  if (accepted.length === 0) return null;
  return accepted.length === group.indices.length ? group.indices : accepted;
}
