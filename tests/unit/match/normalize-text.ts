/**
 * `normalizeText`: a reference normalisation that keeps, for each output unit, the span of input
 * that produced it. The matcher does not use it (it folds the text as it walks it, see
 * src/match/scan.ts); the tests use it as an independent statement of the folding rules, and to
 * check that `normalizeAlias` and the walk agree with them unit for unit.
 */
import {
  CharClass,
  FOLD_CASE,
  FULL_FOLD,
  INFO_CLASS_MASK,
  classifyCodePoint,
  foldMode,
  mapCodePoint,
  unitInfo,
  type FoldMode,
  type FoldOptions,
} from '../../../src/match/normalize';

/** A normalised string and, for each of its UTF-16 units, the input span that produced it. */
export interface NormalizedText {
  /** The normalised text. */
  readonly text: string;
  /** `starts[i]`: offset in the original text of the character that produced unit `i`. */
  readonly starts: Int32Array;
  /**
   * `ends[i]`: offset just after that character. For a collapsed whitespace run it is the end of
   * the whole run; for a multi-unit expansion (ﬁ → fi) all units share the character's span.
   */
  readonly ends: Int32Array;
}

/**
 * Normalise `text`, keeping for each output unit the span of input that produced it.
 * Linear; plain lower-case ASCII with single spaces is returned as is without copying.
 *
 * Edge cases: leading/trailing whitespace is kept (collapsed to one space); a lone surrogate is
 * kept as is; combining marks that fold away do not interrupt a whitespace run.
 */
export function normalizeText(text: string, options: FoldOptions = FULL_FOLD): NormalizedText {
  const mode = foldMode(options);
  if (isAlreadyNormal(text, mode)) return identity(text);
  const builder = new UnitBuilder(text.length);
  let inSpace = false;
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i) as number;
    const width = cp > 0xffff ? 2 : 1;
    const cls = cp > 0xffff ? classifyCodePoint(cp) : ((unitInfo(cp) & INFO_CLASS_MASK) as CharClass);
    if (cls === CharClass.Space) {
      if (inSpace) builder.extendLast(i + width);
      else builder.push(0x20, i, i + width);
      inSpace = true;
    } else if (cls !== CharClass.Ignorable) {
      const mapped = mapCodePoint(cp, options);
      for (let k = 0; k < mapped.length; k++) builder.push(mapped.charCodeAt(k), i, i + width);
      if (mapped !== '') inSpace = false;
    }
    i += width;
  }
  return builder.finish();
}

function isAlreadyNormal(text: string, mode: FoldMode): boolean {
  let prevSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80 || c < 0x20 || c === 0x27 || c === 0x2d) {
      if (c === 0x27 || c === 0x2d) continue;
      return false;
    }
    if (c === 0x20) {
      if (prevSpace) return false;
      prevSpace = true;
      continue;
    }
    prevSpace = false;
    if (mode & FOLD_CASE && c >= 0x41 && c <= 0x5a) return false;
  }
  return true;
}

function identity(text: string): NormalizedText {
  const starts = new Int32Array(text.length);
  const ends = new Int32Array(text.length);
  for (let i = 0; i < text.length; i++) {
    starts[i] = i;
    ends[i] = i + 1;
  }
  return { text, starts, ends };
}

/** Growable parallel arrays of output units and their source spans. */
class UnitBuilder {
  private units: Uint16Array;
  private starts: Int32Array;
  private ends: Int32Array;
  private length = 0;

  constructor(capacity: number) {
    const size = capacity + 16;
    this.units = new Uint16Array(size);
    this.starts = new Int32Array(size);
    this.ends = new Int32Array(size);
  }

  push(unit: number, start: number, end: number): void {
    if (this.length === this.units.length) this.grow();
    this.units[this.length] = unit;
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length++;
  }

  extendLast(end: number): void {
    this.ends[this.length - 1] = end;
  }

  finish(): NormalizedText {
    return {
      text: unitsToString(this.units, this.length),
      starts: this.starts.slice(0, this.length),
      ends: this.ends.slice(0, this.length),
    };
  }

  private grow(): void {
    const size = this.units.length * 2;
    const units = new Uint16Array(size);
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    units.set(this.units);
    starts.set(this.starts);
    ends.set(this.ends);
    this.units = units;
    this.starts = starts;
    this.ends = ends;
  }
}

const CHUNK = 8192;

function unitsToString(units: Uint16Array, length: number): string {
  let out = '';
  for (let i = 0; i < length; i += CHUNK) {
    out += String.fromCharCode.apply(null, Array.from(units.subarray(i, Math.min(length, i + CHUNK))));
  }
  return out;
}

/**
 * Map a span `[start, end)` of `normalized.text` back to the original text: from the start of
 * the character that produced unit `start` to the end of the one that produced unit `end - 1`.
 * An empty span maps to an empty span at the original position of `start`.
 */
export function originalRange(normalized: NormalizedText, start: number, end: number): [number, number] {
  const n = normalized.starts.length;
  if (start >= n) {
    const last = n > 0 ? (normalized.ends[n - 1] as number) : 0;
    return [last, last];
  }
  const from = normalized.starts[start] as number;
  if (end <= start) return [from, from];
  return [from, normalized.ends[Math.min(end, n) - 1] as number];
}
