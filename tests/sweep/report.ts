/**
 * Totals and tables of a sweep: the harm columns issue 7 wants at zero, and what is reported
 * without a goal (mentions, longest task).
 */
import { harmItems, LAYOUT_SHIFT_EPSILON, type PageReport, type SweepReport } from './sweep';

export interface SweepTotals {
  pages: number;
  pageErrorsAdded: number;
  consoleErrorsAdded: number;
  extensionErrors: number;
  domChangedPages: number;
  extensionRequests: number;
  serverExtraRequests: number;
  /** Pages where layout shift grew by more than LAYOUT_SHIFT_EPSILON; null where not measured. */
  layoutShiftPages: number | null;
  /** Pages with more than the one shadow host. */
  extraHostPages: number;
  loadErrors: number;
  mentions: number;
  longestTaskWith: number | null;
  longestTaskWithout: number | null;
  /** Pages whose longest task with the extension exceeds 50 ms while without it does not. */
  pagesOver50WithOnly: number | null;
}

function maxOf(values: readonly (number | null)[]): number | null {
  const known = values.filter((value): value is number => value !== null);
  return known.length > 0 ? Math.max(...known) : null;
}

export function totals(report: SweepReport): SweepTotals {
  const pages = report.pages;
  const count = (pick: (page: PageReport) => number) => pages.reduce((sum, page) => sum + pick(page), 0);
  const measuredShift = pages.some((page) => page.layoutShiftAdded !== null);
  const measuredTasks = pages.some((page) => page.longestTaskMs.with !== null);
  return {
    pages: pages.length,
    pageErrorsAdded: count((p) => p.pageErrorsAdded.length),
    consoleErrorsAdded: count((p) => p.consoleErrorsAdded.length),
    extensionErrors: count((p) => p.extensionErrors.length),
    domChangedPages: count((p) => (p.domChanged ? 1 : 0)),
    extensionRequests: count((p) => p.extensionRequests.length),
    serverExtraRequests: count((p) => p.serverExtraRequests.length),
    layoutShiftPages: measuredShift ? count((p) => ((p.layoutShiftAdded ?? 0) > LAYOUT_SHIFT_EPSILON ? 1 : 0)) : null,
    extraHostPages: count((p) => (p.hosts > 1 ? 1 : 0)),
    loadErrors: count((p) => p.loadErrors.length),
    mentions: count((p) => p.mentions),
    longestTaskWith: maxOf(pages.map((p) => p.longestTaskMs.with)),
    longestTaskWithout: maxOf(pages.map((p) => p.longestTaskMs.without)),
    pagesOver50WithOnly: measuredTasks
      ? count((p) => ((p.longestTaskMs.with ?? 0) > 50 && (p.longestTaskMs.without ?? 0) <= 50 ? 1 : 0))
      : null,
  };
}

/** The numbers that must be zero (a failing sweep names them). */
export function harmCount(t: SweepTotals): number {
  return (
    t.pageErrorsAdded +
    t.consoleErrorsAdded +
    t.extensionErrors +
    t.domChangedPages +
    t.extensionRequests +
    t.serverExtraRequests +
    (t.layoutShiftPages ?? 0) +
    t.extraHostPages +
    t.loadErrors
  );
}

const na = (value: number | null, unit = ''): string =>
  value === null ? 'n/a' : `${Number.isInteger(value) ? value : value.toFixed(1)}${unit}`;

export const TOTALS_HEADER =
  '| run | pages | page errors added | console errors added | extension exceptions | DOM changed | extension requests | server hits beyond the page | layout shift added | >1 host | load failures | mentions | longest task with / without | pages > 50 ms only with |';

export function totalsRow(label: string, t: SweepTotals): string {
  const cells = [
    label,
    t.pages,
    t.pageErrorsAdded,
    t.consoleErrorsAdded,
    t.extensionErrors,
    t.domChangedPages,
    t.extensionRequests,
    t.serverExtraRequests,
    na(t.layoutShiftPages),
    t.extraHostPages,
    t.loadErrors,
    t.mentions,
    `${na(t.longestTaskWith, ' ms')} / ${na(t.longestTaskWithout, ' ms')}`,
    na(t.pagesOver50WithOnly),
  ];
  return `| ${cells.join(' | ')} |`;
}

/** One line per harm, prefixed by its page; then what a second pass did not reproduce. */
export function harmDetails(report: SweepReport): string[] {
  return report.pages.flatMap((page) => harmItems(page).map((item) => `- ${page.file}: ${item.slice(0, 300)}`));
}

export function unconfirmedDetails(report: SweepReport): string[] {
  return report.pages.flatMap((page) => (page.notReproduced ?? []).map((item) => `- ${page.file}: ${item.slice(0, 300)}`));
}

/** Pages sorted by longest task with the extension (reported, not asserted). */
export function slowestPages(report: SweepReport, count = 10): string[] {
  return [...report.pages]
    .filter((page) => page.longestTaskMs.with !== null)
    .sort((a, b) => (b.longestTaskMs.with ?? 0) - (a.longestTaskMs.with ?? 0))
    .slice(0, count)
    .map(
      (page) => `| ${page.file} | ${na(page.longestTaskMs.with, ' ms')} | ${na(page.longestTaskMs.without, ' ms')} | ${page.mentions} |`,
    );
}

/** Console summary of one sweep. */
export function renderSweep(label: string, report: SweepReport): string {
  const t = totals(report);
  const details = harmDetails(report);
  const unconfirmed = unconfirmedDetails(report);
  return [
    `${label}: ${report.browserVersion}, ${report.date}, ${report.pages.length} pages in ${report.durationS} s`,
    TOTALS_HEADER,
    `|${' --- |'.repeat(14)}`,
    totalsRow(label, t),
    '',
    details.length > 0 ? details.join('\n') : 'No harm found.',
    ...(unconfirmed.length > 0 ? ['', 'Seen once, not reproduced on a second pass (not counted):', ...unconfirmed] : []),
  ].join('\n');
}
