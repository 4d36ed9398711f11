/**
 * Rule 2 of the matcher (see `matcher.ts`): a short Han-edged candidate that touches other Han
 * characters counts only where `Intl.Segmenter` puts a word boundary at those edges (安天 is a
 * company, not the 安|天 of 平安|天津). Each new segmentation has a fixed cost (~5 µs in V8) and one
 * per character (~0.1 µs), so the guard segments a small window: the candidate with a few
 * characters of its clause on each side, reused while a position keeps that margin in it.
 */
import { classAfter, classBefore, isUnspacedUnit } from './boundaries';
import { CJK_GUARD_CONTEXT, CJK_GUARD_MAX_LENGTH } from './limits';
import { CharClass } from './normalize';

const HAN = CharClass.Han;

let sharedSegmenter: Intl.Segmenter | null | undefined;

/** One word segmenter for all matchers; null where `Intl.Segmenter` is missing (guard skipped). */
function segmenter(): Intl.Segmenter | null {
  if (sharedSegmenter === undefined) {
    sharedSegmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
  }
  return sharedSegmenter;
}

/** The guard with its cached segmenter window; one per scanner, so windows are not shared across texts in flight. */
export class CjkGuard {
  /** `context`: characters the segmenter sees on each side of a candidate (tests vary it). */
  constructor(private readonly context = CJK_GUARD_CONTEXT) {}

  /** Cached segmenter window: boundaries of text[segLo, segHi]. */
  private segText = '';
  private segLo = 0;
  private segHi = -1;
  private segHardLo = false;
  private segHardHi = false;
  private segments: Intl.Segments | null = null;

  /**
   * Whether the candidate `text[start, end)`, whose key is `keyLength` units long and whose last
   * character has class `lastClass`, passes: only short Han edges touching Han are segmented.
   */
  passes(text: string, start: number, end: number, lastClass: number, keyLength: number): boolean {
    if (keyLength > CJK_GUARD_MAX_LENGTH) return true;
    const startTouchesHan = classAfter(text, start) === HAN && classBefore(text, start) === HAN;
    if (startTouchesHan && !this.isSegmentBoundary(text, start, start, end)) return false;
    const endTouchesHan = lastClass === HAN && classAfter(text, end) === HAN;
    if (endTouchesHan && !this.isSegmentBoundary(text, end, start, end)) return false;
    return true;
  }

  /**
   * Whether `pos`, an edge of the candidate `text[start, end)`, is a word boundary per
   * `Intl.Segmenter`; a new window covers the whole candidate, so both its edges share it.
   */
  private isSegmentBoundary(text: string, pos: number, start: number, end: number): boolean {
    const seg = segmenter();
    if (seg === null) return true;
    if (!this.windowCovers(text, pos)) this.segmentWindow(seg, text, start, end);
    if (pos === this.segHi) return true;
    const at = pos - this.segLo;
    return (this.segments as Intl.Segments).containing(at)?.index === at;
  }

  private windowCovers(text: string, pos: number): boolean {
    if (text !== this.segText || pos < this.segLo || pos > this.segHi) return false;
    const before = this.segHardLo || pos - this.segLo >= this.context;
    const after = this.segHardHi || this.segHi - pos >= this.context;
    return before && after;
  }

  /**
   * Segment the candidate `text[start, end)` with the unspaced-script text around it (Chinese puts
   * punctuation, not spaces, between clauses), at most `context` characters each way.
   * ICU's dictionary pass costs per character of the window on top of a fixed cost per window, so
   * the window is as small as the margin that makes its answers those of the whole clause.
   */
  private segmentWindow(seg: Intl.Segmenter, text: string, start: number, end: number): void {
    const minLo = Math.max(0, start - this.context);
    const maxHi = Math.min(text.length, end + this.context);
    let lo = start;
    while (lo > minLo && isUnspacedUnit(text.charCodeAt(lo - 1))) lo--;
    let hi = end;
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
