/**
 * Turns the matcher family's per-page medians into its tables: page groups, summed medians per
 * method, and the ratios issues 4 and 11 set goals for.
 */
import type { ExploreSummary } from './explore';
import type { StartupSummary } from './startup';

export type AliasSetKey = 'real' | 'gen';

/** Median milliseconds of one method on one page, or the error it ended with. */
export interface Timing {
  ms: number | null;
  count: number;
  error?: string;
}

export interface PageResult {
  file: string;
  group: string;
  chars: number;
  textNodes: number;
  /** Gated names' hits awaiting the context gate (real set): where there are none, no context test is built. */
  gatedCandidates: number;
  floor: Timing;
  /** The floor walk with a filter callback that skips script/style subtrees. */
  floorFiltered: Timing;
  /** Every character of every text node outside script/style read with charCodeAt (issue 11). */
  floorChars: Timing;
  /** Our page layer's walk into text runs alone, no matching. */
  textRuns: Timing;
  ours: Record<AliasSetKey, Timing>;
  /** Ours with the 54 names of before issue 11: what the field data costs per page. */
  oursBaseline: Timing;
  regex: Record<AliasSetKey, Timing>;
  markRegExp: Record<AliasSetKey, Timing>;
  /** One run with the real aliases only (mark(array) takes seconds per large page). */
  markArray: Timing | null;
}

/** One `npm run bench`: the families that ran. */
export interface BenchSummary {
  date: string;
  corpusDir: string;
  durationS: number;
  /** The machine's 1-minute load average when the run started and after each family (2 cores: above 2 means contention). */
  load: { when: string; oneMinute: number }[];
  matcher?: MatcherSummary;
  startup?: StartupSummary;
  explore?: ExploreSummary;
}

export interface MatcherSummary {
  browserVersion: string;
  /** Actor names (blockers not counted) in each set; `old` is the 54-name set. */
  aliasCounts: Record<AliasSetKey | 'old', number>;
  /** mark(array) with the real names overflowed the stack (then it is not tried on further pages). */
  markArrayRealOverflow?: string;
  /** Median build time of the content script's name finder, in ms, warm (after warm-up builds). */
  buildMs: Record<AliasSetKey, number>;
  /** Median build time cold (the first code a fresh JavaScript context runs, as on every page): field and 54 names. */
  coldBuildMs: Record<'real' | 'old', number>;
  markArrayOverflow: string;
  /** Ours and the character floor over the small pages' first runs (absent in runs made before it). */
  warmupCurve?: WarmupCurve;
  /** A page script's DOM work on the generated page, by what marks it holds (absent in runs made before it). */
  marksTax?: MarksTax;
  repeats: string;
  pages: PageResult[];
}

/** Milliseconds per run, summed over `pages` fresh pages, in chunks of `reps` runs each. */
export interface WarmupCurve {
  pages: number;
  reps: number;
  floor: number[];
  ours: number[];
}

/** Milliseconds per run of a page script's DOM work, by what marks the page holds (page-bench.ts `marksTax`). */
export interface MarksTax {
  marks: number;
  /** No marks. */
  none: number;
  /** The scanner's marks (StaticRanges, in a mention store registered with CSS.highlights). */
  ours: number;
  /** The same names as live Ranges besides, as the marks were before 2026-11-30. */
  live: number;
}

export const GROUP_ORDER = ['small', 'medium', 'large', 'CJK', 'generated 1 MB', 'all corpus pages'];

/** Issue 4's targets, and issue 11's (char floor, markRegExp on every group). */
export const TARGETS = {
  oursOverFloor: 1.5,
  oursOverCharFloor: 3,
  markRegExpOverOurs: 5,
  markArrayOverOurs: 100,
  genOverReal: 1.2,
  buildMs: 16,
};

/** The `q` quantile (0…1) of `values`, interpolated between neighbours; NaN when there are none. */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (at - lo);
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Group by visible text size, except CJK pages and the generated page, which get their own rows. */
export function groupOf(chars: number, cjk: boolean, generated: boolean): string {
  if (generated) return 'generated 1 MB';
  if (cjk) return 'CJK';
  if (chars < 20_000) return 'small';
  if (chars < 100_000) return 'medium';
  return 'large';
}

function sum(pages: readonly PageResult[], pick: (page: PageResult) => Timing | null): number | null {
  let total = 0;
  for (const page of pages) {
    const timing = pick(page);
    if (!timing || timing.ms === null) return null;
    total += timing.ms;
  }
  return total;
}

function fmtMs(value: number | null): string {
  if (value === null || Number.isNaN(value)) return '—';
  return value >= 100 ? value.toFixed(0) : value.toFixed(1);
}

function fmtRatio(numerator: number | null, denominator: number | null): string {
  if (numerator === null || denominator === null || denominator === 0) return '—';
  const ratio = numerator / denominator;
  return `${ratio >= 10 ? ratio.toFixed(0) : ratio.toFixed(2)}×`;
}

interface Row {
  label: string;
  pages: readonly PageResult[];
}

function rows(pages: readonly PageResult[]): Row[] {
  const out: Row[] = [];
  for (const group of GROUP_ORDER.slice(0, -1)) {
    const members = pages.filter((page) => page.group === group);
    if (members.length > 0) out.push({ label: group, pages: members });
  }
  const corpus = pages.filter((page) => page.group !== 'generated 1 MB');
  out.push({ label: 'all corpus pages', pages: corpus });
  const largest = [...corpus].sort((a, b) => b.chars - a.chars)[0];
  if (largest) out.push({ label: `largest: ${largest.file}`, pages: [largest] });
  return out;
}

const TIMING_HEADER =
  '| group | pages | text chars | text nodes | floor | floor, filtered | char floor | text runs | ours | ours 54 | ours 5k | RegExp | RegExp 5k | markRegExp | markRegExp 5k | mark(array) | mentions |';
const RATIO_HEADER =
  '| group | ours / char floor (≤ 3×) | text runs / char floor | markRegExp / ours (≥ 5×) | ours / floor (≤ 1.5×) | ours / filtered floor | mark(array) / ours (≥ 100×) | 5k / real, ours (≤ 1.2×) | real / 54, ours | RegExp / ours |';

function timingRow(row: Row): string {
  const markPages = row.pages.filter((page) => page.markArray?.ms !== undefined && page.markArray?.ms !== null);
  const markArray = markPages.length === row.pages.length ? sum(row.pages, (p) => p.markArray) : null;
  const markCell =
    markArray !== null
      ? fmtMs(markArray)
      : markPages.length > 0
        ? `${fmtMs(sum(markPages, (p) => p.markArray))} (${markPages.length} pages)`
        : '—';
  const cells = [
    row.label,
    String(row.pages.length),
    row.pages.reduce((n, p) => n + p.chars, 0).toLocaleString('en-US'),
    row.pages.reduce((n, p) => n + p.textNodes, 0).toLocaleString('en-US'),
    fmtMs(sum(row.pages, (p) => p.floor)),
    fmtMs(sum(row.pages, (p) => p.floorFiltered)),
    fmtMs(sum(row.pages, (p) => p.floorChars)),
    fmtMs(sum(row.pages, (p) => p.textRuns)),
    fmtMs(sum(row.pages, (p) => p.ours.real)),
    fmtMs(sum(row.pages, (p) => p.oursBaseline)),
    fmtMs(sum(row.pages, (p) => p.ours.gen)),
    fmtMs(sum(row.pages, (p) => p.regex.real)),
    fmtMs(sum(row.pages, (p) => p.regex.gen)),
    fmtMs(sum(row.pages, (p) => p.markRegExp.real)),
    fmtMs(sum(row.pages, (p) => p.markRegExp.gen)),
    markCell,
    String(row.pages.reduce((n, p) => n + p.ours.real.count, 0)),
  ];
  return `| ${cells.join(' | ')} |`;
}

function ratioRow(row: Row): string {
  const ours = sum(row.pages, (p) => p.ours.real);
  const markPages = row.pages.filter((page) => page.markArray?.ms !== undefined && page.markArray?.ms !== null);
  const cells = [
    row.label,
    fmtRatio(
      ours,
      sum(row.pages, (p) => p.floorChars),
    ),
    fmtRatio(
      sum(row.pages, (p) => p.textRuns),
      sum(row.pages, (p) => p.floorChars),
    ),
    fmtRatio(
      sum(row.pages, (p) => p.markRegExp.real),
      ours,
    ),
    fmtRatio(
      ours,
      sum(row.pages, (p) => p.floor),
    ),
    fmtRatio(
      ours,
      sum(row.pages, (p) => p.floorFiltered),
    ),
    markPages.length > 0
      ? fmtRatio(
          sum(markPages, (p) => p.markArray),
          sum(markPages, (p) => p.ours.real),
        )
      : '—',
    fmtRatio(
      sum(row.pages, (p) => p.ours.gen),
      ours,
    ),
    fmtRatio(
      ours,
      sum(row.pages, (p) => p.oursBaseline),
    ),
    fmtRatio(
      sum(row.pages, (p) => p.regex.real),
      ours,
    ),
  ];
  return `| ${cells.join(' | ')} |`;
}

/** Failures (a method that threw on a page), one line each. */
function errorLines(pages: readonly PageResult[]): string[] {
  const lines: string[] = [];
  for (const page of pages) {
    const timings: [string, Timing | null][] = [
      ['floor', page.floor],
      ['floor, filtered', page.floorFiltered],
      ['char floor', page.floorChars],
      ['text runs', page.textRuns],
      ['ours', page.ours.real],
      ['ours 5k', page.ours.gen],
      ['ours 54', page.oursBaseline],
      ['RegExp', page.regex.real],
      ['markRegExp', page.markRegExp.real],
      ['markRegExp 5k', page.markRegExp.gen],
      ['mark(array)', page.markArray],
    ];
    for (const [name, timing] of timings) if (timing?.error) lines.push(`- ${page.file}, ${name}: ${timing.error}`);
  }
  return lines;
}

/** The Markdown tables (also printed to the console). */
export function renderTables(summary: MatcherSummary): string {
  const table = rows(summary.pages);
  const lines = [
    `Sums of per-page medians, in milliseconds (${summary.repeats}).`,
    '',
    TIMING_HEADER,
    `|${' --- |'.repeat(17)}`,
    ...table.map(timingRow),
    '',
    RATIO_HEADER,
    `|${' --- |'.repeat(10)}`,
    ...table.map(ratioRow),
    '',
    `A page's name finder (median; the background's message decoded and opened, the finder built): ${fmtMs(summary.buildMs.real)} ms for ${summary.aliasCounts.real} real names, ` +
      `${fmtMs(summary.buildMs.gen)} ms for ${summary.aliasCounts.gen} names (target < ${TARGETS.buildMs} ms).`,
    `The same cold, as every page's content script pays it (median of fresh tabs): ${fmtMs(summary.coldBuildMs.real)} ms for the ${summary.aliasCounts.real} real names, ` +
      `${fmtMs(summary.coldBuildMs.old)} ms for the ${summary.aliasCounts.old} names of before.`,
    `mark.js mark(array) with many keywords: ${summary.markArrayOverflow}.`,
    ...(summary.markArrayRealOverflow
      ? [
          `mark.js mark(array) with the ${summary.aliasCounts.real} real names overflows the stack (${summary.markArrayRealOverflow.slice(0, 60)}…), so it was not run further.`,
        ]
      : []),
  ];
  // mark(array)'s stack overflow is reported once above, not as a page's error.
  const errors = errorLines(summary.pages).filter(
    (line) => !(summary.markArrayRealOverflow && line.includes('mark(array)') && line.includes('Stack overflow')),
  );
  if (errors.length > 0) lines.push('', 'Errors:', ...errors);
  return lines.join('\n');
}

type RatioKey = 'oursCharFloor' | 'runsCharFloor' | 'oursFloor' | 'oursFiltered' | 'markRegExp' | 'markArray' | 'gen' | 'fieldOverOld';

function groupRatios(pages: readonly PageResult[]): Record<RatioKey, number | null> {
  const ours = sum(pages, (p) => p.ours.real);
  const ratio = (a: number | null, b: number | null) => (a === null || b === null || b === 0 ? null : a / b);
  const markPages = pages.filter((page) => page.markArray?.ms !== undefined && page.markArray?.ms !== null);
  return {
    oursCharFloor: ratio(
      ours,
      sum(pages, (p) => p.floorChars),
    ),
    runsCharFloor: ratio(
      sum(pages, (p) => p.textRuns),
      sum(pages, (p) => p.floorChars),
    ),
    oursFloor: ratio(
      ours,
      sum(pages, (p) => p.floor),
    ),
    oursFiltered: ratio(
      ours,
      sum(pages, (p) => p.floorFiltered),
    ),
    markRegExp: ratio(
      sum(pages, (p) => p.markRegExp.real),
      ours,
    ),
    markArray:
      markPages.length > 0
        ? ratio(
            sum(markPages, (p) => p.markArray),
            sum(markPages, (p) => p.ours.real),
          )
        : null,
    gen: ratio(
      sum(pages, (p) => p.ours.gen),
      ours,
    ),
    fieldOverOld: ratio(
      ours,
      sum(pages, (p) => p.oursBaseline),
    ),
  };
}

/** Per row of the tables (groups, all corpus pages, the largest page): its label and ratios. */
export function rowRatios(summary: MatcherSummary): { label: string; ratios: Record<RatioKey, number | null> }[] {
  return rows(summary.pages).map((row) => ({ label: row.label, ratios: groupRatios(row.pages) }));
}

export function formatRatio(value: number | null): string {
  return fmtRatio(value, 1);
}

const verdict = (ok: boolean) => (ok ? 'met' : 'not met');

function ratioRange(summary: MatcherSummary, key: RatioKey): { min: number; max: number; text: string } | null {
  const values = rowRatios(summary)
    .map((row) => row.ratios[key])
    .filter((v): v is number => v !== null);
  if (values.length === 0) return null;
  const min = Math.min(...values);
  const max = Math.max(...values);
  return { min, max, text: `${fmtRatio(min, 1)}–${fmtRatio(max, 1)}` };
}

/** Issue 11's matcher figures: (b) ours against the character floor, (c) markRegExp against ours, on every row. */
export function issue11Verdicts(summary: MatcherSummary): {
  charFloor: string;
  markRegExp: string;
  charFloorMet: boolean;
  markRegExpMet: boolean;
} {
  const charFloor = ratioRange(summary, 'oursCharFloor');
  const markRegExp = ratioRange(summary, 'markRegExp');
  return {
    charFloorMet: charFloor !== null && charFloor.max <= TARGETS.oursOverCharFloor,
    markRegExpMet: markRegExp !== null && markRegExp.min >= TARGETS.markRegExpOverOurs,
    charFloor: charFloor ? `${charFloor.text} across the rows` : 'not measured',
    markRegExp: markRegExp ? `${markRegExp.text} across the rows` : 'not measured',
  };
}

/** One line per target of issue 4: met or not, over the range of the rows. */
export function verdicts(summary: MatcherSummary): string[] {
  const line = (label: string, key: RatioKey, ok: (r: { min: number; max: number }) => boolean, extra = '') => {
    const r = ratioRange(summary, key);
    return r ? `- ${label}: **${verdict(ok(r))}** (${r.text} across the rows)${extra}.` : `- ${label}: not measured.`;
  };
  const filtered = ratioRange(summary, 'oursFiltered');
  const overflow = summary.markArrayRealOverflow ? `; with ${summary.aliasCounts.real} names it overflows the stack on every page` : '';
  return [
    line(
      `ours ≤ ${TARGETS.oursOverFloor}× the floor`,
      'oursFloor',
      (r) => r.max <= TARGETS.oursOverFloor,
      filtered ? `; against the filtered floor ours is ${filtered.text}` : '',
    ),
    line(`mark.js markRegExp ≥ ${TARGETS.markRegExpOverOurs}× slower`, 'markRegExp', (r) => r.min >= TARGETS.markRegExpOverOurs),
    summary.markArrayRealOverflow
      ? `- mark.js mark(array) ≥ ${TARGETS.markArrayOverOurs}× slower: not measurable${overflow} (an infinite ratio: it cannot do the job).`
      : line(`mark.js mark(array) ≥ ${TARGETS.markArrayOverOurs}× slower`, 'markArray', (r) => r.min >= TARGETS.markArrayOverOurs),
    line(`5,000 names ≤ ${TARGETS.genOverReal}× the real set`, 'gen', (r) => r.max <= TARGETS.genOverReal),
    `- name finder build for ${summary.aliasCounts.gen} names < ${TARGETS.buildMs} ms: **${verdict(summary.buildMs.gen < TARGETS.buildMs)}** (${fmtMs(summary.buildMs.gen)} ms).`,
  ];
}
