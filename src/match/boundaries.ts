/**
 * Where a name may end or touch another: the class of the characters around a candidate, read
 * from the original text with the shared per-unit tables (see `normalize.ts`). Used by the scan
 * loop (rule 1 of `matcher.ts`) and the CJK guard (rule 2).
 */
import {
  CharClass,
  INFO_CLASS_MASK,
  INFO_COMPLEX,
  INFO_SURROGATE,
  classifyCodePoint,
  mapCodePoint,
  FULL_FOLD,
  unitInfo,
} from './normalize';

const IGNORABLE = CharClass.Ignorable;
const OTHER = CharClass.Other;
const WORD = CharClass.Word;
const HAN = CharClass.Han;
const UNSPACED = CharClass.Unspaced;

/** Han, kana and other unspaced-script units (and ignorables inside them) extend a clause. */
export function isUnspacedUnit(c: number): boolean {
  const cls = unitInfo(c) & INFO_CLASS_MASK;
  return cls === HAN || cls === UNSPACED || cls === IGNORABLE || (c >= 0xd800 && c <= 0xdfff);
}

/** Extend `end` over combining marks that fold away (decomposed accents belong to the name). */
export function absorbMarks(text: string, end: number): number {
  let p = end;
  while (p < text.length) {
    const c = text.charCodeAt(p);
    const info = unitInfo(c);
    if ((info & INFO_COMPLEX) === 0 || (info & INFO_SURROGATE) !== 0) return p;
    if ((info & INFO_CLASS_MASK) !== WORD || mapCodePoint(c, FULL_FOLD) !== '') return p;
    p++;
  }
  return p;
}

/** The class of the first non-ignorable character at or after `p` (OTHER at the end). */
export function classAfter(text: string, p: number): number {
  while (p < text.length) {
    const cp = text.codePointAt(p) as number;
    const cls = cp > 0xffff ? classifyCodePoint(cp) : unitInfo(cp) & INFO_CLASS_MASK;
    if (cls !== IGNORABLE) return cls;
    p += cp > 0xffff ? 2 : 1;
  }
  return OTHER;
}

/** The class of the last non-ignorable character before `p` (OTHER at the start). */
export function classBefore(text: string, p: number): number {
  while (p > 0) {
    const low = text.charCodeAt(p - 1);
    const pair = p >= 2 && low >= 0xdc00 && low <= 0xdfff && isHighSurrogate(text.charCodeAt(p - 2));
    const cls = pair ? classifyCodePoint(text.codePointAt(p - 2) as number) : unitInfo(low) & INFO_CLASS_MASK;
    if (cls !== IGNORABLE) return cls;
    p -= pair ? 2 : 1;
  }
  return OTHER;
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
