/**
 * Turns per-page medians into the benchmark table: page groups, summed medians per method,
 * and the ratios issue 4 sets targets for.
 */

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
  floor: Timing;
  /** The floor walk with a filter callback that skips script/style subtrees. */
  floorFiltered: Timing;
  ours: Record<AliasSetKey, Timing>;
  regex: Record<AliasSetKey, Timing>;
  markRegExp: Record<AliasSetKey, Timing>;
  /** One run with the real aliases only (mark(array) takes seconds per large page). */
  markArray: Timing | null;
}

export interface BenchSummary {
  date: string;
  browserVersion: string;
  corpusDir: string;
  aliasCounts: Record<AliasSetKey, number>;
  /** Median build time of the automaton, in ms. */
  buildMs: Record<AliasSetKey, number>;
  markArrayOverflow: string;
  repeats: string;
  pages: PageResult[];
  durationS: number;
}

export const GROUP_ORDER = ['small', 'medium', 'large', 'CJK', 'generated 1 MB', 'all corpus pages'];

/** Issue 4's targets. */
export const TARGETS = {
  oursOverFloor: 1.5,
  markRegExpOverOurs: 5,
  markArrayOverOurs: 100,
  genOverReal: 1.2,
  buildMs: 16,
};

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
  '| group | pages | text chars | text nodes | floor | floor, filtered | ours | ours 5k | RegExp | RegExp 5k | markRegExp | markRegExp 5k | mark(array) | mentions |';
const RATIO_HEADER = '| group | ours / floor (≤ 1.5×) | ours / filtered floor | markRegExp / ours (≥ 5×) | mark(array) / ours (≥ 100×) | 5k / real, ours (≤ 1.2×) | RegExp / ours |';

function timingRow(row: Row): string {
  const markPages = row.pages.filter((page) => page.markArray?.ms !== undefined && page.markArray?.ms !== null);
  const markArray = markPages.length === row.pages.length ? sum(row.pages, (p) => p.markArray) : null;
  const markCell = markArray !== null ? fmtMs(markArray) : markPages.length > 0 ? `${fmtMs(sum(markPages, (p) => p.markArray))} (${markPages.length} pages)` : '—';
  const cells = [
    row.label,
    String(row.pages.length),
    row.pages.reduce((n, p) => n + p.chars, 0).toLocaleString('en-US'),
    row.pages.reduce((n, p) => n + p.textNodes, 0).toLocaleString('en-US'),
    fmtMs(sum(row.pages, (p) => p.floor)),
    fmtMs(sum(row.pages, (p) => p.floorFiltered)),
    fmtMs(sum(row.pages, (p) => p.ours.real)),
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
    fmtRatio(ours, sum(row.pages, (p) => p.floor)),
    fmtRatio(ours, sum(row.pages, (p) => p.floorFiltered)),
    fmtRatio(sum(row.pages, (p) => p.markRegExp.real), ours),
    markPages.length > 0 ? fmtRatio(sum(markPages, (p) => p.markArray), sum(markPages, (p) => p.ours.real)) : '—',
    fmtRatio(sum(row.pages, (p) => p.ours.gen), ours),
    fmtRatio(sum(row.pages, (p) => p.regex.real), ours),
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
      ['ours', page.ours.real],
      ['ours 5k', page.ours.gen],
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
export function renderTables(summary: BenchSummary): string {
  const table = rows(summary.pages);
  const lines = [
    `Sums of per-page medians, in milliseconds (${summary.repeats}).`,
    '',
    TIMING_HEADER,
    `|${' --- |'.repeat(14)}`,
    ...table.map(timingRow),
    '',
    RATIO_HEADER,
    `|${' --- |'.repeat(7)}`,
    ...table.map(ratioRow),
    '',
    `Automaton build (median): ${fmtMs(summary.buildMs.real)} ms for ${summary.aliasCounts.real} real aliases, ` +
      `${fmtMs(summary.buildMs.gen)} ms for ${summary.aliasCounts.gen} aliases (target < ${TARGETS.buildMs} ms).`,
    `mark.js mark(array) with many keywords: ${summary.markArrayOverflow}.`,
  ];
  const errors = errorLines(summary.pages);
  if (errors.length > 0) lines.push('', 'Errors:', ...errors);
  return lines.join('\n');
}

function groupRatios(pages: readonly PageResult[]): Record<'oursFloor' | 'oursFiltered' | 'markRegExp' | 'markArray' | 'gen', number | null> {
  const ours = sum(pages, (p) => p.ours.real);
  const ratio = (a: number | null, b: number | null) => (a === null || b === null || b === 0 ? null : a / b);
  const markPages = pages.filter((page) => page.markArray?.ms !== undefined && page.markArray?.ms !== null);
  return {
    oursFloor: ratio(ours, sum(pages, (p) => p.floor)),
    oursFiltered: ratio(ours, sum(pages, (p) => p.floorFiltered)),
    markRegExp: ratio(sum(pages, (p) => p.markRegExp.real), ours),
    markArray: markPages.length > 0 ? ratio(sum(markPages, (p) => p.markArray), sum(markPages, (p) => p.ours.real)) : null,
    gen: ratio(sum(pages, (p) => p.ours.gen), ours),
  };
}

/** One line per target of issue 4: met or not, over the range of the group rows. */
export function verdicts(summary: BenchSummary): string[] {
  const groups = rows(summary.pages).map((row) => groupRatios(row.pages));
  const range = (key: keyof ReturnType<typeof groupRatios>) => {
    const values = groups.map((g) => g[key]).filter((v): v is number => v !== null);
    return { min: Math.min(...values), max: Math.max(...values), text: `${fmtRatio(Math.min(...values), 1)}–${fmtRatio(Math.max(...values), 1)}` };
  };
  const verdict = (ok: boolean) => (ok ? 'met' : 'not met');
  const floor = range('oursFloor');
  const filtered = range('oursFiltered');
  const markRegExp = range('markRegExp');
  const markArray = range('markArray');
  const gen = range('gen');
  return [
    `- ours ≤ ${TARGETS.oursOverFloor}× the floor: **${verdict(floor.max <= TARGETS.oursOverFloor)}** (${floor.text} across the rows); against the filtered floor ours is ${filtered.text}.`,
    `- mark.js markRegExp ≥ ${TARGETS.markRegExpOverOurs}× slower: **${verdict(markRegExp.min >= TARGETS.markRegExpOverOurs)}** (${markRegExp.text}).`,
    `- mark.js mark(array) ≥ ${TARGETS.markArrayOverOurs}× slower: **${verdict(markArray.min >= TARGETS.markArrayOverOurs)}** (${markArray.text}).`,
    `- 5,000 aliases ≤ ${TARGETS.genOverReal}× the real set: **${verdict(gen.max <= TARGETS.genOverReal)}** (${gen.text}).`,
    `- automaton build for ${summary.aliasCounts.gen} aliases < ${TARGETS.buildMs} ms: **${verdict(summary.buildMs.gen < TARGETS.buildMs)}** (${fmtMs(summary.buildMs.gen)} ms).`,
  ];
}
