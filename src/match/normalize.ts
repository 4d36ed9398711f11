/**
 * Text normalisation for name matching, and the one folding of names (`nameKey`) that the
 * matcher, the dataset validator and search share.
 *
 * Every character is mapped on its own, so the matcher can fold the page's text as it walks it,
 * without a normalised copy, and report offsets in the original:
 * - zero-width characters (U+200B–U+200D, U+2060, U+FEFF) and the soft hyphen U+00AD vanish —
 *   pages put them inside words for line breaking or by accident;
 * - any whitespace run (spaces, NBSP, tabs, newlines, ideographic space…) becomes one space;
 * - apostrophes ’ ‘ ʼ ′ ＇ become ' and dashes ‐ ‑ ‒ – — − ﹣ － become -, since publishers pick
 *   either at random;
 * - everything else is NFKC-normalised (full-width ＭＳＳ → MSS, ligatures ﬁ → fi, ㈱ → (株)),
 *   then optionally lower-cased and optionally stripped of Latin diacritics (é → e, ł → l).
 *
 * NFKC per character, not per string: composing across characters would break the one-to-one
 * map between the text and its folded form. A decomposed "e" + U+0301 therefore stays two characters; diacritic folding drops
 * the combining mark and strict comparison recomposes with NFC (see the matcher's verification).
 *
 * The per-code-unit tables below are filled lazily and shared by the whole module, so the hot path
 * is two typed-array loads per character and allocates nothing.
 */

/** Kinds of character that matter to name boundaries. */
export const CharClass = {
  /** Removed from the text (zero-width characters, soft hyphen). */
  Ignorable: 1,
  /** Whitespace; a run of it equals one space. */
  Space: 2,
  /** Punctuation, symbols, controls: always a boundary. */
  Other: 3,
  /** Letter, digit or mark of a script written with spaces between words (Latin, Cyrillic, Greek, Arabic…). */
  Word: 4,
  /** Han ideograph: no spaces between words; short names are checked with a word segmenter. */
  Han: 5,
  /** Other scripts written without spaces (kana, Thai, Lao, Khmer, Myanmar, Tibetan, Yi). */
  Unspaced: 6,
  /** Hangul: words are spaced but particles attach to the end of a noun (삼성이). */
  Hangul: 7,
} as const;

/** One of the `CharClass` values. */
export type CharClass = (typeof CharClass)[keyof typeof CharClass];

/**
 * Bits of a fold mode: which foldings apply on top of NFKC and the punctuation/space unification.
 * The matcher keeps one mode per pattern; `FoldOptions` is the same choice spelled out.
 */
export const FOLD_CASE = 1;
export const FOLD_DIACRITICS = 2;
/** Both foldings: the form of a `nameKey`, and of the matcher's trie. */
export const FOLD_ALL = FOLD_CASE | FOLD_DIACRITICS;
/** `FOLD_CASE` and/or `FOLD_DIACRITICS`, or 0 for neither. */
export type FoldMode = number;

/** Which foldings to apply on top of NFKC and the punctuation/space unification. */
export interface FoldOptions {
  /** Lower-case (so "MSS" and "mss" normalise alike). */
  readonly foldCase: boolean;
  /** Strip Latin diacritics (so "é" and "e" normalise alike). */
  readonly foldDiacritics: boolean;
}

/** The folding the matcher's automaton uses: everything folded; strictness is checked afterwards. */
export const FULL_FOLD: FoldOptions = { foldCase: true, foldDiacritics: true };

const ZERO_WIDTH = new Set([0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);
const APOSTROPHES = new Set([0x2019, 0x2018, 0x02bc, 0x2032, 0xff07]);
const DASHES = new Set([0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe63, 0xff0d]);

/** Latin letters without a canonical decomposition that readers still see as "letter + accent". */
const EXTRA_DIACRITIC_FOLDS: Readonly<Record<string, string>> = {
  ł: 'l',
  Ł: 'L',
  ø: 'o',
  Ø: 'O',
  đ: 'd',
  Đ: 'D',
  ħ: 'h',
  Ħ: 'H',
  ı: 'i',
  ß: 'ss',
  ẞ: 'SS',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
};
const EXTRA_DIACRITIC_RE = new RegExp(`[${Object.keys(EXTRA_DIACRITIC_FOLDS).join('')}]`, 'g');
const COMBINING_DIACRITICS_RE = /[\u0300-\u036f]/g;
const WHITESPACE_RE = /\s/;
const LETTER_DIGIT_MARK_RE = /[\p{L}\p{N}\p{M}]/u;
const HAN_RE = /\p{scx=Han}/u;
const UNSPACED_RE =
  /[\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Bopomofo}\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}\p{scx=Tibetan}\p{scx=Yi}]/u;
const HANGUL_RE = /\p{scx=Hangul}/u;

/** Bits of `UNIT_INFO`: the class in the low three bits, then flags. */
export const INFO_CLASS_MASK = 7;
/** The unit's full fold is not one unit (empty, several units, or the unit is a surrogate). */
export const INFO_COMPLEX = 8;
/** The unit is a high surrogate: class and fold belong to the code point it starts. */
export const INFO_SURROGATE = 16;

/**
 * Per UTF-16 unit: 0 = not computed yet, else class | flags. Internal to the match module (the
 * matcher reads it directly for speed); fill with `unitInfo`.
 */
export const UNIT_INFO = new Uint8Array(0x10000);
/** Per UTF-16 unit: its full fold when that is a single unit (see `INFO_COMPLEX`). Internal. */
export const UNIT_FOLD = new Uint16Array(0x10000);

const classCache = new Map<number, CharClass>();
/** Per fold mode (0–3): code point → its mapping. */
const mapCaches: Map<number, string>[] = Array.from({ length: 4 }, () => new Map<number, string>());

/**
 * The boundary class of a code point. Apostrophes and dashes are `Other` even where Unicode calls
 * them letters (ʼ is Lm): "ICEFCOMʼs" must end the name at the apostrophe. The underscore is
 * `Word`, as in identifiers.
 */
export function classifyCodePoint(cp: number): CharClass {
  const fast = classifyCommon(cp);
  if (fast !== 0) return fast;
  const cached = classCache.get(cp);
  if (cached !== undefined) return cached;
  const computed = classifyByProperties(cp);
  classCache.set(cp, computed);
  return computed;
}

/** Range checks for the blocks that make up nearly all text, so most pages never run a RegExp. */
function classifyCommon(cp: number): CharClass | 0 {
  if (cp >= 0x61 && cp <= 0x7a) return CharClass.Word;
  if (cp >= 0x41 && cp <= 0x5a) return CharClass.Word;
  if (cp >= 0x30 && cp <= 0x39) return CharClass.Word;
  // The underscore joins identifiers, user names and file names ("Ring_Apple", "apt28_loader"):
  // a name next to it is part of a longer token, not the actor.
  if (cp === 0x5f) return CharClass.Word;
  if (cp >= 0x4e00 && cp <= 0x9fff) return CharClass.Han;
  if (cp >= 0x3400 && cp <= 0x4dbf) return CharClass.Han;
  if (cp >= 0xac00 && cp <= 0xd7a3) return CharClass.Hangul;
  return 0;
}

function classifyByProperties(cp: number): CharClass {
  if (ZERO_WIDTH.has(cp)) return CharClass.Ignorable;
  if (APOSTROPHES.has(cp) || DASHES.has(cp)) return CharClass.Other;
  const ch = String.fromCodePoint(cp);
  if (WHITESPACE_RE.test(ch)) return CharClass.Space;
  if (!LETTER_DIGIT_MARK_RE.test(ch)) return CharClass.Other;
  if (HAN_RE.test(ch)) return CharClass.Han;
  if (UNSPACED_RE.test(ch)) return CharClass.Unspaced;
  if (HANGUL_RE.test(ch)) return CharClass.Hangul;
  return CharClass.Word;
}

/** The fold mode for `options`. */
export function foldMode(options: FoldOptions): FoldMode {
  return (options.foldCase ? FOLD_CASE : 0) | (options.foldDiacritics ? FOLD_DIACRITICS : 0);
}

/**
 * The normalised form of one non-space, non-ignorable code point (may be empty: a combining
 * accent under diacritic folding; may be several units: ﬁ → fi). Cached per code point.
 */
export function mapCodePoint(cp: number, options: FoldOptions): string {
  return mapCodePointMode(cp, foldMode(options));
}

function mapCodePointMode(cp: number, mode: number): string {
  const cache = mapCaches[mode] as Map<number, string>;
  const cached = cache.get(cp);
  if (cached !== undefined) return cached;
  const computed = computeMapping(cp, mode);
  cache.set(cp, computed);
  return computed;
}

function computeMapping(cp: number, mode: number): string {
  if (APOSTROPHES.has(cp)) return "'";
  if (DASHES.has(cp)) return '-';
  const ch = String.fromCodePoint(cp);
  let s = ch.normalize('NFKC');
  if (s !== ch) s = unifyPunctuation(s);
  // Spacing accents decompose to " ́" under NFKC; a space there would split the word.
  if (WHITESPACE_RE.test(s)) s = ch;
  if (mode & FOLD_CASE) s = s.toLowerCase().replace(/ς/g, 'σ');
  if (mode & FOLD_DIACRITICS) s = stripDiacritics(s);
  return s;
}

function unifyPunctuation(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0) as number;
    out += APOSTROPHES.has(cp) ? "'" : DASHES.has(cp) ? '-' : ch;
  }
  return out;
}

function stripDiacritics(s: string): string {
  const stripped = s.normalize('NFD').replace(COMBINING_DIACRITICS_RE, '');
  const extra = stripped.replace(EXTRA_DIACRITIC_RE, (m) => EXTRA_DIACRITIC_FOLDS[m] ?? m);
  return extra.normalize('NFC');
}

/**
 * `UNIT_INFO[c]`, computing it (and `UNIT_FOLD[c]`) on first sight. Never returns 0.
 * Internal to the match module.
 */
export function unitInfo(c: number): number {
  const known = UNIT_INFO[c] as number;
  return known !== 0 ? known : initUnit(c);
}

function initUnit(c: number): number {
  if (c >= 0xd800 && c <= 0xdbff) {
    // A lone high surrogate behaves as punctuation; a pair is resolved by the caller.
    UNIT_INFO[c] = CharClass.Other | INFO_COMPLEX | INFO_SURROGATE;
    return UNIT_INFO[c];
  }
  const cls = classifyCodePoint(c);
  let info: number = cls;
  if (cls === CharClass.Space) UNIT_FOLD[c] = 0x20;
  else if (cls !== CharClass.Ignorable) {
    const folded = foldedUnit(c, cls);
    if (folded < 0) info |= INFO_COMPLEX;
    else UNIT_FOLD[c] = folded;
  }
  UNIT_INFO[c] = info;
  return info;
}

/** The single-unit full fold of `c`, or -1 when it is empty or longer. */
function foldedUnit(c: number, cls: CharClass): number {
  // Unified ideographs and Hangul syllables are their own fold; skip normalize() for them.
  if (cls === CharClass.Han && c >= 0x3400 && c <= 0x9fff) return c;
  if (cls === CharClass.Hangul && c >= 0xac00) return c;
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c + 32 : c;
  const s = mapCodePointMode(c, FOLD_ALL);
  return s.length === 1 ? s.charCodeAt(0) : -1;
}

/** The fold of a non-space code point: a unit when it is one (no allocation), else a string. */
function mapUnit(cp: number, mode: FoldMode): number | string {
  if (cp < 0x80) return mode & FOLD_CASE && cp >= 0x41 && cp <= 0x5a ? cp + 32 : cp;
  if (mode === FOLD_ALL && cp <= 0xffff && (unitInfo(cp) & INFO_COMPLEX) === 0) return UNIT_FOLD[cp] as number;
  return mapCodePointMode(cp, mode);
}

/**
 * The normalised form of an alias, as the matcher compares it: trimmed, whitespace collapsed,
 * and recomposed with NFC so that decomposed and precomposed accents compare equal. The same units
 * the matcher's walk reads from a page's text under the same folding.
 */
export function normalizeAlias(text: string, options: FoldOptions): string {
  return foldName(text, foldMode(options));
}

/**
 * The one folding of names: the key under which two spellings are the same name to the matcher
 * (case and diacritics folded, NFKC, spaces, dashes and apostrophes unified, invisible characters
 * dropped, trimmed). The matcher's trie is built over these keys; the validator refuses two
 * actors whose aliases share a key unless both are marked shared; search compares by it. So what
 * the validator lets through, the matcher tells apart.
 */
export function nameKey(text: string): string {
  return foldName(text, FOLD_ALL);
}

/** `normalizeAlias` for a fold mode. Runs once per alias when a matcher is built, and per candidate in verification. */
export function foldName(text: string, mode: FoldMode): string {
  let out = '';
  let inSpace = false;
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i) as number;
    const width = cp > 0xffff ? 2 : 1;
    i += width;
    const cls = cp > 0xffff ? classifyCodePoint(cp) : ((unitInfo(cp) & INFO_CLASS_MASK) as CharClass);
    if (cls === CharClass.Ignorable) continue;
    if (cls === CharClass.Space) {
      if (!inSpace) out += ' ';
      inSpace = true;
      continue;
    }
    const mapped = mapUnit(cp, mode);
    const piece = typeof mapped === 'number' ? String.fromCharCode(mapped) : mapped;
    if (piece !== '') inSpace = false;
    out += piece;
  }
  const trimmed = out.trim();
  return isAsciiOnly(trimmed) ? trimmed : trimmed.normalize('NFC');
}

function isAsciiOnly(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return false;
  return true;
}

// ASCII is filled eagerly: it is every page's hot path and costs 128 cheap entries.
for (let c = 0; c < 0x80; c++) initUnit(c);
