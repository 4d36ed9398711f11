/**
 * Rule 2 of the matcher (see `matcher.ts`): a short Han-edged candidate that touches other Han
 * characters counts only where `Intl.Segmenter` puts a word boundary at those edges (安天 is a
 * company, not the 安|天 of 平安|天津). Segmenting costs ~0.5 µs per character, so each guard
 * segments a small window around the candidate, a clause at most, and reuses it for the following
 * candidates of that clause.
 */
import { classAfter, classBefore, isUnspacedUnit } from './boundaries';
import { CJK_GUARD_CONTEXT_AFTER, CJK_GUARD_CONTEXT_BEFORE, CJK_GUARD_MAX_LENGTH, CJK_GUARD_MIN_MARGIN } from './limits';
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
