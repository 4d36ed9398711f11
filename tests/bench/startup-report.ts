/**
 * The start-up family's table and figure (issue 11, a): per browser and page, the medians of each
 * build, the time ratio field / 54 names and the heap the field data adds.
 */
import type { BrowserKind } from '../e2e/harness/paths';
import { median, quantile } from './report';
import { phaseMedians, type StartupCell, type StartupSample, type StartupSummary, type Variant, type VariantKey } from './startup';

/** Issue 11's goals for start-up on a page without mentions. */
export const STARTUP_GOALS = { timeRatio: 1.2, extraHeapBytes: 1_000_000 };

/**
 * A start-up time ratio as text: two decimals, or three where two would round it onto the goal
 * (1.204 is "1.204", not a "1.20" marked as missing ≤ 1.2).
 */
export function fmtTimeRatio(ratio: number): string {
  const two = ratio.toFixed(2);
  return Number(two) === STARTUP_GOALS.timeRatio && ratio !== STARTUP_GOALS.timeRatio ? ratio.toFixed(3) : two;
}

export interface StartupFigure {
  browser: BrowserKind;
  version: string;
  page: string;
  /** Median ms from injection to the first finished scan, per build. */
  fieldMs: number;
  baselineMs: number;
  /** Ratio of the two medians. */
  ratio: number;
  /** Median, p25 and p75 of field / 54 names over the rounds (one load of each per round, close in time). */
  paired: { median: number; p25: number; p75: number; count: number };
  /** Median JS heap after GC (V8 used + array buffers), bytes, Chromium only. */
  fieldHeap: number | null;
  baselineHeap: number | null;
  noneHeap: number | null;
  extraHeap: number | null;
  timeMet: boolean;
  heapMet: boolean | null;
  /** Most mentions seen in any load of either build (0 expected). */
  mentions: number;
}

/** Picked values that are numbers (NaN marks "not measured", and becomes null in results.json). */
export function times(cell: StartupCell | undefined, pick: (s: StartupSample) => number | null): number[] {
  return (cell?.samples ?? []).map(pick).filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
}

function jsHeap(sample: StartupSample): number {
  return sample.heap ? sample.heap.usedSize + sample.heap.backingStorageSize : Number.NaN;
}

/** The first scan's own duration (NaN when not measured). */
export function scanMs(sample: StartupSample): number {
  return typeof sample.totalMs === 'number' && typeof sample.toScanStartMs === 'number'
    ? sample.totalMs - sample.toScanStartMs
    : Number.NaN;
}

/** Median of a cell's samples (NaN when it has none). */
export function cellMedian(
  summary: StartupSummary,
  browser: BrowserKind,
  page: string,
  variant: VariantKey,
  pick: (s: StartupSample) => number | null,
): number {
  const values = times(cellOf(summary, browser, page, variant), pick);
  return values.length > 0 ? median(values) : Number.NaN;
}

function medianOrNull(values: readonly number[]): number | null {
  return values.length > 0 ? median(values) : null;
}

function cellOf(summary: StartupSummary, browser: BrowserKind, page: string, variant: VariantKey): StartupCell | undefined {
  return summary.cells.find((c) => c.browser === browser && c.page === page && c.variant === variant);
}

/** field / 54 names for every round in which both loads succeeded. */
function pairedRatios(field: StartupCell | undefined, baseline: StartupCell | undefined): number[] {
  const ratios: number[] = [];
  for (const sample of field?.samples ?? []) {
    const other = baseline?.samples.find((s) => s.round === sample.round);
    if (other && other.totalMs > 0 && sample.totalMs > 0) ratios.push(sample.totalMs / other.totalMs);
  }
  return ratios;
}

export function startupFigures(summary: StartupSummary): StartupFigure[] {
  const figures: StartupFigure[] = [];
  for (const { kind, version } of summary.browsers) {
    for (const page of summary.pages) {
      const field = cellOf(summary, kind, page, 'field');
      const baseline = cellOf(summary, kind, page, 'baseline');
      const none = cellOf(summary, kind, page, 'none');
      const fieldMs = median(times(field, (s) => s.totalMs));
      const baselineMs = median(times(baseline, (s) => s.totalMs));
      const fieldHeap = medianOrNull(times(field, jsHeap));
      const baselineHeap = medianOrNull(times(baseline, jsHeap));
      const extraHeap = fieldHeap !== null && baselineHeap !== null ? fieldHeap - baselineHeap : null;
      const ratios = pairedRatios(field, baseline);
      const paired = { median: median(ratios), p25: quantile(ratios, 0.25), p75: quantile(ratios, 0.75), count: ratios.length };
      figures.push({
        browser: kind,
        version,
        page,
        fieldMs,
        baselineMs,
        ratio: fieldMs / baselineMs,
        fieldHeap,
        baselineHeap,
        noneHeap: medianOrNull(times(none, jsHeap)),
        extraHeap,
        paired,
        timeMet: paired.median <= STARTUP_GOALS.timeRatio,
        heapMet: extraHeap === null ? null : extraHeap <= STARTUP_GOALS.extraHeapBytes,
        mentions: Math.max(0, ...[...(field?.samples ?? []), ...(baseline?.samples ?? [])].map((s) => s.mentions)),
      });
    }
  }
  return figures;
}

export function fmtKb(bytes: number | null): string {
  if (bytes === null || Number.isNaN(bytes)) return '—';
  return `${(bytes / 1000).toLocaleString('en-US', { maximumFractionDigits: 0 })} kB`;
}

function fmtSignedKb(bytes: number | null): string {
  if (bytes === null || Number.isNaN(bytes)) return '—';
  return `${bytes >= 0 ? '+' : '−'}${fmtKb(Math.abs(bytes))}`;
}

function fmtMs(value: number): string {
  return Number.isNaN(value) ? '—' : value.toFixed(1);
}

function variantLabel(variant: Variant | undefined, key: VariantKey): string {
  if (key === 'none') return 'no extension';
  const label = key === 'field' ? 'field data' : 'before issue 11';
  return variant ? `${label} (${variant.names} names${variant.blockers ? `, ${variant.blockers} blockers` : ''})` : label;
}

const TABLE_HEADER =
  '| browser | page | build | loads | injection → first scan done, ms: median (p25–p75) | before the scan | scan | JS heap after GC (V8 + array buffers) | mentions |';

function tableRow(summary: StartupSummary, cell: StartupCell): string {
  const total = times(cell, (s) => s.totalMs);
  const before = times(cell, (s) => s.toScanStartMs);
  const scan = times(cell, scanMs);
  const heap = medianOrNull(times(cell, jsHeap));
  const variant = summary.variants.find((v) => v.key === cell.variant);
  const cells = [
    cell.browser,
    cell.page,
    variantLabel(variant, cell.variant),
    `${cell.samples.length}${cell.errors.length ? ` (${cell.errors.length} failed)` : ''}`,
    total.length ? `${fmtMs(median(total))} (${fmtMs(quantile(total, 0.25))}–${fmtMs(quantile(total, 0.75))})` : '—',
    before.length ? fmtMs(median(before)) : '—',
    scan.length ? fmtMs(median(scan)) : '—',
    fmtKb(heap),
    cell.variant === 'none' ? '—' : String(Math.max(0, ...cell.samples.map((s) => s.mentions))),
  ];
  return `| ${cells.join(' | ')} |`;
}

/** One line per browser and page: the two figures against their goals. */
export function startupVerdicts(summary: StartupSummary): string[] {
  return startupFigures(summary).map((f) => {
    const time =
      `time field / 54 names **${fmtTimeRatio(f.paired.median)}×** (median of ${f.paired.count} paired loads, p25–p75 ${f.paired.p25.toFixed(2)}–${f.paired.p75.toFixed(2)}; ` +
      `ratio of the medians ${f.ratio.toFixed(2)}×, ${fmtMs(f.fieldMs)} against ${fmtMs(f.baselineMs)} ms; goal ≤ ${STARTUP_GOALS.timeRatio}×: **${f.timeMet ? 'met' : 'not met'}**)`;
    const heap =
      f.extraHeap === null
        ? 'heap not measured in this browser'
        : `extra heap **${fmtSignedKb(f.extraHeap)}** (${fmtKb(f.fieldHeap)} against ${fmtKb(f.baselineHeap)}; goal ≤ 1 MB: **${f.heapMet ? 'met' : 'not met'}**); ` +
          `the extension's whole JS heap on the page: ${fmtKb(f.fieldHeap !== null && f.noneHeap !== null ? f.fieldHeap - f.noneHeap : null)} with the field data ` +
          `(${fmtKb(f.noneHeap)} without the extension)`;
    return `- ${f.browser} ${f.version}, ${f.page}${f.mentions > 0 ? ` (**${f.mentions} mentions**: not a page without mentions)` : ''}: ${time}; ${heap}.`;
  });
}

export function renderStartup(summary: StartupSummary): string {
  const lines = [
    `Content-script start-up on pages without mentions: ${summary.runs} loads per build after ${summary.warmup} warm-up loads, alternating between the builds.`,
    '',
    ...summary.variants.map(
      (v) =>
        `- ${variantLabel(v, v.key)}, ${v.actors} actors with names, from \`${v.dataset}\`: content.js ${v.contentJsBytes.toLocaleString('en-US')} B, ` +
        `background.js ${v.backgroundJsBytes.toLocaleString('en-US')} B (production build)` +
        (v.messageChars === undefined
          ? '.'
          : `; the match-index message a page receives: ${v.messageChars.toLocaleString('en-US')} characters.`),
    ),
    '',
    TABLE_HEADER,
    `|${' --- |'.repeat(9)}`,
    ...summary.cells.map((cell) => tableRow(summary, cell)),
    '',
    'Phases of start-up (median ms from injection; src/content/startup-marks.ts, and the first scan): settings asked and received, match index asked, received, and decoded and opened, session started, name finder built, first scan started and ended.',
    '',
    ...summary.cells.flatMap((cell) => {
      const phases = phaseMedians(cell.samples);
      return phases
        ? [
            `- ${cell.browser}, ${cell.page}, ${variantLabel(
              summary.variants.find((v) => v.key === cell.variant),
              cell.variant,
            )}: ${phases}`,
          ]
        : [];
    }),
    '',
    ...startupVerdicts(summary),
  ];
  const errors = summary.cells.flatMap((cell) =>
    [...new Set(cell.errors)].map((e) => `- ${cell.browser} ${cell.page} ${cell.variant}: ${e}`),
  );
  if (errors.length > 0) lines.push('', 'Errors:', ...errors);
  return lines.join('\n');
}
