/**
 * Writes docs/sweep.md from the saved sweep reports in artifacts/sweep/ (one per browser and
 * corpus), so the document always shows the runs that were actually made, with their dates.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ARTIFACTS, ROOT } from '../e2e/harness/paths';
import { harmDetails, slowestPages, totals, totalsRow, TOTALS_HEADER, unconfirmedDetails } from './report';
import type { SweepReport } from './sweep';
import { SWEEP_FINDINGS, SWEEP_METHOD } from './method';

interface HostileResult {
  page: string;
  mentions: number;
  capped: boolean;
  scanMs: number;
  longestTaskMs: number | null;
  longestSliceMs: number | null;
  slowestRoundTripMs: number;
  framesPerSecond: number | null;
}

/** The hostile-pages e2e results saved under artifacts/hostile/, one table row per page and browser. */
function hostileRows(): string[] {
  const dir = join(ARTIFACTS, 'hostile');
  if (!existsSync(dir)) return [];
  const rows: string[] = [];
  for (const file of readdirSync(dir)
    .filter((name) => name.endsWith('-pages.json'))
    .sort()) {
    const browser = file.replace('-pages.json', '');
    for (const r of JSON.parse(readFileSync(join(dir, file), 'utf8')) as HostileResult[]) {
      const ms = (value: number | null) => (value === null ? 'n/a' : `${Math.round(value)} ms`);
      rows.push(
        `| ${browser} | ${r.page} | ${r.mentions} | ${r.capped ? 'yes' : 'no'} | ${ms(r.scanMs)} | ${ms(r.longestSliceMs)} | ${ms(r.longestTaskMs)} | ${ms(r.slowestRoundTripMs)} | ${r.framesPerSecond === null ? '—' : r.framesPerSecond.toFixed(0)} |`,
      );
    }
  }
  return rows;
}

function savedReports(): SweepReport[] {
  const dir = join(ARTIFACTS, 'sweep');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as SweepReport);
}

function label(report: SweepReport): string {
  return `${report.kind === 'chromium' ? 'Chromium' : 'Firefox ESR'}, ${relative(ROOT, report.corpusDir) || '.'} (${report.date})`;
}

export function writeSweepDoc(): void {
  const reports = savedReports();
  const lines = [SWEEP_METHOD, '', '## Totals', '', TOTALS_HEADER, `|${' --- |'.repeat(14)}`];
  for (const report of reports) lines.push(totalsRow(label(report), totals(report)));
  lines.push('', 'Browsers: ' + [...new Set(reports.map((r) => `${r.kind} ${r.browserVersion}`))].join('; ') + '.');
  for (const report of reports) {
    const details = harmDetails(report);
    lines.push('', `### ${label(report)}`, '', details.length > 0 ? details.join('\n') : 'No harm found on any page.');
    const unconfirmed = unconfirmedDetails(report);
    if (unconfirmed.length > 0)
      lines.push('', 'Seen once and not reproduced on a second pass of the same page (not counted):', '', ...unconfirmed);
    const slow = slowestPages(report);
    if (slow.length > 0)
      lines.push(
        '',
        'Longest main-thread tasks (page scripts blocked):',
        '',
        '| page | with extension | without | mentions |',
        '| --- | --- | --- | --- |',
        ...slow,
      );
  }
  const hostile = hostileRows();
  if (hostile.length > 0) {
    lines.push(
      '',
      '## Pages built to hurt (tests/e2e/hostile-pages.e2e.ts, test build)',
      '',
      'Asserted: no errors, scan completes, mentions ≤ the cap (= the cap where the page has more names), frames keep painting. Reported only: the rest. "scan" is load to finished scan; "slice" is the scanner\'s longest uninterrupted slice (its own measurement, e2e build); "task" the longest main-thread task including the page\'s own parsing and layout; "round trip" the slowest page evaluation during the scan.',
      '',
      '| browser | page | mentions | capped flag | scan | slice | task | round trip | frames/s |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      ...hostile,
    );
  }
  lines.push('', SWEEP_FINDINGS);
  const path = join(ROOT, 'docs/sweep.md');
  writeFileSync(path, `${lines.join('\n')}\n`);
  console.log(`wrote ${relative(ROOT, path)}`);
}
