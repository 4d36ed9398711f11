/**
 * Geometry of an episode timeline: one row per event (the claim, then each response) on a
 * shared date axis. Partial dates keep their precision on the axis too: a day is a dot, a month
 * or a year is a bar over the whole period, so "March 2025" never poses as "1 March 2025".
 * Undated events get a row without a mark. Pure, so it is tested without a DOM.
 */

export interface TimelineEvent {
  /** `YYYY-MM-DD`, `YYYY-MM`, `YYYY` or `unknown`. */
  date: string;
}

export interface TimelineRow<E extends TimelineEvent> {
  event: E;
  /** Row centre. */
  y: number;
  /** Period on the axis, or null when undated. */
  x1: number | null;
  x2: number | null;
  /** A day is drawn as a dot at x1; a month or a year as a bar from x1 to x2. */
  day: boolean;
  /** Where the label starts and which way it runs from there. */
  labelX: number;
  anchor: 'start' | 'end';
}

export interface TimelineTick {
  x: number;
  /** The tick's date at the precision the axis shows (`YYYY-MM` or `YYYY`). */
  date: string;
}

export interface TimelineLayout<E extends TimelineEvent> {
  width: number;
  height: number;
  /** Axis line, below the rows. */
  axisY: number;
  plotLeft: number;
  plotRight: number;
  rows: TimelineRow<E>[];
  ticks: TimelineTick[];
}

export const ROW_HEIGHT = 22;
const AXIS_HEIGHT = 24;
const SIDE_PADDING = 10;
const LABEL_GAP = 7;
/** Shortest axis span in days: events on one day still sit on a readable axis. */
const MIN_SPAN_DAYS = 40;
const DAY_MS = 86_400_000;

/** A partial date as [first day, last day] in days since 1970, or null for unknown or malformed. */
export function dateSpan(date: string): [number, number] | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] ? Number(match[2]) : undefined;
  const day = match[3] ? Number(match[3]) : undefined;
  if (month !== undefined && (month < 1 || month > 12)) return null;
  const days = (y: number, m: number, d: number) => Math.floor(Date.UTC(y, m, d) / DAY_MS);
  if (month === undefined) return [days(year, 0, 1), days(year, 11, 31)];
  if (day === undefined) return [days(year, month - 1, 1), days(year, month, 0)];
  const at = days(year, month - 1, day);
  return [at, at];
}

function isoMonth(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 7);
}

/** Lay out `events` (already in reading order) in a box `width` wide. */
export function layoutTimeline<E extends TimelineEvent>(events: readonly E[], width: number): TimelineLayout<E> {
  const spans = events.map((event) => dateSpan(event.date));
  const known = spans.filter((span): span is [number, number] => span !== null);
  let min = Math.min(...known.map((s) => s[0]));
  let max = Math.max(...known.map((s) => s[1]));
  if (known.length === 0) {
    min = 0;
    max = MIN_SPAN_DAYS;
  }
  if (max - min < MIN_SPAN_DAYS) {
    const middle = (min + max) / 2;
    min = middle - MIN_SPAN_DAYS / 2;
    max = middle + MIN_SPAN_DAYS / 2;
  }
  const plotLeft = SIDE_PADDING;
  const plotRight = width - SIDE_PADDING;
  const x = (day: number) => plotLeft + ((day - min) / (max - min)) * (plotRight - plotLeft);
  const rows = events.map((event, i): TimelineRow<E> => {
    const span = spans[i] ?? null;
    const y = ROW_HEIGHT / 2 + i * ROW_HEIGHT;
    if (!span) return { event, y, x1: null, x2: null, day: false, labelX: plotLeft, anchor: 'start' };
    const day = span[0] === span[1];
    const x1 = x(span[0]);
    const x2 = day ? x1 : Math.max(Math.min(x(span[1] + 1) - 1, plotRight), x1);
    // Labels run away from the nearer edge, so they stay inside the picture.
    const rightHalf = (x1 + x2) / 2 > (plotLeft + plotRight) / 2;
    const gap = day ? LABEL_GAP + 2 : LABEL_GAP;
    return { event, y, x1, x2, day, labelX: rightHalf ? x1 - gap : x2 + gap, anchor: rightHalf ? 'end' : 'start' };
  });
  const axisY = events.length * ROW_HEIGHT + 4;
  const years = (max - min) / 365;
  const tickDays = [min, (min + max) / 2, max];
  const ticks =
    known.length === 0 ? [] : tickDays.map((day) => ({ x: x(day), date: years > 3 ? isoMonth(day).slice(0, 4) : isoMonth(day) }));
  return { width, height: axisY + AXIS_HEIGHT, axisY, plotLeft, plotRight, rows, ticks };
}
