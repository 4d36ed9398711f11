/**
 * The matcher's scan loop: one pass over a text, classifying each unit with two typed-array loads,
 * and at each position where a name may start, a walk of the trie over the original text, folding
 * on the fly. The rules a candidate must pass are listed in `matcher.ts`; this file applies rule 1
 * (boundaries) and hands rule 2 to `cjk-guard.ts` and rule 3 to `verify.ts`.
 */
import { absorbMarks, classAfter } from './boundaries';
import { CjkGuard } from './cjk-guard';
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
  unitInfo,
} from './normalize';
import {
  AFTER_SPACE,
  QUAD_END,
  WORD_END,
  hasBit,
  isTerminal,
  keyAt,
  pairBit,
  quadBit,
  step,
  wordBit,
  wordHashStart,
  wordHashStep,
  type Trie,
} from './trie';
import type { MatchHit } from './types';
import type { GroupTable } from './compiled';
import { verify } from './verify';

// Class constants as plain numbers: the scan loop compares against them per character.
const IGNORABLE = CharClass.Ignorable;
const SPACE = CharClass.Space;
const OTHER = CharClass.Other;
const WORD = CharClass.Word;
const HAN = CharClass.Han;
const HANGUL = CharClass.Hangul;
const UNDERSCORE = 0x5f;
// Local aliases of the shared tables and flags: some loaders (tsx, vitest) compile imports to
// getter calls, which would cost a function call per character in the scan loop.
const INFO = UNIT_INFO;
const FOLD = UNIT_FOLD;
const CLASS_MASK = INFO_CLASS_MASK;
const COMPLEX = INFO_COMPLEX;
const SURROGATE = INFO_SURROGATE;

/**
 * The scanning state for one compiled trie. Per-call state lives in fields so that the hot loop
 * allocates nothing but the hits it returns.
 */
export class NameScan {
  private readonly trie: Trie;
  /** Per trie terminal: the patterns sharing that key, or none (a key of the other side). */
  private readonly groups: GroupTable;
  /** The first-word filter of this side's keys (`firstWordBits`), or null: every word is walked. */
  private readonly words: Uint8Array | null;
  private readonly guard = new CjkGuard();
  /** Terminals met during one walk: end offset, node and class of the last character. */
  private readonly candEnd: Int32Array;
  private readonly candNode: Int32Array;
  private readonly candClass: Int32Array;
  /** The accepted match of the last successful `walk`. */
  private matchEnd = 0;
  private matchClass = 0;
  private matchIndices: readonly number[] = [];
  /** Class of the character consumed by the last `slowStep` that did not match. */
  private stepClass = 0;
  /**
   * End of the last Han candidate the CJK guard rejected. A known name written out in full
   * (美国安局, the US NSA) that the segmenter splits oddly must not leave a shorter name inside it
   * (国安局, Taiwan's NSB) to be matched: no match starts before this offset.
   */
  private shadowEnd = 0;

  constructor(trie: Trie, groups: GroupTable, words: Uint8Array | null = null) {
    this.trie = trie;
    this.groups = groups;
    this.words = words;
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
    if (limit <= 0 || this.groups.empty) return hits;
    this.shadowEnd = 0;
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
          if (node !== 0) {
            const wordEnd = this.rejectedWordEnd(text, p, first);
            if (wordEnd > 0) {
              // Turned away at the end of the text, or before a space and a plain unit: the next
              // word starts after that space.
              p = wordEnd + 1;
              prevClass = SPACE;
              continue;
            }
            // Passed by the first-word filter (-1), the walk decides; undecided (0), the prefixes first.
            if ((wordEnd < 0 || !this.rejectsStart(text, p, c, first, node)) && this.walk(text, p)) {
              hits.push(this.hitAt(p));
              if (hits.length >= limit) return hits;
              p = this.matchEnd;
              prevClass = this.matchClass;
              continue;
            }
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
        if (p < this.shadowEnd) {
          prevClass = HAN;
          p++;
          continue;
        }
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
        if (isTerminal(this.trie.terminalBits, node)) return false;
        if (this.rejectsAsciiTriple(first, FOLD[b] as number, d)) return true;
        return INFO[b] === WORD && INFO[d] === WORD && this.rejectsQuad(text, p, first, FOLD[b] as number, FOLD[d] as number);
      }
    }
    return this.rejectsByPrefix(text, p, first, node);
  }

  /**
   * What the first-word filter says of the plain word at `p` (first folded unit `first`): the
   * word's end when no key starts there; -1 when some key may (its bit is set); 0 when it cannot
   * tell. It tells only where the walk's path is known: the word is followed by the end of the
   * text, or by a space and a plain unit; a name cannot end inside the word (rule 1), so it is the
   * word itself or the word, a space and that unit onward.
   */
  private rejectedWordEnd(text: string, p: number, first: number): number {
    const words = this.words;
    if (words === null) return 0;
    const n = text.length;
    let hash = wordHashStart(first);
    let q = p + 1;
    for (; q < n; q++) {
      const u = text.charCodeAt(q);
      if (INFO[u] !== WORD) break;
      hash = wordHashStep(hash, FOLD[u] as number);
    }
    if (hasBit(words, wordBit(hash, WORD_END))) return -1;
    if (q === n) return q;
    if (INFO[text.charCodeAt(q)] !== SPACE || q + 1 === n) return 0;
    const next = text.charCodeAt(q + 1);
    if (INFO[next] !== WORD) return 0;
    return hasBit(words, wordBit(hash, FOLD[next] as number)) ? -1 : q;
  }

  /**
   * Whether no key starts with the folded units a, b, c (plain letters or digits at p..p+2) and
   * the unit the walk would read at p+3 (`Trie.quads`) — and, when that is a space, the plain
   * unit at p+4 — and none is exactly a, b or a, b, c. Undecided (false) where the walk would
   * skip, expand or collapse a unit.
   */
  private rejectsQuad(text: string, p: number, a: number, b: number, c: number): boolean {
    const { quads, pairEnds } = this.trie;
    if (pairEnds[(a << 7) | b] !== 0 || hasBit(quads, quadBit(a, b, c, QUAD_END))) return false;
    if (p + 3 >= text.length) return true;
    const e = text.charCodeAt(p + 3);
    const info = INFO[e] as number;
    if (info === 0 || (info & COMPLEX) !== 0) return false;
    const cls = info & CLASS_MASK;
    if (cls === IGNORABLE) return false;
    if (cls !== SPACE) return !hasBit(quads, quadBit(a, b, c, FOLD[e] as number));
    if (!hasBit(quads, quadBit(a, b, c, 0x20))) return true;
    // A space: the next word's first unit decides, when it is a plain one.
    if (p + 4 >= text.length) return true;
    const next = text.charCodeAt(p + 4);
    if (INFO[next] !== WORD) return false;
    return !hasBit(quads, quadBit(a, b, c, AFTER_SPACE | (FOLD[next] as number)));
  }

  /**
   * Whether the prefilters prove that no key starts at `p` (see `Trie.pairs`/`Trie.triples`):
   * `node` is the root's child on the first unit. Undecided cases (the next unit is unseen,
   * complex or ignorable; a whitespace pair, which the walk would collapse) return false.
   */
  private rejectsByPrefix(text: string, p: number, first: number, node: number): boolean {
    const { terminalBits, pairs } = this.trie;
    if (isTerminal(terminalBits, node)) return false;
    if (p + 1 >= text.length) return true;
    const b = text.charCodeAt(p + 1);
    const infoB = INFO[b] as number;
    if (infoB === 0 || (infoB & COMPLEX) !== 0 || (infoB & CLASS_MASK) === IGNORABLE) return false;
    const second = FOLD[b] as number;
    if (!hasBit(pairs, pairBit(first, second))) return true;
    if ((first | second) >= 0x80 || p + 2 >= text.length) return false;
    const c = text.charCodeAt(p + 2);
    if (c >= 0x80 || (INFO[b] === SPACE && INFO[c] === SPACE)) return false;
    return this.rejectsAsciiTriple(first, second, c);
  }

  /**
   * The exact ASCII tables: no key is the two folded units `first, second`, and none starts with
   * them followed by the fold of the ASCII unit `third`.
   */
  private rejectsAsciiTriple(first: number, second: number, third: number): boolean {
    const pair = (first << 7) | second;
    if (this.trie.pairEnds[pair] !== 0) return false;
    return !hasBit(this.trie.triples, (pair << 7) | (FOLD[third] as number));
  }

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
   * Folds unit for unit as `nameKey` folds an alias (the reference is `normalizeText` in the
   * tests), so the keys built from aliases and the stream read from the text agree.
   */
  private walk(text: string, start: number): boolean {
    const n = text.length;
    const { root, first, units, terminalBits } = this.trie;
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
          node = step(node, 0x20, root, first, units);
          if (node === 0) break;
          fedSpace = true;
        }
        p++;
        continue;
      }
      let width = 1;
      if ((info & COMPLEX) === 0) {
        node = step(node, FOLD[c] as number, root, first, units);
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
          node = step(node, folded.charCodeAt(k), root, first, units);
          if (node === 0) break walking;
        }
      }
      fedSpace = false;
      p += width;
      if (isTerminal(terminalBits, node)) {
        this.candEnd[count] = p;
        this.candNode[count] = node;
        this.candClass[count] = cls;
        count++;
      }
    }
    return count > 0 && this.acceptLongest(text, start, count);
  }

  /**
   * Try the walk's terminals from the longest down; the first acceptable one is the match. The
   * rules in order of cost: the end boundary, the patterns' own rules (`verify`), the CJK guard.
   */
  private acceptLongest(text: string, start: number, count: number): boolean {
    for (let j = count - 1; j >= 0; j--) {
      const end = absorbMarks(text, this.candEnd[j] as number);
      const lastClass = this.candClass[j] as number;
      if (lastClass === WORD && classAfter(text, end) === WORD) continue;
      // An underscore joins an identifier in any script ("微软_更新.exe"): not a name's edge.
      if (text.charCodeAt(end) === UNDERSCORE || (start > 0 && text.charCodeAt(start - 1) === UNDERSCORE)) continue;
      const group = this.groups.at(keyAt(this.trie, this.candNode[j] as number));
      if (group === null) continue;
      // Verification before the guard: it is cheaper than segmenting.
      const indices = verify(group, text, start, end);
      if (indices === null) continue;
      if (!this.guard.passes(text, start, end, lastClass, group.length)) {
        if (lastClass === HAN) this.shadowEnd = Math.max(this.shadowEnd, end);
        continue;
      }
      this.matchEnd = end;
      this.matchClass = lastClass;
      this.matchIndices = indices;
      return true;
    }
    return false;
  }
}
